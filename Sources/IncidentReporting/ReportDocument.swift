/// The incident report written from the record: internal or public, as Markdown or JSON.
import Foundation
import IncidentCore

/// Who the report is for: the team (everything, names) or the public (roles instead of names, no internal notes).
public enum ReportAudience: String, Sendable, CaseIterable {
    case `internal`, `public`
}

/// The formats the report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown, json
}

/// A report that may not be written: what was refused, why, and what to do instead.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The public version of a security-sensitive incident, before its report was published with a recorded reason.
    case securityIncidentNotPublished(IncidentID)

    public var what: String {
        switch self {
        case .securityIncidentNotPublished: "Public report not written."
        }
    }

    public var why: String {
        switch self {
        case let .securityIncidentNotPublished(id):
            "Incident \(id.rawValue) is security-sensitive: its public version is written only once the report has been published with a recorded reason, so that publishing causes no further harm."
        }
    }

    public var instead: String {
        switch self {
        case .securityIncidentNotPublished:
            "After careful consideration, record the publication with its reason (incident report publish --reason TEXT), or keep to the internal version (incident report show)."
        }
    }

    public var description: String { [what, why, instead].joined(separator: " ") }
}

/// The report of one incident, built from its state alone (the record is the source of truth).
public struct ReportDocument: Sendable {
    public var state: IncidentState
    public var playbook: Playbook
    public var audience: ReportAudience

    public init(state: IncidentState, playbook: Playbook, audience: ReportAudience) {
        self.state = state; self.playbook = playbook; self.audience = audience
    }

    /// Why this report may not be written, or nil when it may. Only a public version is ever refused: that of a
    /// security-sensitive incident whose report has not been published with a recorded reason.
    public var refusal: ReportError? {
        guard audience == .public, state.securitySensitive else { return nil }
        guard state.post.publishedAt != nil, state.post.publishOverrideReason != nil else {
            return .securityIncidentNotPublished(state.id ?? IncidentID(""))
        }
        return nil
    }

    /// The report in `format`, or the refusal. Use this for the public version: a refusal cannot go unnoticed.
    public func render(_ format: ReportFormat) throws(ReportError) -> String {
        if let refusal { throw refusal }
        let model = ReportModel(state: state, playbook: playbook, audience: audience)
        return switch format {
        case .markdown: MarkdownReport(model: model).render()
        case .json: JSONReport(model: model).render()
        }
    }

    /// The report as a Markdown document; text from the record is escaped so it cannot break the document.
    /// A refused public version gives only the refusal, never the report's content (``render(_:)`` throws it).
    public func markdown() -> String {
        do { return try render(.markdown) } catch {
            return "# Public report refused\n\n\(ReportEscaping.paragraphs(error.description))\n"
        }
    }

    /// The report as JSON, with the same content as the Markdown. A refused public version gives only the refusal.
    public func json() -> String {
        do { return try render(.json) } catch {
            return JSONNode.object([
                ("format", .string("incident-report")), ("version", .number(1)), ("audience", .string(audience.rawValue)),
                ("refused", .object([("what", .string(error.what)), ("why", .string(error.why)), ("instead", .string(error.instead))])),
            ]).written() + "\n"
        }
    }
}
