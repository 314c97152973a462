/// What only a server store does: its schema steps, refusing another application's database, clear errors for a
/// server that is missing, refuses the login or goes away, and live notice of every append.
import Foundation
import IncidentCore
import IncidentPostgres
import Testing
@testable import IncidentStore

@Suite(.enabled(if: Engine.available.contains(.postgres))) struct PostgresStoreTests {
    @Test func aNewDatabaseGetsTheTablesAndItsSchemaStepsOnce() throws {
        let database = try TestDatabase(.postgres)
        _ = try database.open()
        _ = try database.open()
        let steps = try TestDatabase.rows("SELECT step FROM incident_schema", on: database.address!)
        #expect(steps == ["v1-event-log"])
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftUntouched() throws {
        let database = try TestDatabase(.postgres)
        try TestDatabase.execute("CREATE TABLE customers (id int)", on: database.address!)
        try TestDatabase.execute("INSERT INTO customers VALUES (7)", on: database.address!)

        #expect(throws: StoreError.notAnIncidentDatabase(server: database.address!.description, tables: ["customers"])) {
            try database.open()
        }
        let tables = try TestDatabase.rows("""
            SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name
            """, on: database.address!)
        #expect(tables == ["customers"])
        #expect(try TestDatabase.rows("SELECT id::text FROM customers", on: database.address!) == ["7"])
    }

    @Test func aStoreMigratedByANewerBuildIsRefused() throws {
        let database = try TestDatabase(.postgres)
        _ = try database.open()
        try TestDatabase.execute("INSERT INTO incident_schema (step) VALUES ('v9-teleport')", on: database.address!)

        #expect(throws: StoreError.newerSchema(path: database.address!.description, unknownMigrations: ["v9-teleport"])) {
            try database.open()
        }
    }

    @Test func aServerThatIsNotThereIsUnreachable() throws {
        let address = PostgresAddress(host: "127.0.0.1", port: try Self.closedPort(), user: "postgres", database: "x", sslMode: .disable)
        let error = #expect(throws: StoreError.self) { try PostgresEventStore(address: address, environment: [:]) }
        guard case let .serverUnreachable(server, detail)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(server == address.description)
        #expect(detail == "Connection refused")
        #expect(error?.isUnreachable == true)
    }

    @Test func anUnknownRoleAndAMissingDatabaseAreNamed() throws {
        var address = try #require(TestDatabase(.postgres).address)
        address.user = "nobody_here"
        let login = #expect(throws: StoreError.self) { try PostgresEventStore(address: address, environment: [:]) }
        guard case .authenticationFailed(_, "nobody_here", _)? = login else { Issue.record("\(String(describing: login))"); return }

        address.user = "postgres"
        address.database = "no_such_database"
        #expect(throws: StoreError.databaseMissing(server: address.description, database: "no_such_database")) {
            try PostgresEventStore(address: address, environment: [:])
        }
    }

    /// The tests' server offers TLS with a certificate of its own (Scripts/postgres-server), trusted through this file.
    static var rootCertificate: String? { ProcessInfo.processInfo.environment["INCIDENT_TEST_POSTGRES_ROOT_CERT"] }

    @Test(.enabled(if: rootCertificate != nil)) func requireEncryptsAndVerifyFullChecksTheCertificate() throws {
        let database = try TestDatabase(.postgres)
        var address = try #require(database.address)
        address.sslMode = .require
        let store = try PostgresEventStore(address: address, environment: [:])
        try store.append([Sample.declared()], expectedLastSequence: 0)
        let encrypted = try TestDatabase.rows("""
            SELECT bool_and(s.ssl)::text FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.datname = '\(address.database)'
            """, on: database.admin!)
        #expect(encrypted == ["true"])
        _ = store

        address.sslMode = .verifyFull
        address.host = "localhost"
        let verified = try PostgresEventStore(address: address, environment: ["PGSSLROOTCERT": try #require(Self.rootCertificate)])
        #expect(try verified.events(for: Sample.incident).count == 1)

        // Without the certificate to trust, the server's own certificate does not verify.
        let error = #expect(throws: StoreError.self) { try PostgresEventStore(address: address, environment: [:]) }
        guard case .tlsFailed? = error else { Issue.record("\(String(describing: error))"); return }
    }

    @Test func aLostConnectionIsReplacedAndTheAppendMadeOnce() throws {
        let database = try TestDatabase(.postgres)
        let store = try database.open()
        try store.append([Sample.declared()], expectedLastSequence: 0)
        try TestDatabase.execute("""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database.address!.database)' AND pid <> pg_backend_pid()
            """, on: database.admin!)

        // The store finds its connection gone (at once, or when the first statement fails) and connects again.
        let entry = Sample.entry(sequence: 2)
        try store.append([entry], expectedLastSequence: 1)
        #expect(try store.events(for: Sample.incident).map(\.id) == [try #require(store.events(for: Sample.incident).first).id, entry.id])
    }

    @Test func theWatcherHearsAnotherWritersAppendAndIsQuietOtherwise() throws {
        let database = try TestDatabase(.postgres)
        let writer = try database.open()
        let watcher = try database.open().changeWatcher()
        #expect(try watcher.hasChanged())
        #expect(try !watcher.hasChanged())

        try writer.append([Sample.declared()], expectedLastSequence: 0)
        let deadline = Date().addingTimeInterval(10)
        var heard = false
        while !heard, Date() < deadline {
            heard = try watcher.hasChanged()
            if !heard { usleep(10_000) }
        }
        #expect(heard)
        #expect(try !watcher.hasChanged())
    }

    @Test func eachWriteRecordsTheDatabaseRoleThatMadeIt() throws {
        let database = try TestDatabase(.postgres)
        try database.open().append([Sample.declared()], expectedLastSequence: 0)
        #expect(try TestDatabase.rows("SELECT written_by::text FROM incident_event", on: database.address!) == ["postgres"])
    }

    /// A loopback port nothing listens on: bound, then released.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
