/// Catches SIGTERM, SIGHUP and SIGINT by setting a flag; the console loop reads it, not the handler.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// ncurses is not async-signal-safe, so the handler only stores the signal number in an
/// atomic; `CursesTerminal.terminationSignal` reads it after `wget_wch` returns (a signal
/// interrupts its wait, so the loop sees it at once, and at the latest on the next tick).
enum TerminationSignals {
    static let watched: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    private static let received = Atomic<Int32>(0)
    private static let previousHandlers = Mutex<[Int32: sighandler_t?]>([:])

    /// The first watched signal received since `install()`, if any.
    static var pending: Int32? {
        let signal = received.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Installs the handlers (before `newterm`, so ncurses does not install its own, which
    /// would exit the process from inside the handler).
    static func install() {
        received.store(0, ordering: .relaxed)
        previousHandlers.withLock { previous in
            for number in watched where previous[number] == nil {
                previous[number] = .some(signal(number, handle))
            }
        }
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
}
