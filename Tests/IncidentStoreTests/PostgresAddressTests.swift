/// Reading a shared store's address and finding its password as libpq does, without ever showing the password.
import Foundation
import IncidentStore
import Testing

@Suite struct PostgresAddressTests {
    @Test func aFullAddressIsReadAsWritten() throws {
        let address = try PostgresAddress.parse("postgresql://alex@db.example.org:6543/incidents?sslmode=verify-full",
                                                environment: [:], loginName: "root")
        #expect(address == PostgresAddress(host: "db.example.org", port: 6543, user: "alex", database: "incidents", sslMode: .verifyFull))
        #expect(address.description == "postgres://alex@db.example.org:6543/incidents")
    }

    @Test func whatTheAddressLeavesOutComesFromTheEnvironmentThenLibpqsDefaults() throws {
        let environment = ["PGHOST": "pg.internal", "PGPORT": "5433", "PGUSER": "sam", "PGDATABASE": "ops", "PGSSLMODE": "require"]
        #expect(try PostgresAddress.parse("postgres://", environment: environment, loginName: "root")
            == PostgresAddress(host: "pg.internal", port: 5433, user: "sam", database: "ops", sslMode: .require))
        #expect(try PostgresAddress.parse("postgres://", environment: [:], loginName: "robin")
            == PostgresAddress(host: "localhost", port: 5432, user: "robin", database: "robin", sslMode: .prefer))
        #expect(try PostgresAddress.parse("postgres://db/x?sslmode=allow", environment: [:], loginName: "r").sslMode == .prefer)
        #expect(try PostgresAddress.parse("postgres://db/x?sslmode=verify-ca", environment: [:], loginName: "r").sslMode == .verifyFull)
    }

    @Test func connectTimeoutComesFromTheAddressThenTheEnvironment() throws {
        #expect(try PostgresAddress.parse("postgres://db/x", environment: [:], loginName: "r").connectTimeout == 5)
        #expect(try PostgresAddress.parse("postgres://db/x?connect_timeout=2", environment: ["PGCONNECT_TIMEOUT": "9"], loginName: "r").connectTimeout == 2)
        #expect(try PostgresAddress.parse("postgres://db/x", environment: ["PGCONNECT_TIMEOUT": "9"], loginName: "r").connectTimeout == 9)
    }

    @Test(arguments: [
        ("postgres://db/x?connect_timeout=soon", "connect_timeout soon is not a number of seconds"),
        ("postgres://db/x?sslmode=sometimes", "sslmode sometimes is not one of"),
        ("postgres://db:99999/x", "the port is out of range"),
        ("postgres://db/x?application_name=a", "the option application_name is not supported"),
        ("postgres://db/x/y", "the database name contains a /"),
        ("postgres://alex:hunter2@db/x?sslmode=no", "sslmode no is not one of"),
    ]) func aMalformedAddressIsNamedWithoutItsPassword(text: String, reason: String) throws {
        let error = #expect(throws: PostgresAddress.ParseError.self) {
            try PostgresAddress.parse(text, environment: [:], loginName: "r")
        }
        let message = error?.description ?? ""
        #expect(message.contains(reason), "\(message)")
        #expect(!message.contains("hunter2"))
    }

    @Test func onlyPostgresSchemesNameAServer() {
        #expect(PostgresAddress.isAddress("postgres://db/x"))
        #expect(PostgresAddress.isAddress("postgresql://db/x"))
        #expect(!PostgresAddress.isAddress("/var/lib/incident/incidents.sqlite"))
        #expect(!PostgresAddress.isAddress("postgres.sqlite"))
    }

    @Test func thePasswordFileMatchesHostPortDatabaseAndUserWithWildcardsAndEscapes() {
        let address = PostgresAddress(host: "db.example.org", port: 5432, user: "alex", database: "incidents")
        let file = """
            # comment
            other.example.org:5432:incidents:alex:wrong
            db.example.org:5432:incidents:sam:wrong-user
            db.example.org:*:incidents:alex:p\\:ss\\\\word
            *:*:*:*:fallback
            """
        #expect(PasswordFile.match(in: file, for: address) == "p:ss\\word")
        #expect(PasswordFile.match(in: "*:*:*:*:fallback", for: address) == "fallback")
        #expect(PasswordFile.match(in: "db.example.org:5433:incidents:alex:x", for: address) == nil)
        let local = PostgresAddress(host: "127.0.0.1", port: 5432, user: "alex", database: "incidents")
        #expect(PasswordFile.match(in: "localhost:5432:incidents:alex:loopback", for: local) == "loopback")
    }

    @Test func pgpasswordComesFirstAndAFileOthersCanReadIsIgnored() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: ".pgpass")
        try Data("*:*:*:*:from-file\n".utf8).write(to: file)
        let address = PostgresAddress(host: "db", user: "alex", database: "incidents")

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        #expect(PasswordFile.password(for: address, environment: ["PGPASSFILE": file.path])
            == PasswordFile.Lookup(password: nil, ignoredFile: file.path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(PasswordFile.password(for: address, environment: ["PGPASSFILE": file.path]).password == "from-file")
        #expect(PasswordFile.password(for: address, environment: ["HOME": folder.path]).password == "from-file")
        #expect(PasswordFile.password(for: address, environment: ["PGPASSFILE": file.path, "PGPASSWORD": "from-env"]).password == "from-env")
    }
}
