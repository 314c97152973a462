/// Which store to open: an SQLite file on this machine (the default) or a team's PostgreSQL server.
import Foundation
import IncidentStore

public enum StoreAddress: Sendable, Equatable, CustomStringConvertible {
    case file(StoreLocation)
    case postgres(PostgresAddress)

    /// `--store`, then INCIDENT_STORE, then the settings file's `store`, then the default file. A value starting
    /// `postgres://` or `postgresql://` names a server; anything else is a file path.
    public static func resolve(explicit: String?, environment: [String: String], configured: String? = nil,
                               loginName: String) throws(PostgresAddress.ParseError) -> StoreAddress {
        let given = [explicit, environment[StoreLocation.environmentVariable], configured].compactMap { $0 }.first { !$0.isEmpty }
        if let given, PostgresAddress.isAddress(given) {
            return .postgres(try PostgresAddress.parse(given, environment: environment, loginName: loginName))
        }
        return .file(StoreLocation.resolve(explicitPath: given, environment: environment))
    }

    /// What to show of it: the file's path, or the server address without any password.
    public var description: String {
        switch self {
        case let .file(location): location.path
        case let .postgres(address): address.description
        }
    }

    /// True for the default file, chosen by no option or variable.
    public var isDefault: Bool {
        if case let .file(location) = self { return location.createsMissingFolders }
        return false
    }

    /// The database role a server store logs in as; nil for a file.
    public var serverUser: String? {
        if case let .postgres(address) = self { return address.user }
        return nil
    }

    /// Opens the store. `creating: false` opens a file only if it exists, read-only (nil when missing); a server
    /// store is always opened (and its tables created if the database is empty).
    public func open(creating: Bool, environment: [String: String]) throws -> (any EventStore)? {
        switch self {
        case let .file(location):
            creating ? try SQLiteEventStore(location: location) : try SQLiteEventStore.openForReading(url: location.url)
        case let .postgres(address):
            try PostgresEventStore(address: address, environment: environment)
        }
    }
}
