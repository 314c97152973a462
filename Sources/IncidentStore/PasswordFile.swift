/// The password for a server, as libpq finds it: PGPASSWORD, then the password file (PGPASSFILE or ~/.pgpass).
import Foundation

public enum PasswordFile {
    /// Where the password came from, or why the file was skipped (libpq ignores a file others can read).
    public struct Lookup: Sendable, Equatable {
        public var password: String?
        /// Set when a password file exists but was not used because its mode lets others read it.
        public var ignoredFile: String?

        public init(password: String?, ignoredFile: String? = nil) {
            self.password = password
            self.ignoredFile = ignoredFile
        }
    }

    public static func password(for address: PostgresAddress, environment: [String: String]) -> Lookup {
        if let given = address.passwordInAddress { return Lookup(password: given) }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return Lookup(password: password) }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let path = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.pgpass"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return Lookup(password: nil)
        }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            return Lookup(password: nil, ignoredFile: path)
        }
        return Lookup(password: match(in: text, for: address))
    }

    /// The first line `host:port:database:user:password` that matches; `*` matches anything, `\:` and `\\` escape.
    public static func match(in text: String, for address: PostgresAddress) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [address.host, String(address.port), address.database, address.user]
            let hostMatches = fields[0] == "*" || fields[0] == address.host
                || (fields[0] == "localhost" && ["127.0.0.1", "::1"].contains(address.host))
            if hostMatches, zip(fields[1...3], wanted[1...3]).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func split(_ line: String) -> [String] {
        var fields: [String] = [""]
        var escaping = false
        for character in line {
            if escaping {
                fields[fields.count - 1].append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
