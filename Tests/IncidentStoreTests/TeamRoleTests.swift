/// The row-level rule in docs/teams.md, run as written on a real server: a team role adds entries in its own name,
/// is refused one in anyone else's, and cannot change or delete a stored entry.
import Foundation
import IncidentCore
import IncidentPostgres
import Testing
@testable import IncidentStore

@Suite(.enabled(if: Engine.available.contains(.postgres))) struct TeamRoleTests {
    /// The SQL block of docs/teams.md, as its statements, with the example names replaced by this run's own
    /// (roles belong to the whole server, and tests run side by side).
    static func teamRuleStatements(database: String, names: [String: String]) throws -> [String] {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "docs/teams.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let block = try #require(text.components(separatedBy: "```sql\n").dropFirst().first?.components(separatedBy: "```").first)
        var sql = block.replacingOccurrences(of: "DATABASE incidents", with: "DATABASE \(database)")
        for (example, name) in names {
            sql = sql.replacingOccurrences(of: "\\b\(example)\\b", with: name, options: .regularExpression)
        }
        return sql.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    @Test func aTeamRoleWritesInItsOwnNameOnly() throws {
        let database = try TestDatabase(.postgres)
        let owner = try database.open()
        try owner.append([Sample.declared()], expectedLastSequence: 0)
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let names = ["incident_team": "team_\(suffix)", "alex": "alex_\(suffix)", "sam": "sam_\(suffix)"]
        let admin = try #require(database.address)
        let server = try #require(database.admin)
        defer {
            database.drop()
            for role in ["alex", "sam", "incident_team"] {
                try? TestDatabase.execute("DROP ROLE IF EXISTS \(names[role]!)", on: server)
            }
        }
        for statement in try Self.teamRuleStatements(database: admin.database, names: names) {
            try TestDatabase.execute(statement, on: admin)
        }

        var alexAddress = admin
        alexAddress.user = names["alex"]!
        let alex = try PostgresEventStore(address: alexAddress, environment: [:])
        let own = Sample.entry(sequence: 2, actor: Person(names["alex"]!))
        try alex.append([own], expectedLastSequence: 1)

        let asSam = Sample.entry(sequence: 3, actor: Person(names["sam"]!))
        let refused = #expect(throws: StoreError.self) { try alex.append([asSam], expectedLastSequence: 2) }
        guard case let .permissionDenied(server, detail)? = refused else { Issue.record("\(String(describing: refused))"); return }
        #expect(server == alexAddress.description)
        #expect(detail.contains("row-level security"))
        #expect(try alex.events(for: Sample.incident).map(\.id) == [try owner.events(for: Sample.incident)[0].id, own.id])

        #expect(throws: (any Error).self) {
            try TestDatabase.execute("UPDATE incident_event SET payload = 'x' WHERE seq = 2", on: alexAddress)
        }
        #expect(throws: (any Error).self) {
            try TestDatabase.execute("DELETE FROM incident_event", on: alexAddress)
        }
        #expect(try owner.events(for: Sample.incident).count == 2)
        #expect(try TestDatabase.rows("SELECT written_by::text FROM incident_event ORDER BY seq", on: admin) == ["postgres", names["alex"]!])
    }
}
