/// The shared store's address parser and password-file reader: an address or a `ParseError`, never a crash; a
/// message that never shows the password; an address that reads back as itself.
import Foundation
import IncidentStore

enum StoreAddressCheck {
    static func check(_ bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        let probe = PostgresAddress(host: "db.example.org", port: 5432, user: "alex", database: "incidents")
        _ = PasswordFile.match(in: text, for: probe)
        for candidate in [text, "postgres://" + text] {
            let address: PostgresAddress
            do {
                address = try PostgresAddress.parse(candidate, environment: [:], loginName: "root")
            } catch {
                if let password = URLComponents(string: candidate)?.password, password.count > 3,
                   error.description.contains(password) {
                    throw FuzzFailure("the parse error for \(candidate.debugDescription) shows its password")
                }
                continue
            }
            guard (1...65535).contains(address.port) else { throw FuzzFailure("port \(address.port) from \(candidate.debugDescription)") }
            if let password = URLComponents(string: candidate)?.password, password.count > 3, address.description.contains(password) {
                throw FuzzFailure("the address \(candidate.debugDescription) is shown with its password")
            }
        }
    }
}
