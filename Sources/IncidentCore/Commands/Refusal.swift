/// A refused command: what was refused, why, what to do instead, and the command that does it.
import Foundation

public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case noIncident, alreadyDeclared, closed, wrongPhase
        case invalidInput, unknownName, notPermitted, alreadyDone
        /// Accepted if repeated with the named confirmation.
        case needsConfirmation(Confirmation)
    }

    public enum Confirmation: Sendable, Equatable, Hashable {
        case productionAccess
        case noComponents
    }

    public var reason: Reason
    /// What was refused, e.g. "Production change not logged."
    public var what: String
    public var why: String
    /// What to do instead, in words that name no key and no command: the remedy names the command.
    public var instead: String
    /// The command that does what `instead` says, if one does.
    public var remedy: Remedy?

    public init(_ reason: Reason, what: String, why: String, instead: String, remedy: Remedy? = nil) {
        self.reason = reason; self.what = what; self.why = why; self.instead = instead; self.remedy = remedy
    }

    /// As the command line shows it: the remedy as its verb.
    public var description: String { text { $0.commandLine } }
}
