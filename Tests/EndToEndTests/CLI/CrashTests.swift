/// Kills `incident log` at random moments (SIGKILL, SIGTERM, SIGHUP): reported appends survive, the store stays whole.
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct CrashTests {
    static let signalRounds: [Int32] = Array(repeating: SIGKILL, count: 100) + Array(repeating: SIGTERM, count: 20)
        + Array(repeating: SIGHUP, count: 20)

    @Test func appendsKilledAtRandomMomentsNeverLoseReportedEntriesNorDamageTheStore() throws {
        let sandbox = try CLISandbox()
        let declared = try sandbox.run(["new", "Killed appends"])
        try #require(declared.status == 0, "\(declared)")
        let environment = sandbox.environment()
        func start(_ text: String) throws -> KillableProcess {
            try KillableProcess(sandbox.binary.path, ["log", text], environment: environment,
                                stdoutPath: sandbox.path("round.out"), stderrPath: sandbox.path("round.err"))
        }

        // How long an append takes here, unkilled: kills then land anywhere from start-up to after the commit.
        var longest = Duration.zero
        var attempted: Set<String> = []
        var reportedDone: [String] = []
        for round in 1...3 {
            let text = "calibration \(round)"
            let began = ContinuousClock.now
            let child = try start(text)
            let ending = try child.wait()
            longest = max(longest, ContinuousClock.now - began)
            try #require(ending == .exited(0), "unkilled append: \(ending), stderr: \(child.stderr)")
            attempted.insert(text)
            reportedDone.append(text)
        }
        let window = Int((longest * 1.25) / .microseconds(1))

        var killed = 0
        for (round, signal) in Self.signalRounds.shuffled().enumerated() {
            let text = "entry \(round + 1)"
            attempted.insert(text)
            let child = try start(text)
            usleep(useconds_t(Int.random(in: 0...window)))
            child.signal(signal)
            switch try child.wait() {
            case .exited(0):
                // Done before the signal came: it said so, so the entry must be in the store.
                #expect(child.stdout.split(separator: "\n").contains { $0 == text }, "\(text): exit 0 printed \(child.stdout.debugDescription)")
                reportedDone.append(text)
            case let .exited(code):
                Issue.record("\(text): exit \(code) before signal \(signal): \(child.stderr)")
            case let .signaled(received):
                #expect(received == signal, "\(text): ended by signal \(received), not the \(signal) sent")
                killed += 1
            }
        }
        print("CrashTests: \(killed) of \(Self.signalRounds.count) appends killed, the rest done; kill window \(window) µs")

        let show = try sandbox.run(["show"])
        #expect(show.status == 0, "show after the kills: \(show)")
        let json = try sandbox.run(["show", "--json"])
        #expect(json.status == 0, "show --json after the kills: \(json)")
        let shown = try ShownIncident.parse(json.stdout)
        let export = try sandbox.run(["export", "--format", "jsonl"])
        try #require(export.status == 0, "export after the kills: \(export)")
        let events = try ExportedEvent.parseLines(export.stdout)

        #expect(events.sequenceBreaks.isEmpty, "sequences are not 1…\(events.count): \(events.sequenceBreaks)")
        #expect(events.duplicatedTexts.isEmpty, "appended twice: \(events.duplicatedTexts)")
        let stored = Set(events.compactMap(\.entryText))
        let lost = reportedDone.filter { !stored.contains($0) }
        #expect(lost.isEmpty, "reported done but missing: \(lost)")
        #expect(stored.subtracting(attempted).isEmpty, "entries nobody appended: \(stored.subtracting(attempted))")
        #expect(Set(shown.timeline.map(\.text)).isSuperset(of: stored), "show --json disagrees with the export")

        let after = try sandbox.run(["log", "after the kills"])
        #expect(after.status == 0, "appending after the kills: \(after)")
    }
}
