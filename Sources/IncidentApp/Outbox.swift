/// The durable local queue of a console offline from its shared store: events decided while the server was away,
/// kept in an SQLite file beside the user's config until they are sent.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import IncidentCore

/// What one command typed offline came to: its events, decided on the last known state, in the order they were kept.
public struct OutboxItem: Sendable, Equatable {
    /// The order kept: items are sent oldest first.
    public var position: Int64
    public var incident: IncidentID
    public var events: [Event]
    /// Which event's command is decided again when it is sent (`ReplayCheck.command(for:)`).
    public var anchor: Int
    /// The last sequence the server was known to hold when it was decided: its events, if ever stored, come after it.
    public var basis: Int

    public init(position: Int64 = 0, incident: IncidentID, events: [Event], anchor: Int, basis: Int) {
        self.position = position
        self.incident = incident
        self.events = events
        self.anchor = anchor
        self.basis = basis
    }

    public var eventIDs: Set<UUID> { Set(events.map(\.id)) }
}

/// One file per user (`$XDG_CONFIG_HOME/incident/outbox.sqlite`), rows keyed by store address and incident, written
/// with `synchronous = FULL`: an item is on disk before `add` returns. Several consoles of one user may share it.
public final class Outbox: Sendable {
    public let url: URL
    private let queue: DatabaseQueue

    /// `$XDG_CONFIG_HOME/incident/outbox.sqlite`, else `~/.config/incident/outbox.sqlite`.
    public static func defaultURL(environment: [String: String]) -> URL {
        UserFolders.folder("XDG_CONFIG_HOME", fallback: ".config", name: "outbox.sqlite", environment: environment)
    }

    /// Opens the file, creating it (mode 0600, in folders made 0700) when `creating`; nil when it is missing and not.
    public static func open(at url: URL, creating: Bool) throws -> Outbox? {
        if !FileManager.default.fileExists(atPath: url.path) {
            guard creating else { return nil }
            try UserFolders.makePrivateFolder(url.deletingLastPathComponent())
            let descriptor = Glibc.open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard descriptor >= 0 else {
                throw AppError.usage("could not create the local queue \(url.path): \(String(cString: strerror(errno))).")
            }
            close(descriptor)
        }
        return try Outbox(url: url)
    }

    private init(url: URL) throws {
        self.url = url
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            queue = try DatabaseQueue(path: url.path, configuration: configuration)
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS queued (
                        position INTEGER PRIMARY KEY AUTOINCREMENT,
                        store TEXT NOT NULL,
                        incident TEXT NOT NULL,
                        anchor INTEGER NOT NULL,
                        basis INTEGER NOT NULL,
                        events TEXT NOT NULL)
                    """)
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS known_state (
                        store TEXT NOT NULL,
                        incident TEXT NOT NULL,
                        snapshot BLOB NOT NULL,
                        PRIMARY KEY (store, incident))
                    """)
            }
        } catch {
            throw AppError.contention("could not open the local queue \(url.path): \(error).")
        }
    }

    /// Keeps `item` for `store` durably (committed and synced before it returns); returns it with its position.
    @discardableResult
    public func add(_ item: OutboxItem, store: String) throws -> OutboxItem {
        let lines = item.events.map(EventWire.encode).joined(separator: "\n")
        var kept = item
        try write {
            try $0.execute(sql: "INSERT INTO queued (store, incident, anchor, basis, events) VALUES (?, ?, ?, ?, ?)",
                           arguments: [store, item.incident.rawValue, item.anchor, item.basis, lines])
            kept.position = $0.lastInsertedRowID
        }
        return kept
    }

    /// The items kept for `store`, oldest first; for one incident when `incident` is given.
    public func items(store: String, incident: IncidentID? = nil) throws -> [OutboxItem] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT position, incident, anchor, basis, events FROM queued
                WHERE store = ? AND (? IS NULL OR incident = ?) ORDER BY position
                """, arguments: [store, incident?.rawValue, incident?.rawValue])
        }
        return try rows.map { row in
            let text: String = row["events"]
            let events = try text.split(separator: "\n").map { line in
                do { return try EventWire.decode(Array(line.utf8)) } catch {
                    throw AppError.usage("the local queue \(url.path) holds an entry that cannot be read: \(error)")
                }
            }
            return OutboxItem(position: row["position"], incident: IncidentID(row["incident"] as String), events: events,
                              anchor: row["anchor"], basis: row["basis"])
        }
    }

    /// Forgets an item once it is stored on the server (or refused there and shown to the person).
    public func remove(_ position: Int64) throws {
        try write { try $0.execute(sql: "DELETE FROM queued WHERE position = ?", arguments: [position]) }
    }

    /// Keeps the state an incident had when the server went away, so a console started while it is still away can show
    /// the incident and decide on it (`StateSnapshot`'s bytes).
    public func saveKnownState(_ state: IncidentState, store: String) throws {
        guard let id = state.id else { return }
        try write {
            try $0.execute(sql: "INSERT OR REPLACE INTO known_state (store, incident, snapshot) VALUES (?, ?, ?)",
                           arguments: [store, id.rawValue, Data(StateSnapshot.encode(state))])
        }
    }

    /// The states kept for `store`, by incident (one that cannot be read is left out: the server has the truth).
    public func knownStates(store: String) throws -> [IncidentState] {
        let blobs = try read { db in
            try Data.fetchAll(db, sql: "SELECT snapshot FROM known_state WHERE store = ? ORDER BY incident", arguments: [store])
        }
        return blobs.compactMap { try? StateSnapshot.decode($0) }
    }

    /// Forgets the kept states once the server answers again (they would only grow stale).
    public func forgetKnownStates(store: String) throws {
        try write { try $0.execute(sql: "DELETE FROM known_state WHERE store = ?", arguments: [store]) }
    }

    private func write(_ body: (Database) throws -> Void) throws {
        do { try queue.write(body) } catch {
            throw AppError.contention("could not write the local queue \(url.path): \(error). The entry was not kept.")
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch {
            throw AppError.contention("could not read the local queue \(url.path): \(error).")
        }
    }
}
