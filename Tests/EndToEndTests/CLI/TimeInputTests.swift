/// `--at` and `review schedule` through the command line: one parser, an ambiguous clock time refused with both
/// days, a time in the future refused, and the time chosen echoed by every recording command.
import Foundation
import Testing

@Suite struct TimeInputTests {
    static let now = "2026-11-29T17:55:00Z"

    /// Runs `incident` at 17:55 UTC with the local time zone `zone`.
    static func run(_ sandbox: CLISandbox, _ arguments: [String], zone: String = "UTC", user: String = "alex") throws -> CLIResult {
        var environment = sandbox.environment(user: user, now: now)
        environment["TZ"] = zone
        return try sandbox.runExecutable(sandbox.binary, arguments, environment: environment)
    }

    static func eventCount(_ sandbox: CLISandbox) throws -> Int {
        try ExportedEvent.parseLines(sandbox.run(["export"]).stdout).count
    }

    /// Typed at 17:55, `--at 18:30` could only be yesterday, 23 hours before the incident: refused, exit 2, with
    /// both candidates and the way to say which, and nothing recorded.
    @Test func aClockTimeLaterThanNowIsRefusedWithBothDays() throws {
        let sandbox = try CLISandbox()
        try #require(Self.run(sandbox, ["new", "Apps down"]).status == 0)
        let before = try Self.eventCount(sandbox)

        let refused = try Self.run(sandbox, ["log", "--at", "18:30", "router restarted"])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stdout.isEmpty, "\(refused)")
        #expect(refused.stderr == "incident: 18:30 today (2026-11-29T18:30Z) is later than now (17:55): did you mean yesterday 18:30 "
            + "(2026-11-28T18:30Z)? Give the date: --at '2026-11-28 18:30'\n", "\(refused)")
        #expect(try Self.eventCount(sandbox) == before, "a refused time appended something")

        let future = try Self.run(sandbox, ["assign", "lead", "alex", "--production-access", "--at", "in 5m"])
        #expect(future.status == 2 && future.stderr.contains("later than now (2026-11-29 17:55 UTC)"), "\(future)")
        #expect(try Self.eventCount(sandbox) == before)
    }

    /// Every recording command given `--at` says, last, the time it recorded, in the local zone.
    @Test func theTimeChosenIsEchoed() throws {
        let sandbox = try CLISandbox()
        let declared = try Self.run(sandbox, ["new", "--at", "17:30", "Apps down"])
        #expect(declared.status == 0, "\(declared)")
        let lines = declared.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 && lines[0].hasPrefix("INC-20261129-"), "the id stays the first line: \(declared)")
        #expect(lines.last == "Recorded as at 2026-11-29 17:30 UTC (written now)", "\(declared)")

        let logged = try Self.run(sandbox, ["log", "--at", "2026-11-29 17:40", "alerts fired"])
        #expect(logged.stdout == "alerts fired\nRecorded as at 2026-11-29 17:40 UTC (written now)\n", "\(logged)")
        let assigned = try Self.run(sandbox, ["assign", "lead", "alex", "--production-access", "--at", "5:45pm"])
        #expect(assigned.stdout.hasSuffix("\nRecorded as at 2026-11-29 17:45 UTC (written now)\n"), "\(assigned)")
        let marked = try Self.run(sandbox, ["mark", "detected", "--at", "17:45:30"])
        #expect(marked.stdout.hasSuffix("\nRecorded as at 2026-11-29 17:45:30 UTC (written now)\n"), "\(marked)")
        // Read in the local zone: 23:20 in Kolkata is 17:50 UTC, and is echoed as typed, with its offset.
        let kolkata = try Self.run(sandbox, ["log", "--kind", "finding", "--at", "23:20", "error rate 5%"], zone: "Asia/Kolkata")
        #expect(kolkata.stdout == "error rate 5%\nRecorded as at 2026-11-29 23:20 +05:30 (written now)\n", "\(kolkata)")
        // Without --at nothing more is printed: one line per event.
        let plain = try Self.run(sandbox, ["log", "checking"])
        #expect(plain.stdout == "checking\n", "\(plain)")

        let shown = try Self.run(sandbox, ["show", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let timeline = try #require(json["timeline"] as? [[String: Any]])
        let times = timeline.compactMap { $0["occurredAt"] as? String }
        #expect(times.contains("2026-11-29T17:40:00.000Z") && times.contains("2026-11-29T17:50:00.000Z"), "\(times)")
    }

    /// `--at` takes the spans and dates `review schedule` takes, and the other way round.
    @Test func bothTakeTheSameForms() throws {
        let sandbox = try CLISandbox()
        try #require(Self.run(sandbox, ["new", "--at", "1d ago", "Apps down"]).status == 0)
        let logged = try Self.run(sandbox, ["log", "--at", "2026-11-28T18:00", "first alert"])
        #expect(logged.status == 0 && logged.stdout.contains("Recorded as at 2026-11-28 18:00 UTC"), "\(logged)")
        // review schedule refuses a time past, and names the forms for one that is not a time.
        let past = try Self.run(sandbox, ["review", "schedule", "15m ago"])
        #expect(past.status == 2 && past.stderr.contains("earlier than now"), "\(past)")
        let typo = try Self.run(sandbox, ["review", "schedule", "tomorow"])
        #expect(typo.status == 2 && typo.stderr.contains("is not a time ahead"), "\(typo)")
    }
}
