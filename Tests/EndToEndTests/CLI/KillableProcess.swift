/// Starts `incident` with posix_spawn so a test can signal it at any moment without risking another process.
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process that stays ours until `wait()` reaps it. Foundation's `Process` reaps its child as
/// soon as it exits, after which its pid could belong to someone else; a child started here stays a
/// zombie until `wait()`, so `signal(_:)` can only ever reach this child, however late it comes.
final class KillableProcess {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    enum Ending: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    let pid: pid_t
    let stdoutPath: String
    let stderrPath: String
    private var ending: Ending?

    /// Starts `executable arguments…` with `environment`, stdin from /dev/null, output to the two files,
    /// no other descriptors, default signal handling and no blocked signals (test threads block most
    /// signals, and a child inherits that mask: SIGTERM and SIGHUP would never reach it).
    init(_ executable: String, _ arguments: [String], environment: [String: String],
         stdoutPath: String, stderrPath: String) throws {
        self.stdoutPath = stdoutPath
        self.stderrPath = stderrPath
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        Self.closeInheritedDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child = pid_t()
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard code == 0 else {
            throw Failure(description: "posix_spawn \(executable) failed: \(String(cString: strerror(code)))")
        }
        pid = child
    }

    deinit {
        if ending == nil {
            kill(pid, SIGKILL)
            _ = try? wait()
        }
    }

    /// Sends `signal`; harmless if the child already exited (it is a zombie until `wait()`).
    func signal(_ signal: Int32) {
        precondition(ending == nil, "the child was already reaped")
        kill(pid, signal)
    }

    /// Waits for the child to end and reaps it.
    @discardableResult
    func wait() throws -> Ending {
        if let ending { return ending }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid \(pid): \(String(cString: strerror(errno)))") }
        }
        let signal = status & 0x7F
        let result: Ending = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
        ending = result
        return result
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// Closes every descriptor above 2 in the child, so it holds nothing of other tests' processes:
    /// glibc's `addclosefrom_np` (2.34+, looked up at run time), else each descriptor open now.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np"),
           unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3) == 0 {
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    var stdout: String { String(decoding: FileManager.default.contents(atPath: stdoutPath) ?? Data(), as: UTF8.self) }
    var stderr: String { String(decoding: FileManager.default.contents(atPath: stderrPath) ?? Data(), as: UTF8.self) }
}
