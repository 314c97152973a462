/// Checks events from outside (an import) against the rules: each must be exactly what deciding its command,
/// at its time and as its actor, would append. So an import can hold nothing a live command could not.
import Foundation

public enum ReplayCheck {
    /// Why an event could not have been produced by the rules.
    public struct Failure: Error, Equatable, Sendable {
        /// Index into the events checked.
        public var index: Int
        /// The rule that refused the event's command, if the rules refused it; nil when they would have
        /// recorded something else (an altered or hand-written event).
        public var refusal: Refusal?
    }

    /// Checks `events` (one incident's, contiguous in sequence) as appended after `state`; returns the state
    /// after them. `now` is the time of the check: nothing may be logged after it.
    public static func check(_ events: [Event], after state: IncidentState, playbook: Playbook, now: Date) throws(Failure) -> IncidentState {
        var state = state
        var index = 0
        while index < events.count {
            let first = events[index]
            guard first.loggedAt <= now.addingTimeInterval(skewAllowance), first.occurredAt <= first.loggedAt else {
                throw Failure(index: index, refusal: Refusal(.invalidInput, what: "Not imported.",
                                                             why: "It is logged in the future (\(Timestamp.format(first.loggedAt))).",
                                                             instead: "Check the clock of the machine that wrote it."))
            }
            var firstRefusal: Refusal?
            var matched = 0
            // A command may append a few events before its own (the actor joining the team, the managers named
            // at resolution) and one after (a step it completes): try the command of each of the next few events.
            for anchor in index..<min(index + maxGroup, events.count) {
                guard let command = command(for: events[anchor]) else { continue }
                let ids = IDQueue(events[index...].prefix(maxGroup * 2).map(\.id))
                let context = DecisionContext(now: first.loggedAt, actor: first.actor, playbook: playbook, makeEventID: ids.next)
                switch decide(command, state: state, context: context) {
                case let .success(produced):
                    let slice = events[index...].prefix(produced.count)
                    if produced.count == slice.count, zip(produced, slice).allSatisfy(sameFact) { matched = produced.count }
                case let .failure(refusal):
                    if anchor == index { firstRefusal = refusal }
                }
                if matched > 0 { break }
            }
            guard matched > 0 else { throw Failure(index: index, refusal: firstRefusal) }
            for event in events[index..<index + matched] { state.apply(event) }
            index += matched
        }
        return state
    }

    static let maxGroup = 4
    /// Clocks of different machines disagree a little.
    static let skewAllowance: TimeInterval = 300

    /// The same fact as the rules would record it. A process warning is advice worded at the time, so its
    /// wording is not compared.
    static func sameFact(_ produced: Event, _ given: Event) -> Bool {
        produced.id == given.id && produced.incidentID == given.incidentID && produced.sequence == given.sequence
            && produced.occurredAt == given.occurredAt && produced.loggedAt == given.loggedAt
            && produced.actor.name == given.actor.name && withoutWarning(produced.payload) == withoutWarning(given.payload)
    }

    static func withoutWarning(_ payload: EventPayload) -> EventPayload {
        guard case let .roleAssigned(role, person, previous, access, _) = payload else { return payload }
        return .roleAssigned(role: role, person: person, previous: previous, productionAccess: access, warning: nil)
    }

    /// The command whose decision appends this event as its main fact; back-dated when it happened before it was
    /// logged (an entry or a message carries its own time, as `incident log --at` records it).
    public static func command(for event: Event) -> Command? {
        let backdated: Date? = event.occurredAt == event.loggedAt ? nil : event.occurredAt
        guard let command = plainCommand(for: event, backdated: backdated) else { return nil }
        guard let backdated, command.canBeBackdated else { return command }
        return .backdated(command, at: backdated)
    }

    private static func plainCommand(for event: Event, backdated: Date?) -> Command? {
        switch event.payload {
        case let .declared(title, priority, security, _):
            return .declare(id: event.incidentID, title: title, priority: priority, securitySensitive: security)
        case let .roleAssigned(role, person, _, access, _):
            let confirmed: Bool = if case .confirmedBy = access { true } else { false }
            return .assignRole(role, person, productionAccessConfirmed: confirmed)
        case let .entryLogged(kind, text): return .log(kind, text: text, at: backdated)
        case let .entryCorrected(entry, text): return .correct(entry: entry, text: text)
        case let .entryStruck(entry, reason): return .strike(entry: entry, reason: reason)
        case let .commsSent(message):
            var minutes: Int?
            if let due = message.nextUpdateDueAt {
                let seconds = due.seconds(since: event.occurredAt)
                guard seconds > 0, seconds.truncatingRemainder(dividingBy: 60) == 0, seconds < 1e7 else { return nil }
                minutes = Int(seconds / 60)
            }
            return .sendComms(CommsRequest(channel: message.channel, text: message.text, status: message.status,
                                           components: message.components, template: message.template,
                                           nextUpdateInMinutes: minutes, confirmedNoNotification: !message.notifiesSubscribers,
                                           at: backdated))
        case let .statuspageStatusChanged(status): return .setStatuspageStatus(status)
        case let .escalationStepped(level, _, step, note): return .escalate(level: level, step: step, note: note)
        case let .executiveAlertDecided(alert, by, note): return .decideExecutiveAlert(alert: alert, decidedBy: by, note: note)
        case let .securityBreachSuspected(note): return .suspectSecurityBreach(note: note)
        case let .resolved(pm, dm, note): return .resolve(with: [pm, dm], note: note)
        case let .downgraded(_, to, pm, dm, note): return .downgrade(to: to, with: [pm, dm], note: note)
        case let .reopened(reason): return .reopen(reason: reason)
        case let .stepCompleted(step, note): return .completeStep(step, note: note)
        case let .commsReminderSnoozed(_, minutes): return .snoozeCommsReminder(minutes: minutes)
        case let .reviewScheduled(at, reason): return .scheduleReview(at: at, overrideReason: reason)
        case let .reviewHeld(attendees): return .recordReviewHeld(attendees: attendees)
        case let .reportWritten(location): return .recordReportWritten(location: location)
        case let .reportPublished(reason): return .publishReport(overrideReason: reason)
        case let .publicationWithheld(reason): return .withholdPublication(reason: reason)
        case .closed: return .close
        case let .keyTimeMarked(marker, note): return .markKeyTime(marker, note: note)
        case let .reportTextWritten(section, text): return .writeReportText(section, text: text)
        case let .rootCauseWritten(category, text): return .writeRootCause(category, text: text)
        case let .followUpAgreed(action, owner, tracker): return .agreeFollowUp(action: action, owner: owner, tracker: tracker)
        case let .stepSkipped(step, reason): return .skipStep(step, reason: reason)
        case let .supplierContacted(supplier, step, reference): return .recordSupplierContact(supplier: supplier, step: step, reference: reference)
        }
    }
}

/// Hands out the given ids in order (then fresh ones), so re-deciding a command gives its events their recorded ids.
public final class IDQueue: @unchecked Sendable {
    private var ids: [UUID]
    private var index = 0
    private let lock = NSLock()

    public init(_ ids: [UUID]) { self.ids = ids }

    @Sendable public func next() -> UUID {
        lock.lock(); defer { lock.unlock() }
        defer { index += 1 }
        return index < ids.count ? ids[index] : UUID()
    }
}
