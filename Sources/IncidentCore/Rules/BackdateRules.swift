/// Rules for commands recorded after the fact: what may be back-dated, how far, and judged at which time.
import Foundation

extension Rules {
    func backdated(_ inner: Command, at: Date) throws -> [Draft] {
        let what = "Not recorded."
        guard when == nil, !inner.isBackdated else {
            throw Refusal(.invalidInput, what: what, why: "The command is back-dated twice.", instead: "Give one time.")
        }
        guard inner.canBeBackdated else {
            throw Refusal(.invalidInput, what: what,
                          why: "\(inner.name.capitalizedFirst) is recorded as of now; a time is given only for what happened earlier.",
                          instead: "Leave out the time (--at, or the \"when\" field).")
        }
        let time: Date
        if case .declare = inner {
            // An incident written up after the fact may be declared at any earlier time.
            try requireRecordable(at, what)
            guard at <= now else {
                throw Refusal(.invalidInput, what: "Not declared.", why: "\(Timestamp.format(at)) is in the future.",
                              instead: "Give the time it was declared, now or earlier.")
            }
            time = at.wholeMilliseconds
        } else {
            time = try backdate(at, what) ?? now
        }
        var rules = self
        rules.when = time
        return try rules.drafts(for: inner).map { draft in
            var draft = draft
            if draft.occurredAt == nil { draft.occurredAt = time }
            return draft
        }
    }

    /// Who held `role` at the moment the command is judged.
    func holder(of role: Role) -> Person? {
        when.map { state.holder(of: role, at: $0) } ?? state.holder(of: role)
    }

    /// A back-dated command may not come before the start of the stretch it belongs to.
    func requireAfter(_ start: Date?, _ what: String, _ event: String) throws {
        guard let when, let start, when < start else { return }
        throw Refusal(.invalidInput, what: what, why: "\(Timestamp.format(when)) is before \(event) (\(Timestamp.format(start))).",
                      instead: "Give a time after it.")
    }
}

extension Command {
    var isBackdated: Bool { if case .backdated = self { true } else { false } }

    /// Whether the command records something that happened at a time of its own. Corrections, strikes, snoozes and
    /// report text are about the record itself, made when they are typed; a review's date is given with it.
    var canBeBackdated: Bool {
        switch self {
        case .correct, .strike, .snoozeCommsReminder, .scheduleReview, .writeReportText, .writeRootCause, .agreeFollowUp, .backdated:
            false
        case .log(_, _, let at): at == nil
        case let .sendComms(request): request.at == nil
        default: true
        }
    }

    /// What the command records, in a few words, for refusals.
    var name: String {
        switch self {
        case .declare: "a declaration"
        case .assignRole, .handOverRole: "a role"
        case .log: "an entry"
        case .correct: "a correction"
        case .strike: "a strike-out"
        case .sendComms: "a comms message"
        case .setStatuspageStatus: "a Statuspage status"
        case .escalate: "an escalation step"
        case .decideExecutiveAlert: "an executive-group decision"
        case .suspectSecurityBreach: "a suspected breach"
        case .resolve: "a resolution"
        case .downgrade: "a downgrade"
        case .reopen: "a reopening"
        case .completeStep: "a step done"
        case .snoozeCommsReminder: "a snooze"
        case .scheduleReview: "a review's date"
        case .recordReviewHeld: "a review held"
        case .recordReportWritten: "a report written"
        case .publishReport: "a publication"
        case .withholdPublication: "a withheld publication"
        case .close: "a closing"
        case .markKeyTime: "a key time"
        case .writeReportText, .writeRootCause: "report text"
        case .agreeFollowUp: "a follow-up action"
        case .skipStep: "a skipped step"
        case .recordSupplierContact: "a supplier contact"
        case .backdated: "a back-dated command"
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Command {
    /// The command as having happened at `date` (nil: now). A log entry or a message keeps the time in itself, as
    /// `incident log --at` always has; any other command is wrapped in `.backdated`.
    public func happened(at date: Date?) -> Command {
        guard let date else { return self }
        switch self {
        case let .log(kind, text, nil): return .log(kind, text: text, at: date)
        case var .sendComms(request) where request.at == nil:
            request.at = date
            return .sendComms(request)
        case .log, .sendComms, .backdated: return self
        default: return .backdated(self, at: date)
        }
    }
}
