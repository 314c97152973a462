/// `decide`: checks a command against the process rules and returns the events to append.
import Foundation

/// Returns the events `command` appends to the incident in `state`, or why it is refused.
/// A refusal appends nothing. Pure: time, actor and ids come from `context`.
public func decide(_ command: Command, state: IncidentState, context: DecisionContext) -> Result<[Event], Refusal> {
    let rules = Rules(state: state, context: context)
    do {
        let drafts = try rules.drafts(for: command)
        return .success(rules.events(from: drafts, command: command))
    } catch let refusal as Refusal {
        return .failure(refusal)
    } catch {
        return .failure(Refusal(.invalidInput, what: "Not recorded.", why: "\(error)", instead: ""))
    }
}

/// An event before it has an id, a sequence number and an envelope.
struct Draft {
    var payload: EventPayload
    var occurredAt: Date?
    init(_ payload: EventPayload, at: Date? = nil) { self.payload = payload; self.occurredAt = at }
}

/// The rule set, bound to one state and one context. Each area of the process lives in its own file.
struct Rules {
    let state: IncidentState
    let context: DecisionContext
    /// When the command happened, if it is back-dated (`Command.backdated`); the rules judge it at that time.
    var when: Date?
    var playbook: Playbook { context.playbook }
    var actor: Person { context.actor }
    var now: Date { context.now }
    /// The time the command is judged at: when it happened.
    var moment: Date { when ?? now }

    init(state: IncidentState, context: DecisionContext) { self.state = state; self.context = context }

    func drafts(for command: Command) throws -> [Draft] {
        if case .declare = command.unwrapped {
            _ = try requirePerson(actor, "Not recorded (who is acting?).")
            try requireNotClosed(reopening: false)
        } else {
            try requireOpenRecord(reopening: command.unwrapped.isReopen)
        }
        switch command {
        case let .declare(id, title, priority, security): return try declare(id: id, title: title, priority: priority, security: security)
        case let .assignRole(role, person, confirmed): return try assign(role, to: person, confirmed: confirmed, handOverOnly: false)
        case let .handOverRole(role, person, confirmed): return try assign(role, to: person, confirmed: confirmed, handOverOnly: true)
        case let .log(kind, text, at): return try log(kind, text: text, at: at)
        case let .correct(entry, text): return try correct(entry, text: text)
        case let .strike(entry, reason): return try strike(entry, reason: reason)
        case let .sendComms(request): return try sendComms(request)
        case let .setStatuspageStatus(status): return try setStatuspageStatus(status)
        case let .escalate(level, step, note): return try escalate(level, step: step, note: note)
        case let .decideExecutiveAlert(alert, by, note): return try decideExecutiveAlert(alert, by: by, note: note)
        case let .suspectSecurityBreach(note): return try suspectSecurityBreach(note: note)
        case let .resolve(with, note): return try resolve(with: with, note: note)
        case let .downgrade(to, with, note): return try downgrade(to: to, with: with, note: note)
        case let .reopen(reason): return try reopen(reason: reason)
        case let .completeStep(step, note): return try completeStep(step, note: note)
        case let .snoozeCommsReminder(minutes): return try snooze(minutes: minutes)
        case let .scheduleReview(at, reason): return try scheduleReview(at: at, overrideReason: reason)
        case let .recordReviewHeld(attendees): return try recordReviewHeld(attendees: attendees)
        case let .recordReportWritten(location): return try recordReportWritten(location: location)
        case let .publishReport(reason): return try publishReport(overrideReason: reason)
        case let .withholdPublication(reason): return try withholdPublication(reason: reason)
        case .close: return try close()
        case let .markKeyTime(marker, note): return try markKeyTime(marker, note: note)
        case let .writeReportText(section, text): return try writeReportText(section, text: text)
        case let .writeRootCause(category, text): return try writeRootCause(category, text: text)
        case let .agreeFollowUp(action, owner, tracker): return try agreeFollowUp(action: action, owner: owner, tracker: tracker)
        case let .skipStep(step, reason): return try skipStep(step, reason: reason)
        case let .recordSupplierContact(supplier, step, reference): return try recordSupplierContact(supplier, step: step, reference: reference)
        case let .backdated(inner, at): return try backdated(inner, at: at)
        }
    }

    func events(from drafts: [Draft], command: Command) -> [Event] {
        let incidentID: IncidentID = if case let .declare(id, _, _, _) = command.unwrapped { id } else { state.id ?? IncidentID("") }
        return drafts.enumerated().map { offset, draft in
            Event(id: context.makeEventID(), incidentID: incidentID, sequence: state.lastSequence + offset + 1,
                  occurredAt: draft.occurredAt ?? now, loggedAt: now, actor: actor, payload: draft.payload)
        }
    }

    // MARK: Shared checks

    /// Anything but a declaration: a named actor (every event records who acted), a declared incident, and one not
    /// closed unless reopening it.
    func requireOpenRecord(reopening: Bool) throws {
        _ = try requirePerson(actor, "Not recorded (who is acting?).")
        try requireDeclared()
        try requireNotClosed(reopening: reopening)
    }

    /// Nothing is added to a closed incident but its reopening.
    func requireNotClosed(reopening: Bool) throws {
        if state.phase == .closed, !reopening {
            throw Refusal(.closed, what: "Not recorded.", why: "Incident \(state.id?.rawValue ?? "") is closed.",
                          instead: "Reopen it with a reason first.", remedy: .reopen)
        }
    }

    func requireDeclared() throws {
        guard state.phase != .none else {
            throw Refusal(.noIncident, what: "Not recorded.", why: "No incident has been declared.",
                          instead: "Declare one first.", remedy: .declare)
        }
    }

    func requireActive(_ what: String) throws {
        guard state.phase == .active else {
            throw Refusal(.wrongPhase, what: what, why: "The incident is \(state.phase.rawValue), not active.",
                          instead: state.phase == .resolved ? "Reopen it with a reason if it is not over." : "",
                          remedy: state.phase == .resolved ? .reopen : nil)
        }
    }

    func requireResolved(_ what: String) throws {
        guard state.phase == .resolved else {
            throw Refusal(.wrongPhase, what: what, why: "That step comes after resolution; the incident is still \(state.phase.rawValue).",
                          instead: "Resolve it first with the product and delivery managers.", remedy: .resolve)
        }
    }

    func requireText(_ text: String, _ what: String, field: String = "text", limit: Int = Rules.textLimit) throws -> String {
        guard let trimmed = try optionalText(text, what, field: field, limit: limit) else {
            throw Refusal(.invalidInput, what: what, why: "The \(field) is empty.", instead: "Type what happened, then Enter.")
        }
        return trimmed
    }

    /// A note or reason that may be left out: checked like any text, except that an empty one means none,
    /// so the record never shows an empty "()".
    /// Limits: `limit` characters, four bytes per character allowed in UTF-8 (100,000 for an entry), and
    /// `TextLimits.scalarsPerCharacter` code points in any one character; the cheap byte check comes first.
    func optionalText(_ text: String?, _ what: String, field: String = "note", limit: Int = Rules.textLimit) throws -> String? {
        guard let text else { return nil }
        let byteLimit = limit * 4
        // Refused before any work on the characters: even surrounded by whitespace it is far too long.
        let trimmed = text.utf8.count > 2 * byteLimit ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.utf8.count <= byteLimit else {
            throw Refusal(.invalidInput, what: what, why: "The \(field) is \(trimmed.utf8.count) bytes; the limit is \(byteLimit) bytes.",
                          instead: "Shorten it, or split it into several entries.")
        }
        var characters = 0
        for character in trimmed {
            characters += 1
            guard character.unicodeScalars.count <= TextLimits.scalarsPerCharacter else {
                throw Refusal(.invalidInput, what: what,
                              why: "Character \(characters) of the \(field) is built from \(character.unicodeScalars.count) code points (such as stacked combining marks); the limit is \(TextLimits.scalarsPerCharacter).",
                              instead: "Remove the stacked marks.")
            }
        }
        guard characters <= limit else {
            throw Refusal(.invalidInput, what: what, why: "The \(field) is \(characters) characters; the limit is \(limit).",
                          instead: "Shorten it, or split it into several entries.")
        }
        return trimmed
    }

    static let textLimit = TextLimits.characters
    /// How far before the earliest recorded time an entry may be back-dated.
    static let backdatingWindow: TimeInterval = 7 * 24 * 3600

    /// A name is what the team calls someone: printable, with a letter or digit, at most 64 characters.
    func requirePerson(_ person: Person, _ what: String) throws -> Person {
        guard !person.name.isEmpty else {
            throw Refusal(.invalidInput, what: what, why: "No name was given.", instead: "Give the person's name.")
        }
        let scalars = person.name.unicodeScalars
        let printable = !scalars.contains { [.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory) }
        guard printable, scalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
              person.name.count <= 64 else {
            throw Refusal(.invalidInput, what: what, why: "'\(person.name.prefix(64))' is not a name: use letters, digits and spaces, at most 64 characters.",
                          instead: "Give the name the team calls them.")
        }
        return person
    }

    /// Back-dating is allowed; a time in the future is a typo.
    /// A time the log can hold, or a refusal that does not try to print it.
    func requireRecordable(_ date: Date, _ what: String) throws {
        guard Timestamp.recordable.contains(date) else {
            throw Refusal(.invalidInput, what: what, why: "That time is not a date the record can hold (before 1970 or after 9999).",
                          instead: "Check the time you gave.")
        }
    }

    func backdate(_ at: Date?, _ what: String) throws -> Date? {
        guard let at else { return nil }
        try requireRecordable(at, what)
        guard at <= now else {
            throw Refusal(.invalidInput, what: what, why: "\(Timestamp.format(at)) is in the future.",
                          instead: "Give the time it happened, now or earlier.")
        }
        if let earliest = state.earliestRecordedTime, at < earliest.addingTimeInterval(-Rules.backdatingWindow) {
            throw Refusal(.invalidInput, what: what,
                          why: "\(Timestamp.format(at)) is more than a week before the earliest time in the record (\(Timestamp.format(earliest))).",
                          instead: "Check the date; if the impact began that early, mark it first (incident mark impact-started --at).")
        }
        return at.wholeMilliseconds
    }

    /// Someone not yet on the team joins as a member when they first act.
    func joinIfNew() -> [Draft] {
        state.isOnTeam(actor) ? [] : [Draft(.roleAssigned(role: .member, person: actor, previous: nil, productionAccess: nil, warning: nil))]
    }
}

extension Command {
    var isReopen: Bool { if case .reopen = self { true } else { false } }
    /// The command without its back-dating.
    public var unwrapped: Command { if case let .backdated(inner, _) = self { inner.unwrapped } else { self } }
}
