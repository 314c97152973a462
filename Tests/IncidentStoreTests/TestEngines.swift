/// The store tests run on both engines: SQLite in a temporary folder, and a fresh database on a real PostgreSQL
/// server (INCIDENT_TEST_POSTGRES, an admin address; `.ci/run` starts one). Without it the PostgreSQL runs are left
/// out, unless INCIDENT_TEST_POSTGRES_REQUIRED=1 (CI), when they fail saying why.
import Foundation
import IncidentCore
import IncidentPostgres
import Logging
import PostgresNIO
import Testing
@testable import IncidentStore

enum Engine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let environment = ProcessInfo.processInfo.environment
    static var serverAddress: String? { environment["INCIDENT_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } }
    static var serverRequired: Bool { environment["INCIDENT_TEST_POSTGRES_REQUIRED"] == "1" }

    /// The engines this run tests.
    static var available: [Engine] { serverAddress != nil || serverRequired ? [.sqlite, .postgres] : [.sqlite] }
}

/// One test's own store: a folder holding the file, or a database created for it and dropped afterwards.
final class TestDatabase: @unchecked Sendable {
    let engine: Engine
    private var folder: TemporaryFolder?
    private(set) var address: PostgresAddress?
    private(set) var admin: PostgresAddress?

    init(_ engine: Engine) throws {
        self.engine = engine
        switch engine {
        case .sqlite:
            folder = try TemporaryFolder()
        case .postgres:
            guard let text = Engine.serverAddress else {
                throw TestServerMissing()
            }
            let admin = try PostgresAddress.parse(text, environment: [:], loginName: "postgres")
            let name = "incident_test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
            try Self.execute("CREATE DATABASE \(name)", on: admin)
            var address = admin
            address.database = name
            self.admin = admin
            self.address = address
        }
    }

    deinit { drop() }

    /// Drops the database now (it is dropped at the end otherwise).
    func drop() {
        if let admin, let address {
            try? Self.execute("DROP DATABASE IF EXISTS \(address.database) WITH (FORCE)", on: admin)
        }
        admin = nil
    }

    /// A store on this test's database; each call is a separate store object (its own connection or file handle).
    func open() throws -> any EventStore {
        switch engine {
        case .sqlite: try SQLiteEventStore(url: folder!.storeURL)
        case .postgres: try PostgresEventStore(address: address!, environment: [:])
        }
    }

    /// The address to give `--store` or INCIDENT_STORE.
    var storeArgument: String {
        switch engine {
        case .sqlite: folder!.storeURL.path
        case .postgres: address!.description + "?sslmode=disable"
        }
    }

    /// The first column of every row, as text.
    static func rows(_ sql: String, on address: PostgresAddress) throws -> [String] {
        try withConnection(to: address) { connection, logger in
            try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait().rows.map { try $0.decode(String.self) }
        }
    }

    static func execute(_ sql: String, on address: PostgresAddress) throws {
        try withConnection(to: address) { connection, logger in
            _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
        }
    }

    private static func withConnection<T>(to address: PostgresAddress, _ body: (PostgresConnection, Logger) throws -> T) throws -> T {
        var configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                             password: nil, database: address.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(5)
        let logger = Logger(label: "tests", factory: { _ in SwiftLogNoOpLogHandler() })
        let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                        configuration: configuration, id: 0, logger: logger).wait()
        defer { try? connection.close().wait() }
        return try body(connection, logger)
    }
}

struct TestServerMissing: Error, CustomStringConvertible {
    var description: String {
        "INCIDENT_TEST_POSTGRES_REQUIRED=1 but INCIDENT_TEST_POSTGRES is not set: start a server with "
            + "`Scripts/postgres-server start DIR` and export its address as INCIDENT_TEST_POSTGRES"
    }
}
