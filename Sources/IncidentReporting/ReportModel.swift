/// The report's content as plain values, worded for one audience; the Markdown and the JSON both write it.
import Foundation
import IncidentCore

/// Everything the report says, already chosen and worded for its audience. Text is raw record text; each
/// writer escapes it for its own format.
struct ReportModel {
    struct PriorityChange { var at: Date; var from: Priority; var to: Priority }
    struct Holder { var person: String?; var from: Date; var until: Date? }
    struct RoleLine { var role: Role; var holders: [Holder] }
    struct KeyTimeLine { var key: String; var title: String; var at: Date?; var note: String?; var assumed: Bool; var missing: String }
    struct DurationLine { var key: String; var title: String; var seconds: TimeInterval?; var meaning: String; var missing: String }
    struct SectionLine { var key: String; var title: String; var text: String?; var missing: String }
    struct RootCauseLine { var category: RootCauseCategory?; var text: String?; var missing: String }
    struct Correction { var at: Date; var by: String; var text: String }
    struct Strike { var at: Date; var by: String; var reason: String }
    struct TimelineLine {
        var sequence: Int
        var at: Date
        var loggedAt: Date
        var backdated: Bool
        var actor: String
        var category: String
        var text: String
        /// Internal only: the text as first written, when corrected.
        var original: String?
        var corrected: Bool
        var corrections: [Correction]
        var strike: Strike?
        var warning: String?
    }
    struct UpdateLine { var at: Date; var by: String; var status: StatuspageStatus?; var components: [String]; var text: String; var notifiesSubscribers: Bool }
    struct EscalationLine { var at: Date; var by: String; var level: String; var title: String; var step: EscalationStep; var note: String? }
    struct DecisionLine { var at: Date; var decidedBy: String; var alert: Bool; var note: String? }
    struct ReviewLine { var scheduledFor: Date?; var lateReason: String?; var deadline: Date?; var heldAt: Date?; var attendees: [String]; var outcome: String?; var missingOutcome: String }
    struct FollowUpLine { var action: String; var owner: String; var tracker: String?; var agreedAt: Date }
    struct PublicationLine { var writtenAt: Date?; var location: String?; var publishedAt: Date?; var overrideReason: String?; var withheldAt: Date?; var withheldReason: String? }

    var audience: ReportAudience
    var id: String
    var title: String
    var priority: Priority
    var declaredPriority: Priority
    var priorityChanges: [PriorityChange]
    var securitySensitive: Bool
    var securitySuspectedAt: Date?
    var phase: IncidentPhase
    var start: Date?
    var startAssumed: Bool
    var end: Date?
    var endIsRecovery: Bool
    var roles: [RoleLine]
    var services: [String]
    var keyTimes: [KeyTimeLine]
    var durations: [DurationLine]
    var sections: [ReportSection: SectionLine]
    var rootCause: RootCauseLine
    var timeline: [TimelineLine]
    var tenantUpdates: [UpdateLine]
    /// Nil in the public version.
    var lapses: [UpdateLapse]?
    var cadenceMinutes: Int
    /// How the cadence is set: one length for every priority, or the priority's own at the time.
    var cadenceFollowsPriority: Bool
    var escalation: [EscalationLine]
    var executiveGroup: String
    var executiveDecisions: [DecisionLine]
    var review: ReviewLine
    var followUps: [FollowUpLine]
    var publication: PublicationLine?

    var isPublic: Bool { audience == .public }
}

extension ReportModel {
    init(state: IncidentState, playbook: Playbook, audience: ReportAudience) {
        let words = ReportWording(state: state, audience: audience)
        let keys = KeyTimes(state: state)
        self.audience = audience
        id = state.id?.rawValue ?? ""
        title = state.title
        priority = state.priority
        var declared = state.priority
        var changes: [PriorityChange] = []
        for item in state.timeline {
            if case let .declared(_, priority, _, _) = item.payload { declared = priority }
            if case let .downgraded(from, to, _, _, _) = item.payload { changes.append(PriorityChange(at: item.occurredAt, from: from, to: to)) }
        }
        declaredPriority = declared
        priorityChanges = changes
        securitySensitive = state.securitySensitive
        securitySuspectedAt = state.securitySuspectedAt
        phase = state.phase
        start = keys.impactStarted
        startAssumed = keys.impactStartAssumed
        end = keys.recovered ?? keys.resolved
        endIsRecovery = keys.recovered != nil
        roles = Role.allCases.compactMap { role in
            let holders = state.roleHistory.filter { $0.role == role }
                .map { Holder(person: audience == .public ? nil : $0.person.name, from: $0.from, until: $0.until) }
            return holders.isEmpty ? nil : RoleLine(role: role, holders: holders)
        }
        var services: [String] = []
        var updates: [UpdateLine] = []
        for item in state.timeline where item.strike == nil {
            guard case let .commsSent(message) = item.payload, message.channel == .statuspage else { continue }
            for component in message.components where !services.contains(component) { services.append(component) }
            updates.append(UpdateLine(at: item.occurredAt, by: words.person(item.actor, at: item.occurredAt, capitalised: true),
                                      status: message.status, components: message.components, text: message.text,
                                      notifiesSubscribers: message.notifiesSubscribers))
        }
        self.services = services
        tenantUpdates = updates
        cadenceMinutes = playbook.cadenceMinutes(for: state.priority)
        cadenceFollowsPriority = playbook.cadenceFollowsPriority
        lapses = audience == .public ? nil : UpdateLapse.lapses(state: state, playbook: playbook)
        keyTimes = ReportModel.keyTimeLines(state: state, keys: keys, audience: audience)
        durations = ReportModel.durationLines(keys: keys)
        var sections: [ReportSection: SectionLine] = [:]
        for section in ReportSection.allCases {
            sections[section] = SectionLine(key: section.rawValue, title: section.title, text: state.report.sections[section]?.text,
                                            missing: "Not written yet: incident report edit \(section.rawValue)")
        }
        self.sections = sections
        rootCause = RootCauseLine(category: state.report.rootCause?.category, text: state.report.rootCause?.text,
                                  missing: "Not written yet: incident report root-cause --category CATEGORY TEXT")
        timeline = state.timeline.compactMap { words.line(for: $0) }
        escalation = state.timeline.compactMap { item in
            guard item.strike == nil, case let .escalationStepped(level, title, step, note) = item.payload else { return nil }
            return EscalationLine(at: item.occurredAt, by: words.person(item.actor, at: item.occurredAt, capitalised: true), level: level,
                                  title: title ?? playbook.escalation.level(level)?.title ?? level, step: step,
                                  note: audience == .public ? nil : note)
        }
        executiveGroup = playbook.escalation.executiveGroup
        executiveDecisions = state.executiveDecisions.map {
            DecisionLine(at: $0.at, decidedBy: audience == .public ? "The person reached" : $0.decidedBy.name, alert: $0.alert,
                         note: audience == .public ? nil : $0.note)
        }
        let post = state.post
        let attendees = post.reviewAttendees.map { person in
            audience == .public ? words.person(person, at: post.reviewHeldAt ?? .distantFuture, capitalised: true, fallback: "Another attendee")
                : person.name
        }
        review = ReviewLine(scheduledFor: post.reviewScheduledFor, lateReason: audience == .public ? nil : post.reviewOverrideReason,
                            deadline: state.resolution.map { $0.at.addingTimeInterval(Double(playbook.reviewWithinDays) * 86_400) },
                            heldAt: post.reviewHeldAt, attendees: attendees,
                            outcome: state.report.sections[.reviewOutcome]?.text,
                            missingOutcome: "Not written yet: incident report edit review-outcome")
        followUps = state.report.followUps.map {
            FollowUpLine(action: $0.action, owner: words.person($0.owner, at: .distantFuture, capitalised: true, fallback: "A team member"),
                         tracker: audience == .public ? nil : $0.tracker, agreedAt: $0.at)
        }
        publication = audience == .public ? nil : PublicationLine(
            writtenAt: post.reportWrittenAt, location: post.reportLocation, publishedAt: post.publishedAt,
            overrideReason: post.publishOverrideReason, withheldAt: post.withheldAt, withheldReason: post.withheldReason)
    }

    private static func keyTimeLines(state: IncidentState, keys: KeyTimes, audience: ReportAudience) -> [KeyTimeLine] {
        func note(_ key: KeyTime) -> String? { audience == .public ? nil : state.keyTimes[key]?.note }
        return [
            KeyTimeLine(key: "impactStarted", title: "Impact started", at: keys.impactStarted, note: note(.impactStarted),
                        assumed: keys.impactStartAssumed, missing: "Not marked: incident mark impact-started --at TIME"),
            KeyTimeLine(key: "detected", title: "Detected", at: keys.detected, note: note(.detected), assumed: false,
                        missing: "Not marked: incident mark detected --at TIME"),
            KeyTimeLine(key: "declared", title: "Declared", at: keys.declared, note: nil, assumed: false, missing: "Not declared"),
            KeyTimeLine(key: "mitigated", title: "Mitigated", at: keys.mitigated, note: note(.mitigated), assumed: false,
                        missing: "Not marked: incident mark mitigated --at TIME"),
            KeyTimeLine(key: "resolved", title: "Resolved", at: keys.resolved, note: nil, assumed: false, missing: "Not resolved yet"),
            KeyTimeLine(key: "recovered", title: "Fully recovered", at: keys.recovered, note: note(.recovered), assumed: false,
                        missing: "Not marked: incident mark recovered --at TIME"),
        ]
    }

    private static func durationLines(keys: KeyTimes) -> [DurationLine] {
        [
            DurationLine(key: "timeToDetect", title: "Time to detect", seconds: keys.timeToDetect,
                         meaning: "impact started to detected", missing: "Unknown until detection is marked"),
            DurationLine(key: "timeToDeclare", title: "Time to declare", seconds: keys.timeToDeclare,
                         meaning: "impact started to declared", missing: "Unknown"),
            DurationLine(key: "timeToMitigate", title: "Time to mitigate", seconds: keys.timeToMitigate,
                         meaning: "impact started to mitigated", missing: "Unknown until mitigation is marked"),
            DurationLine(key: "timeToResolve", title: "Time to resolve", seconds: keys.activeTime,
                         meaning: "active time: declared to resolved, plus each reopening to its resolution",
                         missing: "Unknown until resolved"),
            DurationLine(key: "totalImpact", title: "Total impact", seconds: keys.totalImpact,
                         meaning: keys.recovered != nil ? "impact started to fully recovered" : "impact started to resolved",
                         missing: "Unknown until resolved or recovery is marked"),
        ]
    }
}
