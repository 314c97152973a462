/// The event log on a PostgreSQL server a team shares: the same guarantees as the SQLite store, for every machine.
import Foundation
import IncidentCore
import IncidentStore
import Logging
import PostgresNIO

/// One connection, opened on first use and again after a loss; calls are serialised on it. Blocking by design,
/// like the SQLite store: callers run store work off their input loop.
public final class PostgresEventStore: EventStore, @unchecked Sendable {
    public let address: PostgresAddress
    let configuration: PostgresConnection.Configuration
    /// A password file skipped because others can read it: named when the login then fails.
    let ignoredPasswordFile: String?
    let logger = Logger(label: "incident.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    private let lock = NSLock()
    private var connection: PostgresConnection?

    /// Connects, and creates or migrates the tables (refusing a database that holds another application's).
    public init(address: PostgresAddress, environment: [String: String]) throws {
        self.address = address
        configuration = try Self.configuration(for: address, environment: environment)
        ignoredPasswordFile = PasswordFile.password(for: address, environment: environment).ignoredFile
        try migrate()
    }

    deinit {
        try? connection?.close().wait()
    }

    var server: String { address.description }

    static func configuration(for address: PostgresAddress, environment: [String: String]) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch address.sslMode {
            case .disable:
                tls = .disable
            case .prefer, .require:
                // As libpq: prefer and require encrypt without checking the certificate; verify-full checks it.
                var settings = TLSConfiguration.makeClientConfiguration()
                settings.certificateVerification = .none
                let context = try NIOSSLContext(configuration: settings)
                tls = address.sslMode == .prefer ? .prefer(context) : .require(context)
            case .verifyFull:
                var settings = TLSConfiguration.makeClientConfiguration()
                if let root = environment["PGSSLROOTCERT"], !root.isEmpty {
                    settings.trustRoots = .file(root)
                }
                tls = .require(try NIOSSLContext(configuration: settings))
            }
        } catch {
            throw StoreError.tlsFailed(server: address.description, detail: String(describing: error))
        }
        let password = PasswordFile.password(for: address, environment: environment).password
        var configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                             password: password, database: address.database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(address.connectTimeout))
        return configuration
    }

    /// Opens a new connection (for the store itself, or a listener of its own).
    func connect() throws -> PostgresConnection {
        do {
            return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                  id: 1, logger: logger).wait()
        } catch {
            let mapped = StoreError(connecting: error, address: address)
            if case let .authenticationFailed(server, user, detail) = mapped, let ignoredPasswordFile {
                throw StoreError.authenticationFailed(server: server, user: user, detail: detail
                    + "; the password file \(ignoredPasswordFile) was not read because others may read it: chmod 0600 it")
            }
            throw mapped
        }
    }

    /// Runs `body` on the store's connection, connecting first if needed. A connection found lost is replaced and
    /// `body` run once more on the new one: a transaction that failed with it was rolled back by the server, and an
    /// append's checks (the expected sequence, event ids) make a repeat safe.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let reused = !(connection?.isClosed ?? true)
        do {
            return try attempt(body)
        } catch let error as StoreError where reused && error.isUnreachable {
            return try attempt(body)
        }
    }

    private func attempt<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        if connection?.isClosed ?? true {
            connection = try connect()
        }
        guard let connection else { throw StoreError.serverUnreachable(server: server, detail: "no connection") }
        do {
            return try body(connection)
        } catch let error as StoreError {
            throw error
        } catch let error as ImportError {
            throw error
        } catch {
            let mapped = StoreError(during: error, address: address)
            if mapped.isUnreachable || connection.isClosed {
                try? connection.close().wait()
                self.connection = nil
            }
            throw mapped
        }
    }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try withConnection { connection in
            _ = try run("BEGIN", on: connection)
            do {
                let result = try body(connection)
                _ = try run("COMMIT", on: connection)
                return result
            } catch {
                if !connection.isClosed { _ = try? run("ROLLBACK", on: connection) }
                throw error
            }
        }
    }

    /// One statement, every row.
    func run(_ query: PostgresQuery, on connection: PostgresConnection) throws -> [PostgresRow] {
        try connection.query(query, logger: logger).wait().rows
    }
}
