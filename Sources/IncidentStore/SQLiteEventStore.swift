/// Opens the SQLite event log: for writing (created atomically, checked, WAL, FULL sync, migrations) or read-only.
import Foundation
import GRDB
import IncidentCore

public final class SQLiteEventStore: EventStore {
    public let url: URL
    public let options: StoreOptions
    /// True for a store opened with `openForReading`: SQLite itself refuses every write (`StoreError.readOnly`).
    public let isReadOnly: Bool
    let pool: DatabasePool

    /// Opens the store at `url` for reading and writing. A missing store is created atomically (built in a
    /// temporary file, mode 0600, and linked into place: see `StoreCreation`), and, if `createsMissingFolders`,
    /// missing folders (0700); otherwise a missing folder is refused (`StoreError.folderMissing`) and nothing is
    /// created. An existing file that is not a store, is damaged, or was written by a newer schema is refused
    /// untouched.
    public convenience init(url: URL, options: StoreOptions = StoreOptions(), createsMissingFolders: Bool = true) throws {
        try StoreFiles.prepare(url, creatingFolders: createsMissingFolders)
        try StoreCreation.ensure(url.path, options: options)
        try self.init(existing: url, options: options)
    }

    /// Opens the store at a resolved location: folders are created for the default location only.
    public convenience init(location: StoreLocation, options: StoreOptions = StoreOptions()) throws {
        try self.init(url: location.url, options: options, createsMissingFolders: location.createsMissingFolders)
    }

    /// Opens an existing store for reading and writing, creating nothing when its file is missing (returns nil).
    public static func openIfPresent(url: URL, options: StoreOptions = StoreOptions()) throws -> SQLiteEventStore? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        try StoreFiles.refuseFolder(at: url.path)
        return try SQLiteEventStore(existing: url, options: options)
    }

    /// Opens the store for reading only (`SQLITE_OPEN_READONLY`), for commands such as `list`, `show` and
    /// `export`: no file is created, no migration runs, and no byte of the store or its -wal changes, so reading
    /// works on a read-only file, folder or file system, on a full disk, and while another process writes.
    /// Nil when there is no store to read: no file, a zero-byte file, or a creation that never finished.
    public static func openForReading(url: URL, options: StoreOptions = StoreOptions()) throws -> SQLiteEventStore? {
        let path = url.path
        try StoreFiles.refuseFolder(at: path)
        guard try StoreFileHeader.inspect(path) != .missing,
              case .store = try StorePreflight.check(path: path, busyTimeout: options.busyTimeout) else { return nil }
        return SQLiteEventStore(url: url, options: options, reader: try StoreReadOnly.open(path: path, options: options))
    }

    private init(url: URL, options: StoreOptions, reader: DatabasePool) {
        self.url = url
        self.options = options
        isReadOnly = true
        pool = reader
    }

    private init(existing url: URL, options: StoreOptions) throws {
        self.url = url
        self.options = options
        isReadOnly = false
        do {
            pool = try Self.retryingWhileBusy(options.busyTimeout) {
                try StoreError.mapping(path: url.path, busyTimeout: options.busyTimeout) {
                    try Self.openPool(path: url.path, options: options)
                }
            }
        } catch StoreError.cannotOpen(let path, let reason) {
            // SQLite says "unable to open" when it cannot make the -wal or -shm beside a store it may not write.
            throw StoreFiles.unwritable(path).map { StoreError.readOnly(path: path, detail: $0) }
                ?? StoreError.cannotOpen(path: path, reason: reason)
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
        let verdict = try checkedRollingBackAHotJournal(path: path, options: options)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(options.busyTimeout)
        // Reads are of one incident's snapshot and tail, streamed once: a small page cache per connection
        // (SQLite's default is 2 MiB each) keeps a long incident's console from holding the whole snapshot twice.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -512") }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { db in
            // GRDB sets NORMAL when it enables WAL; FULL makes each committed entry survive a power cut.
            // The pool keeps this one writer connection for its lifetime, so setting it once suffices.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        // Finishes a creation that older builds left unfinished; a complete store takes no write lock here.
        if verdict != .store(applied: Set(StoreSchema.knownMigrations)) { try StoreSchema.migrate(pool) }
        try StoreSchema.ensureCaches(pool)
        // A newer build may have migrated between the preflight and now.
        let unknown = try pool.read { try StoreSchema.unknownMigrations($0) }
        guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        if let maxPageCount = options.maxPageCount {
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        return pool
    }

    /// The preflight's verdict. A rollback journal left by a killed writer (older builds created stores in that
    /// mode) cannot be rolled back by the read-only preflight: an ordinary connection rolls it back, as SQLite
    /// requires before anyone reads the file, and the file is checked again.
    private static func checkedRollingBackAHotJournal(path: String, options: StoreOptions) throws -> StorePreflight.Verdict {
        do {
            return try StorePreflight.check(path: path, busyTimeout: options.busyTimeout)
        } catch StoreError.readOnly where StoreFileHeader.companionExists(path, "-journal") {
            var configuration = Configuration()
            configuration.busyMode = .timeout(options.busyTimeout)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { _ = try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
            try queue.close()
            return try StorePreflight.check(path: path, busyTimeout: options.busyTimeout)
        }
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
