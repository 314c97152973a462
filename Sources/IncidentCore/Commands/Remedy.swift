/// What to do instead of a refused command, as the command that does it: the console shows it as its key, the
/// command line as its verb. The core names no key.
import Foundation

public enum Remedy: Sendable, Equatable, Hashable {
    case declare
    case assignRole(Role)
    case sendComms(CommsChannel)
    /// The final "resolved" Statuspage update.
    case finalUpdate
    /// Record an escalation step for a level (nil: the level to choose).
    case escalate(level: String?, step: EscalationStep)
    case resolve
    case reopen
    case skipStep
    case reportWritten, reviewHeld, publishReport
    /// Repeat the command with this confirmation.
    case confirm(Refusal.Confirmation)

    /// The command line that does it: "incident assign lead NAME".
    public var commandLine: String {
        switch self {
        case .declare: "incident new TITLE"
        case let .assignRole(role): "incident assign \(role.rawValue) NAME"
        case .sendComms(.statuspage): "incident comms --channel statuspage --component NAME TEXT"
        case let .sendComms(channel): "incident comms --channel \(channel.rawValue) TEXT"
        case .finalUpdate: "incident comms --channel statuspage --status resolved TEXT"
        case let .escalate(level, step): "incident escalate \(level ?? "LEVEL") \(step.rawValue)"
        case .resolve: "incident resolve --with PM --with DM"
        case .reopen: "incident reopen --reason TEXT"
        case .skipStep: "incident step ID --skip REASON"
        case .reportWritten: "incident report written"
        case .reviewHeld: "incident review held --attendee NAME"
        case .publishReport: "incident report publish, or incident report withhold --reason TEXT"
        case .confirm(.productionAccess): "--production-access"
        case .confirm(.noComponents): "--no-components"
        }
    }
}

extension Refusal {
    /// `instead` with the remedy written by `write` ("(r)", "(incident assign lead NAME)") before its full stop.
    public func instead(writingRemedy write: (Remedy) -> String?) -> String {
        guard let remedy, let written = write(remedy) else { return instead }
        guard !instead.isEmpty else { return "(\(written))." }
        let sentence = instead.hasSuffix(".") ? String(instead.dropLast()) : instead
        return "\(sentence) (\(written))."
    }

    /// What, why and what to do instead, with the remedy written by `write`.
    public func text(writingRemedy write: (Remedy) -> String?) -> String {
        [what, why, instead(writingRemedy: write)].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
