/// Tells cheaply whether anything was committed to the store, so live follow queries nothing while it is idle.
import Foundation
import GRDB

/// Answers "was anything committed since the last call?", by any process, without reading any event.
/// Used from one thread or queue at a time.
public protocol StoreChangeWatcher: AnyObject {
    /// True on the first call, then whenever a commit happened since the previous call.
    func hasChanged() throws -> Bool
}

/// For stores that cannot tell: every call says something may have changed.
final class AlwaysChangedWatcher: StoreChangeWatcher {
    func hasChanged() throws -> Bool { true }
}

extension EventStore {
    public func changeWatcher() throws -> any StoreChangeWatcher { AlwaysChangedWatcher() }
}

extension SQLiteEventStore {
    /// Keeps one read-only connection of its own: SQLite's `PRAGMA data_version` on one connection changes
    /// whenever another connection (in this process or another) commits, and costs no read of the tables.
    public func changeWatcher() throws -> any StoreChangeWatcher {
        try mapping { try DataVersionWatcher(path: url.path, busyTimeout: options.busyTimeout) }
    }
}

final class DataVersionWatcher: StoreChangeWatcher {
    private let connection: DatabaseQueue
    private let path: String
    private let busyTimeout: TimeInterval
    private var last: Int64?

    init(path: String, busyTimeout: TimeInterval) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        connection = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        self.busyTimeout = busyTimeout
    }

    func hasChanged() throws -> Bool {
        let version = try StoreError.mapping(path: path, busyTimeout: busyTimeout) {
            try connection.inDatabase { try Int64.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
        }
        defer { last = version }
        return last != version
    }
}
