/// The tables on the server and their versioned steps; a database holding another application's tables is refused.
import Foundation
import IncidentStore
import PostgresNIO

enum PostgresSchema {
    /// Schema steps this build knows, oldest first; each is recorded in `incident_schema` once applied.
    static let steps: [(name: String, sql: String)] = [
        ("v1-event-log", """
            CREATE TABLE incident_event (
                id uuid PRIMARY KEY,
                incident text NOT NULL,
                seq integer NOT NULL CHECK (seq >= 1),
                kind text NOT NULL,
                occurred_at text NOT NULL,
                logged_at text NOT NULL,
                actor text NOT NULL,
                payload text NOT NULL,
                written_by name NOT NULL DEFAULT current_user,
                UNIQUE (incident, seq)
            )
            """),
    ]

    static var version: String { steps.last?.name ?? "" }
    /// The channel every append notifies, with "incident:sequence" as its payload.
    static let channel = "incident_console"
    /// Serialises migrations across machines (an arbitrary constant of this program's).
    static let migrationLock = 0x1C1D_0001
}

extension PostgresEventStore {
    /// Creates or completes the tables, under an advisory lock so that two first users do not race.
    func migrate() throws {
        try transaction { connection in
            _ = try run("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))", on: connection)
            let tables = try run("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
                """, on: connection).map { try $0.decode(String.self) }
            var applied: [String] = []
            if tables.contains("incident_schema") {
                applied = try run("SELECT step FROM incident_schema ORDER BY step", on: connection).map { try $0.decode(String.self) }
            } else if !tables.isEmpty {
                throw StoreError.notAnIncidentDatabase(server: server, tables: tables)
            }
            let known = Set(PostgresSchema.steps.map(\.name))
            let unknown = applied.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw StoreError.newerSchema(path: server, unknownMigrations: unknown) }
            let missing = PostgresSchema.steps.filter { !applied.contains($0.name) }
            guard !missing.isEmpty else { return }
            if !tables.contains("incident_schema") {
                _ = try run("CREATE TABLE incident_schema (step text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", on: connection)
            }
            for step in missing {
                _ = try run(PostgresQuery(unsafeSQL: step.sql), on: connection)
                _ = try run("INSERT INTO incident_schema (step) VALUES (\(step.name))", on: connection)
            }
        }
    }
}
