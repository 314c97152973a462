/// Text from the record never breaks the report: Markdown characters, escape sequences and control characters.
import Foundation
import IncidentCore
import IncidentReporting
import Testing

struct ReportEscapingTests {
    /// An incident whose title and one entry hold `text`.
    func report(with text: String, title: String = "Errors") throws -> (markdown: String, json: String) {
        var run = IncidentRun()
        try run.run("Ana", at: "2026-11-03 09:00", .declare(id: SampleIncident.id, title: title, priority: .p1, securitySensitive: false))
        try run.run("Ana", at: "2026-11-03 09:01", .assignRole(.lead, "Ana", productionAccessConfirmed: true))
        try run.run("Ana", at: "2026-11-03 09:05", .log(.finding, text: text, at: nil))
        try run.run("Ana", at: "2026-11-03 09:06", .writeReportText(.summary, text: text))
        try run.run("Ana", at: "2026-11-03 09:07", .agreeFollowUp(action: text, owner: "Ana", tracker: text))
        return (try run.report(.internal).render(.markdown), try run.report(.internal).render(.json))
    }

    /// The lines of one `## ` section.
    func section(_ title: String, of markdown: String) -> [String] {
        let lines = markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "## \(title)") else { return [] }
        let rest = lines[(start + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("## ") })
    }

    /// Every non-empty line of a list section is an item or indented inside one.
    func expectListStaysWhole(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines where !line.isEmpty {
            #expect(line.hasPrefix("- ") || line.hasPrefix("  "), "a line escaped its list item: \(line)", sourceLocation: sourceLocation)
        }
    }

    /// The headings a report has, and no others.
    static let headings = ["## Header", "## Key times", "## Summary", "## Impact", "## Root cause", "## Timeline", "## Tenant updates",
                           "### Lapses", "## Escalation path", "## Review", "### Outcome", "## What went well", "## What went badly",
                           "## Follow-up actions", "## Publication"]

    @Test func markdownCharactersInEntriesAreEscaped() throws {
        let text = "# Not a heading | a | b | **bold** _it_ [link](http://x) <script>alert(1)</script> `code` ~~gone~~ &amp; !"
        let (markdown, json) = try report(with: text, title: "**Big** [title](x) | # <b>")
        #expect(markdown.hasPrefix("# Incident report INC-20261103-R7K: \\*\\*Big\\*\\* \\[title\\]\\(x\\) \\| \\# \\<b\\>\n"))
        #expect(markdown.contains("Finding: \\# Not a heading \\| a \\| b \\| \\*\\*bold\\*\\* \\_it\\_ \\[link\\]\\(http://x\\) \\<script\\>alert\\(1\\)\\</script\\> \\`code\\` \\~\\~gone\\~\\~ \\&amp; \\!"))
        let headings = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
        #expect(Array(headings.dropFirst()) == Self.headings)
        expectListStaysWhole(section("Timeline", of: markdown))
        expectListStaysWhole(section("Follow-up actions", of: markdown))
        #expect(json.contains("\"text\": \"Finding: \(text)\""), "JSON keeps the text as written")
    }

    @Test func newlinesAndLineStartsStayInsideTheirItem() throws {
        let text = "First line\n\n- not a list item\n+ nor this\n12. nor a number\n# nor a heading\n=====\n    not code\n> nor a quote"
        let (markdown, _) = try report(with: text)
        let timeline = section("Timeline", of: markdown)
        expectListStaysWhole(timeline)
        expectListStaysWhole(section("Follow-up actions", of: markdown))
        let item = try #require(timeline.firstIndex { $0.contains("Finding: First line") })
        // Each line ends in a hard line break (a backslash), so it reads as its own line.
        #expect(timeline[item].hasSuffix("Finding: First line\\"))
        #expect(Array(timeline[(item + 1)...(item + 7)]) == [
            "  \\- not a list item\\", "  \\+ nor this\\", "  12\\. nor a number\\", "  \\# nor a heading\\", "  \\=====\\", "  not code\\",
            "  \\> nor a quote",
        ])
        let summary = section("Summary", of: markdown)
        #expect(summary.contains("\\- not a list item\\"))
        #expect(!summary.contains { $0.hasPrefix("    ") }, "an indented line became a code block")
    }

    @Test func escapeSequencesBecomeVisible() throws {
        let text = "Saw \u{1B}[31mred\u{1B}[0m and \u{1B}]8;;http://evil\u{07}link\u{1B}]8;;\u{07} and CSI \u{9B}2J"
        let (markdown, json) = try report(with: text, title: "Title \u{1B}[2J")
        for output in [markdown, json] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        }
        #expect(markdown.contains("Saw ␛\\[31mred␛\\[0m and ␛\\]8;;http://evil␇link␛\\]8;;␇ and CSI ⟨U+009B⟩2J"))
        #expect(markdown.contains("Title ␛\\[2J"))
        #expect(json.contains("Saw \\u001b[31mred\\u001b[0m"))
        #expect(json.contains("CSI \\u009b2J"))
    }

    @Test func controlCharactersBecomeVisible() throws {
        let text = "nul-free: bell\u{07} back\u{08} tab\there del\u{7F} cr\rhere nel\u{85} rlo\u{202E}txet\u{202C} isolate\u{2066}x\u{2069} ls\u{2028}end"
        let (markdown, json) = try report(with: text)
        let dangerous: Set<UInt32> = [0x07, 0x08, 0x09, 0x0D, 0x7F, 0x85, 0x202E, 0x202C, 0x2066, 0x2069, 0x2028]
        for output in [markdown, json] {
            #expect(!output.unicodeScalars.contains { dangerous.contains($0.value) })
        }
        #expect(markdown.contains("bell␇ back␈ tab␉here del␡ cr␍here nel⟨U+0085⟩ rlo⟨U+202E⟩txet⟨U+202C⟩ isolate⟨U+2066⟩x⟨U+2069⟩ ls⟨U+2028⟩end"))
        #expect(json.contains("bell\\u0007 back\\u0008 tab\\there del\\u007f cr\\rhere nel\\u0085 rlo\\u202etxet\\u202c"))
        expectListStaysWhole(section("Timeline", of: markdown))
    }

    @Test func theJSONIsValidAndKeepsItsKeyOrder() throws {
        let (_, json) = try report(with: "quote \" backslash \\ newline\nend")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["audience"] as? String == "internal")
        let keys = json.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == ["format", "version", "audience", "incident", "roles", "keyTimes", "durations", "summary", "impact", "rootCause",
                         "timeline", "tenantUpdates", "updateCadenceMinutes", "updateLapses", "escalation", "executiveDecisions",
                         "review", "wentWell", "wentBadly", "followUps", "publication"])
        let timeline = try #require(object["timeline"] as? [[String: Any]])
        #expect(timeline.contains { ($0["text"] as? String) == "Finding: quote \" backslash \\ newline\nend" })
    }
}
