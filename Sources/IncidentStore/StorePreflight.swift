/// Refuses a foreign, damaged or newer store through a read-only connection, before anything could write to it.
import Foundation
import GRDB

enum StorePreflight {
    /// What a file that may be opened holds.
    enum Verdict: Equatable {
        /// An incident store; `applied` are its migration identifiers (all known to this build).
        case store(applied: Set<String>)
        /// A file whose creation never finished (zero bytes, no tables, or only an empty `grdb_migrations`, as
        /// older builds left when killed while creating): holds nothing, so it is safe to finish or to read as empty.
        case unfinished
    }

    /// Inspects the file without changing a byte of it. The header is read by hand first, so a file that is not
    /// SQLite is refused before SQLite opens it. A WAL database with no `-wal` and no `-shm` beside it (no process
    /// has it open) is read as `immutable`, so no companion files appear beside a file that is then refused; if a
    /// `-wal` appeared meanwhile, a refusal is checked again through an ordinary read-only connection.
    static func check(path: String, busyTimeout: TimeInterval) throws -> Verdict {
        switch try StoreFileHeader.inspect(path) {
        case .missing: throw StoreError.cannotOpen(path: path, reason: "the file does not exist")
        case .empty: return .unfinished
        case .notSQLite: throw StoreError.notADatabase(path: path)
        case .sqlite(let wal):
            let quiet = wal && !StoreFileHeader.companionExists(path, "-wal") && !StoreFileHeader.companionExists(path, "-shm")
            if quiet {
                let before = FileIdentity(path)
                do {
                    return try inspect(path: path, opening: immutableURI(path), busyTimeout: busyTimeout)
                } catch let refusal as StoreError where before != nil && FileIdentity(path) == before
                    && !StoreFileHeader.companionExists(path, "-wal") {
                    // Nothing wrote the file while it was read: the refusal stands. (A process that opened the
                    // store meanwhile could have checkpointed under the immutable reader: checked again below.)
                    if case .cannotOpen = refusal {} else { throw refusal }
                } catch {
                    // This SQLite may not take URI file names, or the file changed: read it the ordinary way below.
                }
            }
            let walHeldChanges = StoreFileHeader.walHoldsChanges(path)
            do {
                return try inspect(path: path, opening: path, busyTimeout: busyTimeout)
            } catch let error as StoreError where wal && !walHeldChanges && !StoreFileHeader.companionExists(path, "-journal") {
                // A reader that cannot make or grow the -shm (read-only folder, full disk): with no changes in a
                // -wal, the file alone is the store, and can be read as immutable.
                switch error {
                case .readOnly, .cannotOpen, .diskFull, .storage:
                    return try inspect(path: path, opening: immutableURI(path), busyTimeout: busyTimeout)
                default:
                    throw error
                }
            }
        }
    }

    /// A read-only URI that tells SQLite the file cannot change: no locks, no `-wal` or `-shm` is created.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
    }

    private static func inspect(path: String, opening name: String, busyTimeout: TimeInterval) throws -> Verdict {
        try StoreError.mapping(path: path, busyTimeout: busyTimeout) {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(busyTimeout)
            // Opening already reads the first page: SQLITE_NOTADB surfaces here.
            let queue = try DatabaseQueue(path: name, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in try verdict(db, path: path) }
        }
    }

    /// Files up to this size get SQLite's whole-file check at every open (a few milliseconds).
    static let fullCheckLimit = 16 << 20

    private static func verdict(_ db: Database, path: String) throws -> Verdict {
        // quick_check walks every page, so a truncated or scribbled file is reported at open rather than half-way
        // through a responder's entry. It costs the file's size, so above `fullCheckLimit` (a long incident's store)
        // only truncation is checked at open, when no `-wal` holds changes; a scribbled page of a large store is
        // reported as damaged when a command reads it.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size <= fullCheckLimit {
            let problems = try String.fetchAll(db, sql: "PRAGMA quick_check(3)")
            guard problems == ["ok"] else {
                throw StoreError.damaged(path: path, detail: problems.joined(separator: "; "))
            }
        } else if !StoreFileHeader.walHoldsChanges(path) {
            // Only without a `-wal` holding changes: until a checkpoint, pages the log grew into live in the `-wal`,
            // and the page count includes them.
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            guard size >= pages * pageSize else {
                throw StoreError.damaged(path: path, detail: "the file is \(size) bytes but its header says \(pages * pageSize): it was cut short")
            }
        }
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if tables.isEmpty { return .unfinished }
        let applied = try StoreSchema.migrator.appliedIdentifiers(db)
        if tables == ["grdb_migrations"], applied.isEmpty { return .unfinished }
        // Someone else's database (another tool's, a browser's history) is refused rather than given our table.
        guard try StoreSchema.holdsTheEventLog(db) else { throw StoreError.notAnIncidentStore(path: path, tables: tables) }
        let unknown = try StoreSchema.unknownMigrations(db)
        guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        return .store(applied: applied)
    }
}

/// What changes when anything writes a file: its inode, size and modification time.
private struct FileIdentity: Equatable {
    let attributes: [String]

    init?(_ path: String) {
        guard let found = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let modified = (found[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        attributes = ["\(found[.systemFileNumber] ?? "-")", "\(found[.size] ?? "-")", "\(modified)"]
    }
}
