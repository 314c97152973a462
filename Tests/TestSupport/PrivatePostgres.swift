/// A private PostgreSQL server for a test (run loop or end to end), run by Scripts/postgres-server in a fresh folder under /tmp, removed after.
import Foundation

public final class PrivatePostgres {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// Installed, or required (INCIDENT_TEST_POSTGRES_REQUIRED=1, as CI sets): then a missing server fails the test
    /// with a clear message instead of skipping it.
    public static var runnable: Bool { installed || ProcessInfo.processInfo.environment["INCIDENT_TEST_POSTGRES_REQUIRED"] == "1" }

    public static var installed: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init)
            + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).map { "/usr/lib/postgresql/\($0)/bin" }
        return folders.contains { FileManager.default.isExecutableFile(atPath: "\($0)/pg_ctl") }
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scripts/postgres-server").path

    /// A folder directly under /tmp, so the server's account can reach it when tests run as root.
    public let folder = "/tmp/pg-offline-\(UUID().uuidString.prefix(8))"
    public private(set) var url = ""
    private var running = false

    public init() throws {
        guard Self.installed else {
            throw Failure(description: "PostgreSQL is not installed, and INCIDENT_TEST_POSTGRES_REQUIRED=1 asks for it: "
                + "apt-get install postgresql (Scripts/postgres-server finds it in /usr/lib/postgresql/*/bin or on PATH).")
        }
        url = try run("start").trimmingCharacters(in: .whitespacesAndNewlines)
        running = true
    }

    deinit {
        if running { _ = try? run("stop") }
        try? FileManager.default.removeItem(atPath: folder)
    }

    public func stop() throws {
        _ = try run("stop")
        running = false
    }

    public func restart() throws {
        _ = try run("restart")
        running = true
    }

    @discardableResult
    private func run(_ command: String) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pg-script-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try Subprocess.run("/bin/bash", [Self.script, command, folder], environment: ProcessInfo.processInfo.environment,
                                        scratchFolder: scratch)
        guard result.status == 0 else {
            throw Failure(description: "Scripts/postgres-server \(command) \(folder) failed (\(result.status)): \(result.errors)")
        }
        return result.output
    }
}
