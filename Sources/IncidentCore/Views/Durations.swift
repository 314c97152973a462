/// How long the incident has run, and how long it took to resolve.
import Foundation

public struct Durations: Sendable, Equatable {
    public var sinceDeclared: TimeInterval?
    public var toResolution: TimeInterval?
    /// After resolution: the time left until the review deadline (negative once past).
    public var untilReviewDeadline: TimeInterval?

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        guard let declared = state.declaredAt else { return }
        sinceDeclared = now.seconds(since: declared)
        if let resolution = state.resolution {
            toResolution = resolution.at.seconds(since: declared)
            let deadline = resolution.at.addingTimeInterval(Double(playbook.reviewWithinDays) * 86_400)
            untilReviewDeadline = deadline.seconds(since: now)
        }
    }
}

/// Renders a duration as `1h 05m`, `12m 30s` or `45s`; shared by the console and the CLI.
public func formatDuration(_ seconds: TimeInterval) -> String {
    let total = Int(abs(seconds).rounded(.down))
    let days = total / 86_400, hours = total % 86_400 / 3600, minutes = total % 3600 / 60, secs = total % 60
    if days > 0 { return "\(days)d \(hours)h" }
    if hours > 0 { return "\(hours)h \(String(format: "%02d", minutes))m" }
    if minutes > 0 { return "\(minutes)m \(String(format: "%02d", secs))s" }
    return "\(secs)s"
}
