/// Refuses a foreign, damaged or newer store through a read-only connection, before anything could write to it.
import Foundation
import GRDB

enum StorePreflight {
    static func check(path: String, busyTimeout: TimeInterval) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        // Opening already reads the first page: SQLITE_NOTADB surfaces here.
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        try queue.read { db in
            // quick_check walks every page (O(size), milliseconds for an incident log), so a truncated
            // or scribbled file is reported at open rather than half-way through a responder's entry.
            let problems = try String.fetchAll(db, sql: "PRAGMA quick_check(3)")
            guard problems == ["ok"] else {
                throw StoreError.damaged(path: path, detail: problems.joined(separator: "; "))
            }
            // Someone else's database (another tool's, a browser's history) is refused rather than given our table.
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            if !tables.isEmpty, try !StoreSchema.holdsTheEventLog(db) {
                throw StoreError.notAnIncidentStore(path: path, tables: tables)
            }
            let unknown = try StoreSchema.unknownMigrations(db)
            guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        }
    }
}
