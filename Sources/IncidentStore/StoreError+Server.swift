/// How a shared store's server problems are worded: what happened, what is safe, what to do.
import Foundation

extension StoreError {
    var serverDescription: String {
        switch self {
        case let .serverUnreachable(server, detail):
            "cannot reach the incident store's server at \(server) (\(detail)). Nothing was saved. "
                + "Check that the server runs and that --store or INCIDENT_STORE names it."
        case let .connectionLost(server, detail):
            "the connection to the incident store's server at \(server) was lost (\(detail)). "
                + "A save is all or nothing: look at the record, then retry what is missing."
        case let .authenticationFailed(server, user, detail):
            "the server at \(server) refused the login of \(user) (\(detail)). Nothing was saved. "
                + "Put the password in ~/.pgpass (mode 0600) or PGPASSWORD, never on the command line."
        case let .databaseMissing(server, database):
            "the server at \(server) has no database \(database). Nothing was created. "
                + "Ask its administrator to create it (createdb \(database)), or check the name in --store."
        case let .tlsFailed(server, detail):
            "cannot set up a secure connection to \(server) (\(detail)). Nothing was saved. "
                + "Check sslmode in the store address and the server's certificate."
        case let .notAnIncidentDatabase(server, tables):
            "the database at \(server) holds another application's tables (\(tables.prefix(5).joined(separator: ", "))"
                + "\(tables.count > 5 ? " and \(tables.count - 5) more" : "")). It was left untouched. "
                + "Give the incident store a database of its own."
        case let .permissionDenied(server, detail):
            "the server at \(server) refused this write (\(detail)). Nothing was saved. "
                + "Each person writes as their own database role: check the name you act as (--as, INCIDENT_USER)."
        default:
            "incident store error"
        }
    }
}
