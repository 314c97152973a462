/// How long the incident has run, how long it took to resolve, and the key times a report compares.
import Foundation

public struct Durations: Sendable, Equatable {
    public var sinceDeclared: TimeInterval?
    /// Time spent active: declaration to resolution, plus each reopening to its resolution.
    public var toResolution: TimeInterval?
    /// After resolution: the time left until the review deadline (negative once past).
    public var untilReviewDeadline: TimeInterval?

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        guard let declared = state.declaredAt else { return }
        sinceDeclared = now.seconds(since: declared)
        if let resolution = state.resolution {
            toResolution = KeyTimes(state: state).activeTime
            let deadline = resolution.at.addingTimeInterval(Double(playbook.reviewWithinDays) * 86_400)
            untilReviewDeadline = deadline.seconds(since: now)
        }
    }
}

/// The times a report compares across incidents, and the spans between them. Impact is taken to start at the
/// declaration unless an earlier start is marked, and to end at full recovery, else at the resolution.
public struct KeyTimes: Sendable, Equatable {
    public var impactStarted: Date?
    /// True when impact start is the declaration because no start was marked.
    public var impactStartAssumed: Bool
    public var detected: Date?
    public var declared: Date?
    public var mitigated: Date?
    /// The latest resolution (after a reopen, the one that ended it).
    public var resolved: Date?
    public var recovered: Date?
    /// Declaration to resolution, plus each reopening to its resolution; nil while active.
    public var activeTime: TimeInterval?

    public init(state: IncidentState) {
        declared = state.declaredAt
        let marked = state.keyTimes[.impactStarted]?.at
        impactStarted = marked ?? state.declaredAt
        impactStartAssumed = marked == nil && state.declaredAt != nil
        detected = state.keyTimes[.detected]?.at
        mitigated = state.keyTimes[.mitigated]?.at
        recovered = state.keyTimes[.recovered]?.at
        resolved = state.resolution?.at
        if state.resolution != nil, !state.activePeriods.isEmpty, state.activePeriods.allSatisfy({ $0.until != nil }) {
            activeTime = state.activePeriods.reduce(0) { $0 + $1.until!.seconds(since: $1.from) }
        }
    }

    public var timeToDetect: TimeInterval? { span(impactStarted, detected) }
    public var timeToDeclare: TimeInterval? { span(impactStarted, declared) }
    public var timeToMitigate: TimeInterval? { span(impactStarted, mitigated) }
    /// Impact start to full recovery, else to resolution.
    public var totalImpact: TimeInterval? { span(impactStarted, recovered ?? resolved) }

    private func span(_ from: Date?, _ to: Date?) -> TimeInterval? {
        guard let from, let to else { return nil }
        return to.seconds(since: from)
    }
}

/// Renders a duration as `1d 0h 11m`, `1h 05m`, `12m 30s` or `45s`; shared by the console, the CLI and reports.
public func formatDuration(_ seconds: TimeInterval) -> String {
    let total = Int(abs(seconds).rounded(.down))
    let days = total / 86_400, hours = total % 86_400 / 3600, minutes = total % 3600 / 60, secs = total % 60
    if days > 0 { return "\(days)d \(hours)h \(String(format: "%02d", minutes))m" }
    if hours > 0 { return "\(hours)h \(String(format: "%02d", minutes))m" }
    if minutes > 0 { return "\(minutes)m \(String(format: "%02d", secs))s" }
    return "\(secs)s"
}
