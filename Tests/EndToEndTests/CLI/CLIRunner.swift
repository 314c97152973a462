/// Runs the built `incident` binary with Foundation `Process` against one test's own store file.
import Foundation

/// What one run of `incident` did.
struct CLIResult: CustomStringConvertible {
    var status: Int32
    /// True when a signal ended the process; `status` is then the signal number.
    var signaled: Bool
    var stdoutData: Data
    var stderrData: Data
    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }

    var description: String {
        "status \(status)\(signaled ? " (signal)" : ""); stdout: \(stdout.debugDescription); stderr: \(stderr.debugDescription)"
    }
}

/// One test's temporary folder and store, and a way to run `incident` on it. Removes the folder on deinit.
final class CLISandbox {
    let folder: URL
    let binary: URL
    /// The store every run uses (as INCIDENT_STORE), unless a run passes `--store`.
    let storePath: String
    /// INCIDENT_USER for runs that give no `user`.
    var user = "sam"

    /// True when the store is a database of its own on the tests' PostgreSQL server.
    let onServer: Bool

    init(storeName: String = "incidents.sqlite", onServer: Bool = false) throws {
        binary = try ProductBinary.url
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("incident-cli-e2e-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.onServer = onServer
        storePath = onServer ? try TestPostgres.createDatabase() : folder.appendingPathComponent(storeName).path
    }

    deinit {
        if onServer { TestPostgres.dropDatabase(storePath) }
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The environment of every run: the test's own, minus anything that could point at a real store, playbook,
    /// theme or drafts, with HOME inside the sandbox.
    func environment(user: String? = nil, now: String? = nil, store: String? = nil) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["INCIDENT_STORE", "INCIDENT_USER", "INCIDENT_NOW", "INCIDENT_PLAYBOOK", "INCIDENT_THEME", "XDG_DATA_HOME",
                    "XDG_CONFIG_HOME", "XDG_STATE_HOME"] {
            environment[key] = nil
        }
        environment["HOME"] = folder.path
        environment["INCIDENT_STORE"] = store ?? storePath
        environment["INCIDENT_USER"] = user ?? self.user
        if let now { environment["INCIDENT_NOW"] = now }
        return environment
    }

    /// Runs `incident arguments…` to completion. Output goes to files, so a chatty run cannot block on a pipe.
    @discardableResult
    func run(_ arguments: [String], user: String? = nil, now: String? = nil, store: String? = nil,
             stdin: String? = nil) throws -> CLIResult {
        try runExecutable(binary, arguments, environment: environment(user: user, now: now, store: store), stdin: stdin)
    }

    /// Runs any executable (such as `/bin/sh`) the same way.
    func runExecutable(_ executable: URL, _ arguments: [String], environment: [String: String],
                       stdin: String? = nil) throws -> CLIResult {
        let running = try start(executable, arguments, environment: environment, stdin: stdin)
        return try running.finish()
    }

    /// Starts a process; `finish()` waits for it and collects its output.
    func start(_ executable: URL, _ arguments: [String], environment: [String: String],
               stdin: String? = nil) throws -> RunningProcess {
        let stem = path("run-\(UUID().uuidString.prefix(8))")
        let paths = (out: stem + ".out", err: stem + ".err", input: stem + ".in")
        try Data().write(to: URL(fileURLWithPath: paths.out))
        try Data().write(to: URL(fileURLWithPath: paths.err))
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.err))
        if let stdin {
            try Data(stdin.utf8).write(to: URL(fileURLWithPath: paths.input))
            process.standardInput = FileHandle(forReadingAtPath: paths.input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        return RunningProcess(process: process, outPath: paths.out, errPath: paths.err, inPath: paths.input)
    }
}

/// A started `Process` whose output goes to files.
struct RunningProcess {
    let process: Process
    let outPath: String
    let errPath: String
    let inPath: String

    func finish() throws -> CLIResult {
        process.waitUntilExit()
        defer {
            for path in [outPath, errPath, inPath] { try? FileManager.default.removeItem(atPath: path) }
        }
        return CLIResult(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                         stdoutData: FileManager.default.contents(atPath: outPath) ?? Data(),
                         stderrData: FileManager.default.contents(atPath: errPath) ?? Data())
    }
}
