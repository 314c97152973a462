/// The playbook file's contact, hours, priority, supplier and Statuspage template-text settings: each key checked, as for the rest of the file.
import Foundation
import IncidentCore

extension Reader {
    static let hoursKeys = ["time_zone", "days", "hours", "holidays"]

    /// Phone, chat and notes of a roster entry or a level's contact.
    func contact(_ table: TOMLTable) throws -> ContactDetails {
        ContactDetails(phone: try string(table, "phone"), chat: try string(table, "chat"), notes: try string(table, "notes"))
    }

    /// `time_zone`, `days`, `hours` (ranges such as "09:00-17:00"), `holidays` (dates, YYYY-MM-DD).
    func weeklyHours(_ table: TOMLTable, in place: String, defaultDays: [Weekday] = Weekday.allCases) throws -> WeeklyHours {
        let zone = try string(table, "time_zone") ?? "UTC"
        guard TimeZone(identifier: zone) != nil else {
            throw error("\(place): time_zone '\(zone)' is not a time zone name such as UTC or Europe/London")
        }
        var days = defaultDays
        if let names = try strings(table, "days") {
            days = try names.map { name in
                guard let day = Weekday(rawValue: name.lowercased().prefix(3).description), name.count >= 3 else {
                    throw error("\(place): days must be mon, tue, wed, thu, fri, sat or sun, not '\(name)'")
                }
                return day
            }
            guard !days.isEmpty else { throw error("\(place): days needs at least one day") }
        }
        guard let texts = try strings(table, "hours"), !texts.isEmpty else {
            throw error("\(place) needs hours, such as [\"09:00-17:00\"] (or \"24/7\" for a support route)")
        }
        let ranges = try texts.map { text in
            guard let range = DailyRange(text: text) else {
                throw error("\(place): hours '\(text)' is not a range of two times such as 09:00-17:00 (00:00 at the end is midnight)")
            }
            return range
        }
        let holidays = try strings(table, "holidays") ?? []
        for day in holidays {
            let parts = day.split(separator: "-")
            guard day.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                  DateComponents(calendar: Calendar(identifier: .gregorian), year: y, month: m, day: d).isValidDate else {
                throw error("\(place): holidays must be dates such as \"2026-12-25\", not '\(day)'")
            }
        }
        return WeeklyHours(timeZone: zone, days: days, ranges: ranges, holidays: holidays)
    }

    func route(_ table: TOMLTable, in place: String) throws -> SupportRoute {
        try only(table, ["kind", "address", "note", "best_effort"] + Self.hoursKeys, in: place)
        guard let kindName = try string(table, "kind"), let address = try string(table, "address") else {
            throw error("\(place) needs kind and address")
        }
        guard let kind = SupportRoute.Kind(rawValue: kindName) else {
            throw error("\(place): kind must be one of \(SupportRoute.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(kindName)'")
        }
        let hours: SupportHours
        if table["hours"]?.string == "24/7" {
            guard table.keys.allSatisfy({ !["time_zone", "days", "holidays", "best_effort"].contains($0) }) else {
                throw error("\(place): hours = \"24/7\" takes no time_zone, days, holidays or best_effort")
            }
            hours = .always
        } else {
            let weekly = try weeklyHours(table, in: place)
            hours = try bool(table, "best_effort") == true ? .bestEffort(weekly) : .hours(weekly)
        }
        return SupportRoute(kind: kind, address: address, hours: hours, note: try string(table, "note"))
    }

    func supplier(_ table: TOMLTable, in place: String) throws -> Supplier {
        try only(table, ["name", "contract", "notes", "routes"], in: place)
        guard let name = try string(table, "name"), let contract = try string(table, "contract") else {
            throw error("\(place) needs name and contract")
        }
        let routes = try (tables(table, "routes") ?? []).enumerated().map { try route($1, in: "\(place), route \($0 + 1)") }
        guard !routes.isEmpty else { throw error("\(place) needs at least one route ([[suppliers.routes]])") }
        return Supplier(name: name, contract: contract, routes: routes, notes: try string(table, "notes"))
    }

    func priority(_ table: TOMLTable, into playbook: inout Playbook, in place: String) throws {
        try only(table, ["priority", "name", "start_work", "start_work_minutes", "start_work_minutes_out_of_hours", "update_every_minutes"], in: place)
        guard let text = try string(table, "priority"), let priority = Priority(rawValue: text.uppercased()) else {
            throw error("\(place) needs priority, one of P1, P2, P3, P4")
        }
        guard let index = playbook.priorities.firstIndex(where: { $0.priority == priority }) else { return }
        var policy = playbook.priorities[index]
        if let value = try string(table, "name") { policy.name = value }
        if let value = try string(table, "start_work") { policy.startWorkWithin = value }
        if let value = try int(table, "start_work_minutes", in: 1...10_080) { policy.startWorkMinutesInHours = value }
        if let value = try int(table, "start_work_minutes_out_of_hours", in: 1...10_080) { policy.startWorkMinutesOutOfHours = value }
        if let value = try int(table, "update_every_minutes", in: 1...10_080) { policy.updateEveryMinutes = value }
        playbook.priorities[index] = policy
    }

    func levelContacts(_ table: TOMLTable, in place: String) throws -> [LevelContact] {
        try (tables(table, "contacts") ?? []).enumerated().map { index, entry in
            try only(entry, ["name", "phone", "chat", "notes"], in: "\(place), contact \(index + 1)")
            guard let name = try string(entry, "name") else { throw error("\(place), contact \(index + 1) needs a name") }
            return LevelContact(name: name, details: try contact(entry))
        }
    }
}

extension PlaybookFile {
    /// `emergency_contacts`, `[working_hours]`, `[[priorities]]` and `[[suppliers]]`.
    static func parseData(_ table: TOMLTable, reader: Reader, into playbook: inout Playbook) throws {
        if let value = try reader.string(table, "emergency_contacts") { playbook.emergencyContactsDocument = value }
        if let hours = try reader.table(table, "working_hours") {
            try reader.only(hours, Reader.hoursKeys, in: "[working_hours]")
            playbook.workingHours = WorkingHours(hours: try reader.weeklyHours(hours, in: "[working_hours]", defaultDays: Weekday.workingWeek))
        }
        if let priorities = try reader.tables(table, "priorities") {
            for (index, entry) in priorities.enumerated() {
                try reader.priority(entry, into: &playbook, in: "priorities entry \(index + 1)")
            }
        }
        if let suppliers = try reader.tables(table, "suppliers") {
            playbook.suppliers = try suppliers.enumerated().map { try reader.supplier($1, in: "suppliers entry \($0 + 1)") }
            let names = playbook.suppliers.map { $0.name.lowercased() }
            if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
                throw reader.error("the supplier '\(repeated)' is named twice")
            }
        }
    }
}

extension Reader {
    /// `[statuspage.texts]`: each key a template's name, each value the text it fills the message with. A text may
    /// hold line breaks (`\n`) but no other control character: it is shown in the comms dialog as typed text.
    func templateTexts(_ table: TOMLTable, into settings: inout StatuspageSettings) throws {
        for name in table.keys {
            guard settings.templates.contains(name) else {
                throw error("[statuspage.texts] names '\(name)', which is not among its templates (\(settings.templates.joined(separator: ", ")))")
            }
            guard let text = try string(table, name) else { continue }
            guard !text.unicodeScalars.contains(where: { $0 != "\n" && $0.properties.generalCategory == .control }) else {
                throw error("[statuspage.texts] '\(name)' holds a control character; only line breaks (\\n) are allowed")
            }
            settings.texts[name] = text
        }
    }
}
