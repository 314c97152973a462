/// A refused command: what was refused, why, and what to do instead.
import Foundation

public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case noIncident, alreadyDeclared, closed, wrongPhase
        case invalidInput, unknownName, notPermitted, alreadyDone
        /// Accepted if repeated with the named confirmation.
        case needsConfirmation(Confirmation)
    }

    public enum Confirmation: Sendable, Equatable {
        case productionAccess
        case noComponents
    }

    public var reason: Reason
    /// What was refused, e.g. "Production change not logged."
    public var what: String
    public var why: String
    public var instead: String

    public init(_ reason: Reason, what: String, why: String, instead: String) {
        self.reason = reason; self.what = what; self.why = why; self.instead = instead
    }

    public var description: String { [what, why, instead].filter { !$0.isEmpty }.joined(separator: " ") }
}
