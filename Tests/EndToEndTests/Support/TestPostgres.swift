/// A fresh database on the tests' PostgreSQL server (INCIDENT_TEST_POSTGRES, which `Scripts/with-postgres` sets),
/// made and dropped with psql, for end-to-end runs of the real binary on a shared store.
import Foundation
import TestSupport

enum TestPostgres {
    static let environment = ProcessInfo.processInfo.environment
    /// The admin address, e.g. postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable.
    static var server: String? { environment["INCIDENT_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } }
    static var required: Bool { environment["INCIDENT_TEST_POSTGRES_REQUIRED"] == "1" }
    /// Whether tests on PostgreSQL run: the server is given, or it is required (and then they fail without it).
    static var enabled: Bool { server != nil || required }

    struct Missing: Error, CustomStringConvertible {
        var description = "INCIDENT_TEST_POSTGRES is not set: run the tests with Scripts/with-postgres"
    }

    /// Creates a database and returns its address, with the same options as the server's.
    static func createDatabase() throws -> String {
        guard let server, let components = URLComponents(string: server) else { throw Missing() }
        let name = "incident_e2e_" + UUID().uuidString.prefix(8).lowercased()
        try psql(server, "CREATE DATABASE \(name)")
        var database = components
        database.path = "/" + name
        return database.string!
    }

    static func dropDatabase(_ address: String) {
        guard let server, let name = URLComponents(string: address)?.path.dropFirst() else { return }
        _ = try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs one statement; returns what psql printed (unaligned, tuples only).
    @discardableResult
    static func psql(_ address: String, _ sql: String) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("incident-psql-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = try Subprocess.run("/usr/bin/env", ["psql", address, "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-c", sql],
                                        environment: ["PATH": environment["PATH"] ?? "/usr/bin:/bin"], scratchFolder: scratch.path)
        guard output.status == 0 else {
            throw PSQLFailed(description: "psql \(sql): \(output.errors)")
        }
        return output.output
    }

    struct PSQLFailed: Error, CustomStringConvertible { var description: String }
}
