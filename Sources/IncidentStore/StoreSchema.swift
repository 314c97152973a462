/// The table layout, as GRDB migrations whose identifiers double as the store's comparable schema version.
import Foundation
import GRDB

public enum StoreSchema {
    /// Migration identifiers this build knows, oldest first. Never rename or reorder: they are stored in each file.
    public static let knownMigrations = migrator.migrations

    /// The newest schema step this build writes.
    public static var version: String { knownMigrations.last ?? "" }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-event-log") { db in
            // One row per event; `payload` is the full JSON line and the only source of truth. The other columns
            // copy fields out of it for querying. UNIQUE(incident, seq) is also the (incident, seq) index, so
            // no second index is created for it.
            try db.execute(sql: """
                CREATE TABLE event (
                    id TEXT PRIMARY KEY NOT NULL,
                    incident TEXT NOT NULL,
                    seq INTEGER NOT NULL CHECK (seq >= 1),
                    kind TEXT NOT NULL,
                    occurred_at TEXT,
                    logged_at TEXT,
                    actor TEXT,
                    payload TEXT NOT NULL,
                    UNIQUE (incident, seq)
                );
                CREATE INDEX event_kind ON event(kind);
                CREATE INDEX event_occurred_at ON event(occurred_at);
                """)
        }
        return migrator
    }()

    /// Caches beside the record (the state snapshots): created outside the migrations, so a store stays readable
    /// and writable by builds that do not know them (they append without refreshing the cache, and the newer
    /// build reads its snapshot plus every event after it). Never part of the record.
    static func createCaches(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS state_snapshot (
                incident TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                format INTEGER NOT NULL,
                state BLOB NOT NULL
            );
            """)
    }

    /// Creates the caches if the file lacks them; a write only then, so opening a complete store writes nothing.
    static func ensureCaches(_ pool: DatabasePool) throws {
        guard try !pool.read({ try $0.tableExists("state_snapshot") }) else { return }
        try pool.write { try createCaches($0) }
    }

    /// Whether the file was ever set up as an incident store: every version starts with the first migration.
    static func holdsTheEventLog(_ db: Database) throws -> Bool {
        guard let first = knownMigrations.first else { return false }
        return try migrator.appliedIdentifiers(db).contains(first)
    }

    /// Migration identifiers in the file that this build does not know: written by a newer version.
    static func unknownMigrations(_ db: Database) throws -> [String] {
        try migrator.appliedIdentifiers(db).subtracting(knownMigrations).sorted()
    }

    /// Applies missing migrations. Several processes may open a new store at once: GRDB runs each migration
    /// in its own transaction, so a loser fails on "table already exists"; if the applied set has grown
    /// meanwhile, another process did the work and we simply try again from where it is now.
    static func migrate(_ pool: DatabasePool) throws {
        var applied = try pool.read { try migrator.appliedIdentifiers($0) }
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                let now = try pool.read { try migrator.appliedIdentifiers($0) }
                guard now.count > applied.count else { throw error }
                applied = now
            }
        }
    }
}
