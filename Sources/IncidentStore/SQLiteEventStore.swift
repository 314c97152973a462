/// Opens the SQLite event log: folders and file with private modes, a read-only check, WAL, FULL sync, migrations.
import Foundation
import GRDB
import IncidentCore

public final class SQLiteEventStore: EventStore {
    public let url: URL
    public let options: StoreOptions
    let pool: DatabasePool

    /// Opens the store at `url`, creating the file (0600) and, if `createsMissingFolders`, missing folders (0700);
    /// otherwise a missing folder is refused (`StoreError.folderMissing`) and nothing is created.
    /// An existing file that is not a store, is damaged, or was written by a newer schema is refused untouched.
    public convenience init(url: URL, options: StoreOptions = StoreOptions(), createsMissingFolders: Bool = true) throws {
        try StoreFiles.prepare(url, creatingFolders: createsMissingFolders)
        try self.init(existing: url, options: options)
    }

    /// Opens the store at a resolved location: folders are created for the default location only.
    public convenience init(location: StoreLocation, options: StoreOptions = StoreOptions()) throws {
        try self.init(url: location.url, options: options, createsMissingFolders: location.createsMissingFolders)
    }

    /// Opens the store only if its file exists, creating nothing otherwise: lets read-only commands
    /// such as `incident list` say "no incidents yet" on a fresh machine without leaving files behind.
    public static func openIfPresent(url: URL, options: StoreOptions = StoreOptions()) throws -> SQLiteEventStore? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        try StoreFiles.refuseFolder(at: url.path)
        return try SQLiteEventStore(existing: url, options: options)
    }

    private init(existing url: URL, options: StoreOptions) throws {
        self.url = url
        self.options = options
        pool = try Self.retryingWhileBusy(options.busyTimeout) {
            try StoreError.mapping(path: url.path, busyTimeout: options.busyTimeout) {
                try Self.openPool(path: url.path, options: options)
            }
        }
    }

    /// Opening a new store races other processes doing the same: switching it to WAL and migrating take locks
    /// for which SQLite can answer "busy" at once, without waiting. Opening again shortly after succeeds; only
    /// a lock held for the whole busy timeout is reported.
    private static func retryingWhileBusy<T>(_ timeout: TimeInterval, _ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            do {
                return try body()
            } catch StoreError.busy where Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    private static func openPool(path: String, options: StoreOptions) throws -> DatabasePool {
        try StorePreflight.check(path: path, busyTimeout: options.busyTimeout)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(options.busyTimeout)
        let pool = try DatabasePool(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { db in
            // GRDB sets NORMAL when it enables WAL; FULL makes each committed entry survive a power cut.
            // The pool keeps this one writer connection for its lifetime, so setting it once suffices.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        try StoreSchema.migrate(pool)
        // A newer build may have migrated between the preflight and now.
        let unknown = try pool.read { try StoreSchema.unknownMigrations($0) }
        guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        if let maxPageCount = options.maxPageCount {
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        return pool
    }

    /// Closes the connections now rather than when the store is released.
    public func close() throws {
        // Readers first, so the writer is the last connection: SQLite then checkpoints and removes the -wal,
        // leaving the .sqlite file complete on its own (people copy it without its -wal). GRDB's `close()`
        // alone closes the writer first, which leaves the log in the -wal. Releasing the store does it right.
        pool.releaseMemory()
        try mapping { try pool.close() }
    }

    func mapping<T>(_ body: () throws -> T) throws -> T {
        try StoreError.mapping(path: url.path, busyTimeout: options.busyTimeout, body)
    }

    /// Runs `updates` in an IMMEDIATE transaction: the write lock is taken before anything is read, so checks
    /// made inside (such as the last sequence) still hold at commit, across processes.
    func writeImmediately<T>(_ updates: (Database) throws -> T) throws -> T {
        try mapping {
            try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try updates(db)
                    return .commit
                }
                return result!
            }
        }
    }
}
