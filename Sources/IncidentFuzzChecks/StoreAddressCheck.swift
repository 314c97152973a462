/// The shared store's address parser and password-file reader: an address or a `ParseError`, never a crash; and
/// nothing shown depends on the password (the same input with another password reads, and errs, the same).
import Foundation
import IncidentStore

enum StoreAddressCheck {
    static func check(_ bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        let probe = PostgresAddress(host: "db.example.org", port: 5432, user: "alex", database: "incidents")
        _ = PasswordFile.match(in: text, for: probe)
        for candidate in [text, "postgres://" + text] {
            let shown = try outcome(candidate)
            // The same address with another password must be shown exactly alike: no message carries the password.
            guard var parts = URLComponents(string: candidate), let password = parts.percentEncodedPassword, !password.isEmpty,
                  let other = Optional("Zq9" + String(repeating: "x", count: password.count)),
                  other != password else { continue }
            parts.percentEncodedPassword = other
            guard let variant = parts.string, variant != candidate else { continue }
            let shownWithOther = try outcome(variant)
            guard shown == shownWithOther else {
                throw FuzzFailure("what is shown of \(candidate.debugDescription) depends on its password: \(shown.debugDescription) vs \(shownWithOther.debugDescription)")
            }
        }
    }

    /// What a person would see: the address, or the error.
    private static func outcome(_ candidate: String) throws -> String {
        do {
            let address = try PostgresAddress.parse(candidate, environment: [:], loginName: "root")
            guard (1...65535).contains(address.port) else { throw FuzzFailure("port \(address.port) from \(candidate.debugDescription)") }
            return address.description
        } catch let error as PostgresAddress.ParseError {
            return error.description
        }
    }
}
