/// `incident new` on a store that does not exist yet: racing creators all succeed, a killed creator breaks nothing.
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct StoreCreationRaceTests {
    /// Starts `incident arguments…` on `store` as a process that can be signalled at any moment.
    private func start(_ sandbox: CLISandbox, _ arguments: [String], store: String, name: String) throws -> KillableProcess {
        try KillableProcess(sandbox.binary.path, arguments, environment: sandbox.environment(store: store),
                            stdoutPath: sandbox.path(name + ".out"), stderrPath: sandbox.path(name + ".err"))
    }

    /// The files beside the store that are neither the store nor SQLite's -wal and -shm (temporary files left over).
    private func leftovers(_ sandbox: CLISandbox, prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path)
            .filter { $0.contains(prefix) && !$0.hasSuffix(".sqlite") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
    }

    @Test func fourNewCommandsOnAStoreThatDoesNotExistYetAllSucceed() throws {
        let sandbox = try CLISandbox()
        let rounds = 15
        for round in 1...rounds {
            let store = sandbox.path("race-\(round).sqlite")
            let racers = try (1...4).map { try start(sandbox, ["new", "Race \(round)-\($0)"], store: store, name: "race-\(round)-\($0)") }
            for (index, racer) in racers.enumerated() {
                let ending = try racer.wait()
                #expect(ending == .exited(0), "round \(round), racer \(index + 1): \(ending): \(racer.stderr)")
            }
            let list = try sandbox.run(["list"], store: store)
            #expect(list.status == 0, "\(list)")
            #expect(list.stdout.split(separator: "\n").count == 4, "round \(round): \(list.stdout)")
        }
        #expect(try leftovers(sandbox, prefix: "race-").filter { !$0.hasSuffix(".out") && !$0.hasSuffix(".err") }.isEmpty)
    }

    static let signals: [Int32] = Array(repeating: SIGKILL, count: 80) + Array(repeating: SIGTERM, count: 20)

    @Test func killingTheFirstNewAtAnyMomentLeavesAStoreThatLaterCommandsUse() throws {
        let sandbox = try CLISandbox()
        // How long a first `new` takes here, unkilled: kills then land anywhere from start-up to after the commit.
        var durations: [Duration] = []
        for round in 1...3 {
            let began = ContinuousClock.now
            let child = try start(sandbox, ["new", "Calibration"], store: sandbox.path("calibration-\(round).sqlite"), name: "calibration")
            let ending = try child.wait()
            durations.append(ContinuousClock.now - began)
            try #require(ending == .exited(0), "unkilled new: \(ending), stderr: \(child.stderr)")
        }
        // Start-up takes most of a run and the store is created near its end: kills land from 40% to 110% of
        // the median run, so most of them hit creation or the first append, a few come after.
        let median = Int(durations.sorted()[1] / .microseconds(1))
        let window = median * 4 / 10...median * 11 / 10

        var killed = 0, killedLeavingAStore = 0
        for (round, signal) in Self.signals.shuffled().enumerated() {
            let store = sandbox.path("killed-\(round).sqlite")
            let child = try start(sandbox, ["new", "Killed \(round)"], store: store, name: "killed")
            usleep(useconds_t(Int.random(in: window)))
            child.signal(signal)
            let ending = try child.wait()
            switch ending {
            case .exited(0): break
            case let .exited(code): Issue.record("round \(round): exit \(code) before signal \(signal): \(child.stderr)")
            case .signaled:
                killed += 1
                if FileManager.default.fileExists(atPath: store) { killedLeavingAStore += 1 }
            }

            let list = try sandbox.run(["list"], store: store)
            #expect(list.status == 0, "round \(round), list after \(ending): \(list)")
            let next = try sandbox.run(["new", "After \(round)"], store: store)
            #expect(next.status == 0, "round \(round), new after \(ending): \(next)")
            let after = try sandbox.run(["list"], store: store)
            #expect(after.status == 0 && after.stdout.contains("After \(round)"), "round \(round): \(after)")
        }
        // The `new` after each kill removed the temporary file of the killed creator, if it left one.
        let left = try leftovers(sandbox, prefix: "killed-")
        #expect(left.isEmpty, "\(left)")
        print("StoreCreationRaceTests: \(killed) of \(Self.signals.count) first `new` killed (\(killedLeavingAStore) after the store appeared); kills \(window.lowerBound)...\(window.upperBound) µs after start")
    }

    @Test func listOnAZeroByteFileSaysThereAreNoIncidentsAndLeavesItEmpty() throws {
        let sandbox = try CLISandbox()
        try Data().write(to: URL(fileURLWithPath: sandbox.storePath))

        let list = try sandbox.run(["list"])
        #expect(list.status == 0, "\(list)")
        #expect(list.stdout.contains("No open incidents"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.storePath)).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: sandbox.storePath + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.storePath + "-shm"))
        // A writing command makes it a store.
        #expect(try sandbox.run(["new", "First"]).status == 0)
    }
}
