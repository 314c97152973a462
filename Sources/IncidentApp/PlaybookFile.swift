/// Reads a team's playbook settings from TOML over the standard process, finds the file, and writes a template.
import Foundation
import IncidentCore

public enum PlaybookFile {
    public static let environmentVariable = "INCIDENT_PLAYBOOK"

    /// Where the playbook came from, for `incident playbook` and error messages.
    public enum Source: Equatable, Sendable {
        case standard
        case file(String)
    }

    /// `--playbook` or INCIDENT_PLAYBOOK (the file must exist), else `$XDG_CONFIG_HOME/incident/playbook.toml`
    /// (else `~/.config/...`) when it exists, else the standard process compiled in.
    public static func find(_ explicit: String?, environment: [String: String]) throws -> (Playbook, Source) {
        if let path = explicit ?? environment[environmentVariable], !path.isEmpty {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AppError.usage("cannot read the playbook \(path): no such file, or not readable. "
                    + "Check --playbook and INCIDENT_PLAYBOOK; `incident playbook --template` writes one to start from.")
            }
            return (try parse(try StrictUTF8.fileText([UInt8](data), source: path), source: path), .file(path))
        }
        let standardPlace = UserFolders.folder("XDG_CONFIG_HOME", fallback: ".config", name: "playbook.toml", environment: environment)
        guard let data = FileManager.default.contents(atPath: standardPlace.path) else { return (.standard, .standard) }
        return (try parse(try StrictUTF8.fileText([UInt8](data), source: standardPlace.path), source: standardPlace.path), .file(standardPlace.path))
    }

    /// The standard playbook with the settings in `text` applied. Every key is checked: an unknown one (a typo)
    /// is an error naming the file and the key, never silently ignored.
    public static func parse(_ text: String, source: String) throws -> Playbook {
        let table = try TOMLText.table(text, source: source)
        let reader = Reader(source: source)
        var playbook = Playbook.standard
        try reader.only(table, ["name", "lead_should_be_support", "default_priority", "roster", "comms", "channels",
                                "statuspage", "escalation", "review", "reminders", "emergency_contacts", "working_hours",
                                "priorities", "suppliers", "checklist"], in: "the playbook")
        if let name = try reader.string(table, "name") { playbook.name = name }
        if let value = try reader.bool(table, "lead_should_be_support") { playbook.leadShouldBeSupport = value }
        if let value = try reader.string(table, "default_priority") {
            guard let priority = Priority(rawValue: value.uppercased()) else {
                throw reader.error("default_priority must be one of P1, P2, P3, P4, not '\(value)'")
            }
            playbook.defaultPriority = priority
        }
        if let roster = try reader.tables(table, "roster") {
            playbook.roster = try roster.enumerated().map { index, entry in
                try reader.only(entry, ["name", "production_access", "phone", "chat", "notes", "escalation_rota"], in: "roster entry \(index + 1)")
                guard let name = try reader.string(entry, "name"), let access = try reader.bool(entry, "production_access") else {
                    throw reader.error("roster entry \(index + 1) needs name and production_access")
                }
                return RosterEntry(name: name, productionAccess: access, contact: try reader.contact(entry),
                                   escalationRota: try reader.bool(entry, "escalation_rota") ?? false)
            }
        }
        try parseData(table, reader: reader, into: &playbook)
        if let comms = try reader.table(table, "comms") {
            try reader.only(comms, ["tenant_update_minutes", "cadence_follows_priority"], in: "[comms]")
            if let minutes = try reader.int(comms, "tenant_update_minutes", in: 1...1440) { playbook.tenantUpdateMinutes = minutes }
            if let value = try reader.bool(comms, "cadence_follows_priority") { playbook.cadenceFollowsPriority = value }
        }
        if let channels = try reader.table(table, "channels") {
            try reader.only(channels, ["incident", "team"], in: "[channels]")
            if let value = try reader.string(channels, "incident") { playbook.channels.incident = value }
            if let value = try reader.string(channels, "team") { playbook.channels.team = value }
            retitleChannelSteps(&playbook)
        }
        if let statuspage = try reader.table(table, "statuspage") {
            try reader.only(statuspage, ["first_template", "templates", "components", "texts"], in: "[statuspage]")
            if let value = try reader.strings(statuspage, "templates") {
                playbook.statuspage.templates = value
                playbook.statuspage.texts = playbook.statuspage.texts.filter { value.contains($0.key) }
            }
            if let texts = try reader.table(statuspage, "texts") { try reader.templateTexts(texts, into: &playbook.statuspage) }
            if let value = try reader.string(statuspage, "first_template") { playbook.statuspage.firstTemplate = value }
            if let value = try reader.strings(statuspage, "components") { playbook.statuspage.components = value }
            guard playbook.statuspage.templates.contains(playbook.statuspage.firstTemplate) else {
                throw reader.error("[statuspage] first_template '\(playbook.statuspage.firstTemplate)' is not among its templates")
            }
        }
        if let escalation = try reader.table(table, "escalation") {
            try reader.only(escalation, ["rota_steps", "levels", "last_resort", "security_contact", "executive_group", "no_answer_minutes"],
                            in: "[escalation]")
            if let value = try reader.strings(escalation, "rota_steps") { playbook.escalation.rotaSteps = value }
            if let levels = try reader.tables(escalation, "levels") {
                guard !levels.isEmpty else { throw reader.error("[escalation] levels needs at least one level") }
                playbook.escalation.levels = try levels.enumerated().map { try reader.level($1, in: "[escalation] level \($0 + 1)") }
            }
            if let value = try reader.table(escalation, "last_resort") {
                playbook.escalation.lastResort = try reader.level(value, in: "[escalation] last_resort")
            }
            if let value = try reader.table(escalation, "security_contact") {
                playbook.escalation.securityContact = try reader.level(value, in: "[escalation] security_contact")
            }
            if let value = try reader.string(escalation, "executive_group") { playbook.escalation.executiveGroup = value }
            if let value = try reader.int(escalation, "no_answer_minutes", in: 1...1440) { playbook.escalation.noAnswerMinutes = value }
            let ids = playbook.escalation.allLevels.map(\.id)
            if let repeated = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
                throw reader.error("[escalation] the level id '\(repeated)' is used twice")
            }
        }
        if let review = try reader.table(table, "review") {
            try reader.only(review, ["within_days", "invitees"], in: "[review]")
            if let days = try reader.int(review, "within_days", in: 1...90) {
                playbook.reviewWithinDays = days
                playbook.checklist = playbook.checklist.map { step in
                    guard step.id == StepID.holdReview else { return step }
                    var step = step
                    step.due = .daysAfterResolution(days)
                    return step
                }
            }
            if let value = try reader.strings(review, "invitees") { playbook.reviewInvitees = value }
        }
        if let reminders = try reader.table(table, "reminders") {
            try reader.only(reminders, ["warn_minutes_before", "repeat_minutes", "snooze_minutes", "grace_minutes"], in: "[reminders]")
            if let value = try reader.int(reminders, "grace_minutes", in: 0...60) { playbook.reminders.graceMinutes = value }
            if let value = try reader.int(reminders, "warn_minutes_before", in: 0...120) { playbook.reminders.warnMinutesBefore = value }
            if let value = try reader.int(reminders, "repeat_minutes", in: 1...120) { playbook.reminders.repeatMinutes = value }
            if let value = try reader.ints(reminders, "snooze_minutes", in: 1...240) {
                guard !value.isEmpty else { throw reader.error("[reminders] snooze_minutes needs at least one length") }
                playbook.reminders.snoozeMinutes = value
            }
        }
        try rewordChecklist(table, reader: reader, into: &playbook)
        return playbook
    }

    /// `[checklist]`: the team's own words for a step, by its id ("nominate-comms" = "..."). The steps themselves, their
    /// order and what completes them stay the process's; the record names steps by id, so rewording changes no record.
    private static func rewordChecklist(_ table: TOMLTable, reader: Reader, into playbook: inout Playbook) throws {
        guard let checklist = try reader.table(table, "checklist") else { return }
        let ids = playbook.checklist.map(\.id)
        try reader.only(checklist, ids, in: "[checklist] (step ids)")
        for id in ids {
            guard let title = try reader.string(checklist, id) else { continue }
            guard title.count <= 200 else { throw reader.error("[checklist] \(id) must be at most 200 characters") }
            playbook.checklist = playbook.checklist.map { step in
                var step = step
                if step.id == id { step.title = title }
                return step
            }
        }
    }

    /// The two set-up steps that name a channel follow the channel names.
    private static func retitleChannelSteps(_ playbook: inout Playbook) {
        let channels = playbook.channels
        playbook.checklist = playbook.checklist.map { step in
            var step = step
            if step.id == StepID.joinIncidentChannel { step.title = "Join \(channels.incident)" }
            if step.id == StepID.tellTeamChannel { step.title = "Tell the team in \(channels.team)" }
            return step
        }
    }
}

/// Typed access to TOML values, with errors that name the file and the key.
struct Reader {
    let source: String

    func error(_ text: String) -> AppError { AppError.usage("\(source): \(text).") }

    func only(_ table: TOMLTable, _ keys: [String], in place: String) throws {
        for key in table.keys where !keys.contains(key) {
            throw error("unknown key '\(key)' in \(place); it takes \(keys.joined(separator: ", "))")
        }
    }

    func string(_ table: TOMLTable, _ key: String) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error("\(key) must be a text in quotes, not empty")
        }
        return text
    }

    func bool(_ table: TOMLTable, _ key: String) throws -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw error("\(key) must be true or false") }
        return flag
    }

    func int(_ table: TOMLTable, _ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int, range.contains(number) else {
            throw error("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func strings(_ table: TOMLTable, _ key: String) throws -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error("\(key) must be a list of texts, such as [\"a\", \"b\"]") }
        return try array.map { item in
            guard let text = item.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw error("\(key) must hold only texts in quotes, none empty")
            }
            return text
        }
    }

    func ints(_ table: TOMLTable, _ key: String, in range: ClosedRange<Int>) throws -> [Int]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error("\(key) must be a list of numbers, such as [5, 10]") }
        return try array.map { item in
            guard let number = item.int, range.contains(number) else {
                throw error("\(key) must hold whole numbers from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
    }

    func table(_ table: TOMLTable, _ key: String) throws -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else { throw error("\(key) must be a table, [\(key)] or { ... }") }
        return inner
    }

    func tables(_ table: TOMLTable, _ key: String) throws -> [TOMLTable]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error("\(key) must be a list of tables, [[\(key)]]") }
        return try array.map { item in
            guard let inner = item.table else { throw error("every \(key) entry must be a table") }
            return inner
        }
    }

    func level(_ table: TOMLTable, in place: String) throws -> EscalationLevelDefinition {
        try only(table, ["id", "title", "contacts", "no_answer_minutes"], in: place)
        guard let id = try string(table, "id"), let title = try string(table, "title") else {
            throw error("\(place) needs id and title")
        }
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw error("\(place): id '\(id)' may hold only letters, digits and '-' (it is typed in commands)")
        }
        return EscalationLevelDefinition(id: id, title: title, contacts: try levelContacts(table, in: place),
                                         noAnswerMinutes: try int(table, "no_answer_minutes", in: 1...1440))
    }
}
