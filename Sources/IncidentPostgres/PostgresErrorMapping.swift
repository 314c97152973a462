/// Translates what postgres-nio and the server report into `StoreError`s that name the server, never a password.
import Foundation
import IncidentStore
import PostgresNIO

extension StoreError {
    /// A failure while opening a connection: the server was not reached, or refused us.
    init(connecting error: any Error, address: PostgresAddress) {
        let mapped = StoreError(during: error, address: address)
        if case let .connectionLost(server, detail) = mapped {
            self = .serverUnreachable(server: server, detail: detail)
        } else {
            self = mapped
        }
    }

    /// A failure on an open connection.
    init(during error: any Error, address: PostgresAddress) {
        let server = address.description
        if let error = error as? PSQLError {
            self = Self.mapping(error, address: address)
            return
        }
        if error is NIOSSLError {
            self = .tlsFailed(server: server, detail: String(describing: error))
            return
        }
        if let error = error as? ChannelError {
            switch error {
            case .connectTimeout: self = .serverUnreachable(server: server, detail: "no answer within \(address.connectTimeout) s")
            default: self = .connectionLost(server: server, detail: String(describing: error))
            }
            return
        }
        if let error = error as? IOError {
            self = .serverUnreachable(server: server, detail: String(cString: strerror(error.errnoCode)))
            return
        }
        self = .connectionLost(server: server, detail: Self.plain(String(describing: error)))
    }

    private static func mapping(_ error: PSQLError, address: PostgresAddress) -> StoreError {
        let server = address.description
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = plain(error.serverInfo?[.message] ?? "the server refused")
            switch state {
            case "28P01", "28000": return .authenticationFailed(server: server, user: address.user, detail: message)
            case "3D000": return .databaseMissing(server: server, database: address.database)
            case "42501": return .permissionDenied(server: server, detail: message)
            case "57P01", "57P02", "57P03": return .connectionLost(server: server, detail: message)
            case "53100": return .diskFull(path: server)
            default: return .storage(path: server, detail: message)
            }
        case .sslUnsupported:
            return .tlsFailed(server: server, detail: "the server does not offer TLS, and sslmode \(address.sslMode.rawValue) requires it")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .tlsFailed(server: server, detail: plain(String(describing: error.underlying.map { "\($0)" } ?? "TLS failed")))
        case .authMechanismRequiresPassword:
            return .authenticationFailed(server: server, user: address.user,
                                         detail: "it asks for a password, and none was found in PGPASSWORD or ~/.pgpass")
        case .unsupportedAuthMechanism, .saslError:
            return .authenticationFailed(server: server, user: address.user, detail: "the login method failed")
        case .connectionError:
            if let underlying = error.underlying as? NIOSSLError {
                return .tlsFailed(server: server, detail: String(describing: underlying))
            }
            if let underlying = error.underlying as? IOError {
                return .serverUnreachable(server: server, detail: String(cString: strerror(underlying.errnoCode)))
            }
            if let underlying = error.underlying as? NIOConnectionError {
                let first = underlying.connectionErrors.first?.error
                if let io = first as? IOError {
                    return .serverUnreachable(server: server, detail: String(cString: strerror(io.errnoCode)))
                }
                if underlying.dnsAAAAError != nil || underlying.dnsAError != nil, underlying.connectionErrors.isEmpty {
                    return .serverUnreachable(server: server, detail: "the host name \(address.host) is not known")
                }
                return .serverUnreachable(server: server, detail: plain(first.map { String(describing: $0) } ?? "connection failed"))
            }
            if let underlying = error.underlying as? ChannelError, case .connectTimeout = underlying {
                return .serverUnreachable(server: server, detail: "no answer within \(address.connectTimeout) s")
            }
            return .serverUnreachable(server: server, detail: plain(error.underlying.map { String(describing: $0) } ?? "connection failed"))
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return .connectionLost(server: server, detail: "the server closed the connection")
        default:
            return .storage(path: server, detail: plain(error.serverInfo?[.message] ?? String(describing: error.code)))
        }
    }

    /// Text from elsewhere, with control characters replaced: it may reach a terminal.
    static func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
