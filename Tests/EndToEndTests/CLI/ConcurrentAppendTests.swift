/// Two shell loops append to one incident through the real binary at once, on an SQLite file and on a PostgreSQL
/// server: nothing fails, is lost or is doubled.
import Foundation
import Testing

@Suite struct ConcurrentAppendTests {
    /// Appends per writer: 500, or INCIDENT_E2E_APPENDS_PER_WRITER. Each `incident log` is a process
    /// start plus a replay of the incident's log, so this test takes tens of seconds in a debug build.
    static let appendsPerWriter = ProcessInfo.processInfo.environment["INCIDENT_E2E_APPENDS_PER_WRITER"]
        .flatMap { Int($0) }.map { max($0, 1) } ?? 500

    static var engines: [String] { TestPostgres.enabled ? ["sqlite", "postgres"] : ["sqlite"] }

    @Test(arguments: engines) func twoWritersEachAppendingInALoopLoseAndDuplicateNothing(engine: String) throws {
        let sandbox = try CLISandbox(onServer: engine == "postgres")
        let declared = try sandbox.run(["new", "Concurrent writers"])
        #expect(declared.status == 0, "\(declared)")

        // "$0" is the binary and "$1" the store, so no path is ever parsed by the shell.
        let script = #"for i in $(seq 1 "$2"); do "$0" log --store "$1" --as "$3" "$3 $i" >/dev/null || exit 1; done"#
        let writers = try ["A", "B"].map { name in
            try sandbox.start(URL(fileURLWithPath: "/bin/sh"),
                              ["-c", script, sandbox.binary.path, sandbox.storePath, String(Self.appendsPerWriter), name],
                              environment: sandbox.environment())
        }
        let results = try writers.map { try $0.finish() }
        for (name, result) in zip(["A", "B"], results) {
            #expect(result.status == 0 && !result.signaled, "writer \(name): \(result)")
            #expect(result.stderr.isEmpty, "writer \(name) reported: \(result.stderr)")
        }

        let export = try sandbox.run(["export", "--format", "jsonl"])
        #expect(export.status == 0, "\(export)")
        let events = try ExportedEvent.parseLines(export.stdout)
        #expect(events.sequenceBreaks.isEmpty, "sequences are not 1…\(events.count): \(events.sequenceBreaks.prefix(10))")
        #expect(events.duplicatedTexts.isEmpty, "appended twice: \(events.duplicatedTexts.prefix(10))")
        for name in ["A", "B"] {
            // Each writer's entries, in log order: all present, once, in the order the loop appended them.
            let texts = events.compactMap(\.entryText).filter { $0.hasPrefix("\(name) ") }
            let expected = (1...Self.appendsPerWriter).map { "\(name) \($0)" }
            #expect(texts == expected, "writer \(name): \(texts.count) of \(expected.count) entries, or out of order")
        }
    }
}
