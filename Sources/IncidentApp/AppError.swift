/// Errors the CLI and the console report, each with the exit code the command line uses.
import Foundation
import IncidentCore
import IncidentStore

public enum AppError: Error, CustomStringConvertible {
    /// A process rule refused the command (exit 1), or named something the rules do not know,
    /// such as a component, a template, a step or an entry: a mistyped name, so a usage mistake (exit 2).
    case refused(Refusal)
    /// The command was given wrongly (exit 2).
    case usage(String)
    /// The store could not do it (exit 3).
    case store(StoreError)
    /// Other writers kept getting in first (exit 3).
    case contention(String)

    public var exitCode: Int32 {
        switch self {
        case let .refused(refusal): refusal.reason == .unknownName ? 2 : 1
        case .usage: 2
        case .store, .contention: 3
        }
    }

    public var description: String {
        switch self {
        case let .refused(refusal): "refused: \(refusal.description)"
        case let .usage(message): message
        case let .store(error): error.description
        case let .contention(message): message
        }
    }

    /// Wraps any error from the store layer so callers see one type.
    public static func wrap(_ error: Error) -> AppError {
        switch error {
        case let error as AppError: error
        case let error as StoreError: .store(error)
        case let error as Refusal: .refused(error)
        default: .store(.storage(path: "", detail: String(describing: error)))
        }
    }
}
