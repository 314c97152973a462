/// Catches SIGTERM, SIGHUP, SIGINT, SIGQUIT and SIGTSTP by setting flags; the console loop reads them, not the handler.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// ncurses is not async-signal-safe, so the handlers only store the signal in an atomic;
/// `CursesTerminal.terminationSignal` reads it after `wget_wch` returns (a signal
/// interrupts its wait, so the loop sees it at once, and at the latest on the next tick).
///
/// SIGQUIT (Ctrl-\) ends the console like SIGINT, instead of the runtime's crash report.
/// SIGTSTP (Ctrl-Z) asks to suspend: the terminal restores the shell's modes (bracketed paste
/// off included), stops the process with `stopUntilContinued()`, and sets its own modes again
/// after SIGCONT.
enum TerminationSignals {
    static let watched: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    private static let received = Atomic<Int32>(0)
    private static let suspendRequested = Atomic<Bool>(false)
    private static let previousHandlers = Mutex<[Int32: sighandler_t?]>([:])

    /// The first watched signal received since `install()`, if any.
    static var pending: Int32? {
        let signal = received.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// True once per Ctrl-Z (SIGTSTP) received since the last call.
    static func takeSuspendRequest() -> Bool {
        suspendRequested.exchange(false, ordering: .relaxed)
    }

    /// Installs the handlers (before `newterm`, so ncurses does not install its own, which
    /// would exit the process from inside the handler, or suspend without restoring our modes).
    static func install() {
        received.store(0, ordering: .relaxed)
        suspendRequested.store(false, ordering: .relaxed)
        previousHandlers.withLock { previous in
            for number in watched where previous[number] == nil {
                previous[number] = .some(signal(number, handle))
            }
            if previous[SIGTSTP] == nil {
                previous[SIGTSTP] = .some(signal(SIGTSTP, handleSuspend))
            }
        }
    }

    /// Stops the process as Ctrl-Z would have, and returns once it is continued (SIGCONT).
    static func stopUntilContinued() {
        _ = signal(SIGTSTP, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        _ = kill(getpid(), SIGTSTP)
        _ = signal(SIGTSTP, handleSuspend)
    }

    /// Puts back the handlers that were there before `install()`.
    static func restore() {
        previousHandlers.withLock { previous in
            for (number, handler) in previous {
                _ = signal(number, handler)  // nil is SIG_DFL
            }
            previous = [:]
        }
    }

    /// Records the first signal only: a second Ctrl-C does not hide the SIGHUP before it.
    private static let handle: @convention(c) (Int32) -> Void = { number in
        _ = received.compareExchange(expected: 0, desired: number, ordering: .relaxed)
    }

    private static let handleSuspend: @convention(c) (Int32) -> Void = { _ in
        suspendRequested.store(true, ordering: .relaxed)
    }
}
