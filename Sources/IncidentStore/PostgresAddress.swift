/// Where a shared store lives: a `postgres://` or `postgresql://` address, read as libpq reads one.
import Foundation

public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
    /// How the connection is secured, named as libpq's `sslmode` (`allow` reads as `prefer`, `verify-ca` as `verify-full`).
    public enum SSLMode: String, Sendable, Equatable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var sslMode: SSLMode
    /// Seconds to wait for the server to answer a connection (`connect_timeout`, else PGCONNECT_TIMEOUT, else 5).
    public var connectTimeout: Int = 5
    /// A password written in the address itself: accepted from a config file, never shown.
    var passwordInAddress: String?

    public init(host: String, port: Int = 5432, user: String, database: String, sslMode: SSLMode = .prefer) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.sslMode = sslMode
    }

    /// The address as it may be shown: never a password.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// True for text that names a PostgreSQL server rather than a file.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case malformed(String, reason: String)

        public var description: String {
            switch self {
            case let .malformed(text, reason):
                "the store address \(text) cannot be read: \(reason). "
                    + "Write it as postgres://USER@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require|verify-full]."
            }
        }
    }

    /// Reads `postgres://[user[:password]@][host][:port][/database][?sslmode=…]`. What is left out comes from
    /// PGHOST, PGPORT, PGUSER, PGDATABASE and PGSSLMODE, then libpq's defaults (localhost, 5432, the login name,
    /// a database named as the user, sslmode prefer).
    public static func parse(_ text: String, environment: [String: String], loginName: String) throws(ParseError) -> PostgresAddress {
        let shown = redacted(text)
        guard isAddress(text), let components = URLComponents(string: text) else {
            throw .malformed(shown, reason: "it is not a postgres:// address")
        }
        if let path = Optional(components.percentEncodedPath), path.dropFirst().contains("/") {
            throw .malformed(shown, reason: "the database name contains a /")
        }
        let env = { (name: String) -> String? in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let user = nonEmpty(components.user) ?? env("PGUSER") ?? loginName
        let databaseName = nonEmpty(String(components.path.dropFirst())) ?? env("PGDATABASE") ?? user
        var port = components.port ?? 0
        if components.port == nil {
            guard let parsed = Int(env("PGPORT") ?? "5432"), (1...65535).contains(parsed) else {
                throw .malformed(shown, reason: "PGPORT is not a port number")
            }
            port = parsed
        }
        guard (1...65535).contains(port) else { throw .malformed(shown, reason: "the port is out of range") }
        var sslMode = SSLMode.prefer
        let sslText = components.queryItems?.first { $0.name == "sslmode" }?.value ?? env("PGSSLMODE")
        if let sslText {
            guard let mode = Self.sslMode(sslText) else {
                throw .malformed(shown, reason: "sslmode \(sslText) is not one of disable, prefer, require, verify-full")
            }
            sslMode = mode
        }
        if let unknown = components.queryItems?.first(where: { $0.name != "sslmode" && $0.name != "connect_timeout" }) {
            throw .malformed(shown, reason: "the option \(unknown.name) is not supported (only sslmode and connect_timeout)")
        }
        var address = PostgresAddress(host: nonEmpty(components.host) ?? env("PGHOST") ?? "localhost", port: port,
                                      user: user, database: databaseName, sslMode: sslMode)
        if let timeout = components.queryItems?.first(where: { $0.name == "connect_timeout" })?.value ?? env("PGCONNECT_TIMEOUT") {
            guard let seconds = Int(timeout), (1...600).contains(seconds) else {
                throw .malformed(shown, reason: "connect_timeout \(timeout) is not a number of seconds from 1 to 600")
            }
            address.connectTimeout = seconds
        }
        address.passwordInAddress = nonEmpty(components.password)
        if address.host.hasPrefix("/") { throw .malformed(shown, reason: "a Unix socket folder is not supported; give a host name") }
        return address
    }

    static func sslMode(_ text: String) -> SSLMode? {
        switch text {
        case "allow": .prefer
        case "verify-ca": .verifyFull
        default: SSLMode(rawValue: text)
        }
    }

    /// The address with any password replaced, for messages.
    public static func redacted(_ text: String) -> String {
        guard let components = URLComponents(string: text), components.password != nil else { return text }
        var copy = components
        copy.password = "…"
        return copy.string ?? "the store address"
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
