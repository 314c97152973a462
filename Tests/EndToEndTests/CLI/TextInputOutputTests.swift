/// Text in and out of the CLI: `log -` reads stdin, `--at` back-dates, stored escape sequences never print raw.
import Foundation
import Testing

@Suite struct TextInputOutputTests {
    static let escapeText = "\u{1b}[31mred\u{07}"
    static let escapedText = "^[[31mred^G"

    @Test func logDashReadsStandardInput() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let logged = try sandbox.run(["log", "-"], stdin: "first line\nsecond line\n")
        #expect(logged.status == 0, "\(logged)")
        let shown = try ShownIncident.parse(sandbox.run(["show", "--json"]).stdout)
        #expect(shown.timeline.map(\.text).contains("first line\nsecond line"), "\(shown.timeline.map(\.text))")
    }

    @Test func atFifteenMinutesAgoBackDatesTheEntry() throws {
        let sandbox = try CLISandbox()
        let now = "2026-11-29T03:00:00Z"
        try #require(sandbox.run(["new", "Apps down"], now: now).status == 0)
        try #require(sandbox.run(["log", "--at", "15m ago", "alerts fired"], now: now).status == 0)
        let shown = try ShownIncident.parse(sandbox.run(["show", "--json"], now: now).stdout)
        let entry = try #require(shown.timeline.first { $0.text == "alerts fired" })
        let occurred = try #require(CLITime.parse(entry.occurredAt)), logged = try #require(CLITime.parse(entry.loggedAt))
        let start = try #require(CLITime.parse("2026-11-29T03:00:00.000Z"))
        // Both times come from the same run's clock, which starts at INCIDENT_NOW: 15 minutes apart,
        // give or take the milliseconds between reading the option and deciding.
        #expect(logged >= start, "INCIDENT_NOW was not used: logged at \(entry.loggedAt)")
        let gap = logged.timeIntervalSince(occurred)
        #expect(gap >= 900 && gap < 905, "occurred \(entry.occurredAt), logged \(entry.loggedAt)")
        #expect(entry.occurredAt.hasPrefix("2026-11-29T02:4"), "\(entry.occurredAt)")
    }

    @Test func storedEscapeSequencesPrintEscapedNeverRaw() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Title \(Self.escapeText)"]).status == 0)
        let logged = try sandbox.run(["log", Self.escapeText])
        #expect(logged.status == 0, "\(logged)")

        for (arguments, expected) in [(["log", Self.escapeText], Self.escapedText), (["show"], Self.escapedText),
                                      (["list"], Self.escapedText), (["export", "--format", "csv"], Self.escapedText),
                                      (["show", "--json"], "\\u001b[31mred\\u0007")] {
            let result = try sandbox.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result)")
            #expect(result.stdout.contains(expected), "\(arguments) does not show \(expected): \(result.stdout)")
            #expect(!Self.hasRawControl(result.stdoutData), "\(arguments) printed a raw control character")
        }
        // The text itself is stored as typed.
        let shown = try ShownIncident.parse(sandbox.run(["show", "--json"]).stdout)
        #expect(shown.timeline.map(\.text).contains(Self.escapeText))
        #expect(shown.title == "Title \(Self.escapeText)")
    }

    @Test func messagesQuotingStoredTextPrintItEscaped() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Title \(Self.escapeText)"]).status == 0)
        let id = try sandbox.run(["new", "Second"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // Several open: the listing quotes both titles.
        let several = try sandbox.run(["log", "x"])
        #expect(several.status == 2, "\(several)")
        #expect(several.stderr.contains("Title \(Self.escapedText)"), "\(several.stderr)")
        #expect(!Self.hasRawControl(several.stderrData), "stderr carried a raw control character: \(several.stderr.debugDescription)")

        // A refusal quotes what was typed: here a name full of control characters, which is refused.
        let lead = "al\(Self.escapeText)ex"
        let refused = try sandbox.run(["assign", "--incident", id, "lead", lead, "--production-access"])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("al\(Self.escapedText)ex"), "\(refused.stderr)")
        #expect(!Self.hasRawControl(refused.stderrData), "stderr carried a raw control character: \(refused.stderr.debugDescription)")
    }

    @Test func anEmptyNoteAndARepeatedComponentLeaveNoTrace() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let security = try sandbox.run(["security", "--note", ""])
        #expect(security.status == 0, "\(security)")
        #expect(security.stdout == "Security breach suspected: alert Information Assurance now\n")
        let comms = try sandbox.run(["comms", "--channel", "statuspage", "--component", "API", "--component", "API", "looking"])
        #expect(comms.status == 0, "\(comms)")
        #expect(comms.stdout == "Statuspage (API): looking\n")
    }

    @Test func aNoteOverTheLimitIsRefused() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let result = try sandbox.run(["escalate", "1", "contacting", "--note", String(repeating: "x", count: 100_000)])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("The note is 100000 characters; the limit is 25000."), "\(result.stderr)")
    }

    /// Any C0 control other than newline, or DEL.
    static func hasRawControl(_ data: Data) -> Bool {
        data.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }
    }
}
