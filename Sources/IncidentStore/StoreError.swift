/// Everything that can go wrong with the store, worded for a tired responder: what happened, what is safe, what to do.
import Foundation
import IncidentCore

public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// Another writer appended to the incident since the caller loaded it. Nothing was written.
    case conflict(currentLastSequence: Int)
    /// The events to append are not numbered `expected, expected + 1, …` (a programming error). Nothing was written.
    case invalidSequence(incident: IncidentID, expected: Int, found: Int)
    /// One append carried events of several incidents (a programming error). Nothing was written.
    case mixedIncidents([IncidentID])
    /// An appended event reuses the id of a stored event. Nothing was written.
    case duplicateEvent(id: UUID)
    /// An imported event and a different stored event claim the same place in an incident's log.
    case importConflict(incident: IncidentID, sequence: Int)
    /// Importing would leave an incident's log with a hole at `missingSequence`.
    case importLeavesGap(incident: IncidentID, missingSequence: Int)
    /// The file is not an SQLite database (`SQLITE_NOTADB`). Left untouched.
    case notADatabase(path: String)
    /// The file is an SQLite database with tables, but not an incident store (another program's). Left untouched.
    case notAnIncidentStore(path: String, tables: [String])
    /// The file is an SQLite database but damaged (`SQLITE_CORRUPT` or a failed integrity check). Left untouched.
    case damaged(path: String, detail: String)
    /// The store was migrated by a newer build; `unknownMigrations` are the schema steps this build does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The folder that should hold the store is missing and cannot be created.
    case directoryUnavailable(path: String, reason: String)
    /// The folder of a store path someone gave does not exist; such folders are not created, in case of a typo.
    case folderMissing(path: String, folder: String)
    /// The store or its folder cannot be written (`SQLITE_READONLY`, a read-only disk, no permission).
    case readOnly(path: String, detail: String)
    /// The store file cannot be opened at all (`SQLITE_CANTOPEN`, it is a folder, …).
    case cannotOpen(path: String, reason: String)
    /// `SQLITE_FULL` or no space left on the device. The failed write was rolled back.
    case diskFull(path: String)
    /// Another process held the lock for longer than the busy timeout (`SQLITE_BUSY`/`SQLITE_LOCKED`).
    case busy(path: String, timeoutSeconds: Double)
    /// A stored event could not be decoded; names the incident and sequence of the row.
    case undecodableEvent(incident: IncidentID, sequence: Int, underlying: EventDecodingError)
    /// Any other SQLite or file-system failure, with SQLite's own words.
    case storage(path: String, detail: String)
    /// A shared store's server cannot be reached (refused, unknown host, timed out). Nothing was written.
    case serverUnreachable(server: String, detail: String)
    /// The connection to a shared store's server was lost during the step; what it wrote was all or nothing.
    case connectionLost(server: String, detail: String)
    /// The server refused the user's credentials.
    case authenticationFailed(server: String, user: String, detail: String)
    /// The server has no database of that name.
    case databaseMissing(server: String, database: String)
    /// The secure connection could not be set up, or the server does not offer one that was required.
    case tlsFailed(server: String, detail: String)
    /// The database holds another application's tables. Left untouched.
    case notAnIncidentDatabase(server: String, tables: [String])
    /// The server refused the write for this user (a grant or a row-level rule). Nothing was written.
    case permissionDenied(server: String, detail: String)

    public var description: String {
        switch self {
        case .conflict(let current):
            "someone else added to this incident while you were working (it is now at entry #\(current)): "
                + "nothing was saved; look at the latest state and try again"
        case let .invalidSequence(incident, expected, found):
            "internal error: an event for \(incident) is numbered #\(found) where #\(expected) was expected; "
                + "nothing was saved"
        case .mixedIncidents(let ids):
            "internal error: one save carried events of several incidents (\(ids.map(\.rawValue).joined(separator: ", "))); "
                + "nothing was saved"
        case .duplicateEvent(let id):
            "event \(id.uuidString) is already in the incident store: nothing was saved"
        case let .importConflict(incident, sequence):
            "cannot import: entry #\(sequence) of \(incident) in the store is a different event from the imported one "
                + "(the two logs have diverged); nothing was imported"
        case let .importLeavesGap(incident, missing):
            "cannot import: \(incident) would be missing entry #\(missing); import that incident's complete log; "
                + "nothing was imported"
        case .notADatabase(let path):
            "\(path) is not an incident store (it is not an SQLite database). The file was left untouched. "
                + "Check the --store option and INCIDENT_STORE, or move that file aside."
        case let .notAnIncidentStore(path, tables):
            "\(path) is an SQLite database but not an incident store (its tables: \(Self.list(tables))). "
                + "The file was left untouched. Check the --store option and INCIDENT_STORE, or choose a new file."
        case let .damaged(path, detail):
            "the incident store at \(path) is damaged (\(detail)). The file was left untouched: copy it somewhere safe "
                + "before any repair (for example `sqlite3 <copy> .recover`), and use --store with a new path meanwhile."
        case let .newerSchema(path, unknown):
            "the incident store at \(path) was written by a newer version of incident "
                + "(unknown schema steps: \(unknown.joined(separator: ", "))). The file was left untouched; "
                + "upgrade incident to use it."
        case let .directoryUnavailable(path, reason):
            "cannot create the folder for the incident store at \(path): \(reason). Nothing was written. "
                + "Choose another location with --store or INCIDENT_STORE."
        case let .folderMissing(path, folder):
            "cannot create the incident store at \(path): the folder \(folder) does not exist. Nothing was created. "
                + "Create that folder first if the store belongs there, or check the path given with --store or INCIDENT_STORE."
        case let .readOnly(path, detail):
            "cannot write to the incident store at \(path): \(detail). Nothing was saved. "
                + "Fix the permissions, or choose another location with --store or INCIDENT_STORE."
        case let .cannotOpen(path, reason):
            "cannot open the incident store at \(path): \(reason). Nothing was written. "
                + "Check the path given with --store or INCIDENT_STORE."
        case .diskFull(let path):
            "the disk is full: this entry was NOT saved; earlier entries are safe; free space and retry (store: \(path))"
        case let .busy(path, seconds):
            "the incident store is locked by another process for more than \(Self.format(seconds)) s: \(path). "
                + "Nothing was saved. Another incident command may be stuck; let it finish or quit it, then retry."
        case let .undecodableEvent(incident, sequence, underlying):
            "cannot read entry #\(sequence) of \(incident): \(underlying)"
        case let .storage(path, detail):
            "the incident store at \(path) failed: \(detail). The failed step changed nothing."
        default:
            serverDescription
        }
    }

    /// True when the server could not be reached or went away: the step may be kept and sent later.
    public var isUnreachable: Bool {
        switch self {
        case .serverUnreachable, .connectionLost: true
        default: false
        }
    }

    /// The first few names, then how many more.
    private static func list(_ names: [String]) -> String {
        let shown = names.prefix(5).joined(separator: ", ")
        return names.count > 5 ? "\(shown) and \(names.count - 5) more" : shown
    }

    /// "5" rather than "5.0", but keeps fractions such as "0.1".
    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
