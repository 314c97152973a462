/// The fuzz targets: each takes arbitrary bytes and checks the contract of one input path.
import Foundation

/// A broken contract: what was expected and what happened instead.
public struct FuzzFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `Event.decode(json:)`: an event that re-encodes and decodes to itself, or an `EventDecodingError`.
    case eventDecoder = "event-decoder"
    /// `EventExport.readJSONLines`, then `importEvents` into a new SQLite store, then reading the incident back.
    case importer
    /// `PlaybookFile.parse`: a playbook or a usage error naming the file.
    case playbook
    /// `ThemeFile.parse`: a theme or a usage error naming the file.
    case theme
    /// `TimeParsing`: nil or a time the log can hold (1970 to 9999).
    case timeParsing = "time-parsing"
    /// `StateSnapshot.decode`: a `SnapshotError`, or a state that round-trips and that views and `apply` take.
    case snapshot
    /// `PostgresAddress.parse` and `PasswordFile.match`: an address or a usage error, never the password shown.
    case storeAddress = "store-address"
    /// Raw key codes through the paste parser, the key mapping and the console model, then the rendered screen.
    case textEntry = "text-entry"

    /// Runs one input; throws `FuzzFailure` when the contract is broken.
    public func check(_ bytes: [UInt8]) throws {
        switch self {
        case .eventDecoder: try EventDecoderCheck.check(bytes)
        case .importer: try ImportCheck.check(bytes)
        case .playbook: try ConfigFileCheck.checkPlaybook(bytes)
        case .theme: try ConfigFileCheck.checkTheme(bytes)
        case .timeParsing: try TimeParsingCheck.check(bytes)
        case .textEntry: try TextEntryCheck.check(bytes)
        case .snapshot: try SnapshotDecoderCheck.check(bytes)
        case .storeAddress: try StoreAddressCheck.check(bytes)
        }
    }
}
