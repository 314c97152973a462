/// Hostile text through every output of the real binary: no control, C1 or bidi character ever reaches the terminal raw.
import Foundation
import Testing

@Suite struct HostileTextTests {
    /// ESC sequences (title, clear screen), BEL, DEL, a C1 CSI, bidi override, isolate and marks, a tab and a CR.
    static let hostile = "x\u{1b}]0;pwn\u{07}\u{1b}[2J\u{7f}\u{9b}31m\u{202e}\u{2066}\u{200f}\u{61c}\u{8}\tq\ry"

    /// What must never appear in output: C0 controls other than newline and tab, DEL, C1, bidi controls.
    static func forbidden(in data: Data) -> [String] {
        guard let text = String(validating: data, as: UTF8.self) else { return ["invalid UTF-8"] }
        return text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
                || value == 0x061C
        }.map { String(format: "U+%04X", $0.value) }
    }

    @Test func noOutputOfAnyCommandCarriesARawControlCharacter() throws {
        let sandbox = try CLISandbox()
        let h = Self.hostile
        let playbook = sandbox.path("hostile.toml")
        let escaped = h.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value > 0x2000 || $0 == "\u{61c}"
            ? String(format: "\\u%04X", $0.value) : String($0) }.joined()
        try Data("""
            name = "\(escaped)"
            [channels]
            incident = "#inc-\(escaped)"
            [statuspage]
            components = ["API \(escaped)"]
            [escalation]
            levels = [{ id = "first", title = "Level \(escaped)" }]
            """.utf8).write(to: URL(fileURLWithPath: playbook))
        let badKey = sandbox.path("badkey.toml")
        try Data("\"key-\(escaped)\" = 1\nname = \"n\"\n".utf8).write(to: URL(fileURLWithPath: badKey))

        let id = try sandbox.run(["new", "Title \(h)"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(id.hasPrefix("INC-"))
        let runs: [[String]] = [
            ["log", h], ["log", "--kind", "finding", "finding \(h)"], ["comms", "--channel", "statuspage", "--component", "API", h],
            ["escalate", "1", "contacting", "--note", h], ["security", "--note", h],
            ["assign", "lead", h], ["assign", "lead", "kim\(h)", "--production-access"], ["--as", h, "log", "y"],
            ["show", "--incident", h], ["log", "--at", h, "z"], ["review", "schedule", h], ["step", h], ["correct", h, "new"], ["strike", h, "--reason", h],
            ["show"], ["show", "--json"], ["list"], ["list", "--json"], ["list", "--all"],
            ["export"], ["export", "--format", "json"], ["export", "--format", "csv"],
            ["playbook", playbook], ["playbook", playbook, "--template"], ["show", "--playbook", playbook],
            ["playbook", badKey], ["playbook", sandbox.path("missing-\(h).toml")],
            ["--\(h)"], [h], ["log", "--kind", h, "x"], ["report"],
        ]
        var checked = 0
        for arguments in runs {
            let result = try sandbox.run(arguments)
            for (name, data) in [("stdout", result.stdoutData), ("stderr", result.stderrData)] {
                let found = Self.forbidden(in: data)
                #expect(found.isEmpty, "incident \(arguments.map(\.debugDescription).joined(separator: " ")) \(name): \(found) in \(String(decoding: data, as: UTF8.self).debugDescription)")
                checked += data.count
            }
        }
        // stdin too, including a NUL byte.
        let viaStdin = try sandbox.run(["log", "-"], stdin: "from stdin \(h)\u{0}")
        #expect(viaStdin.status == 0, "\(viaStdin)")
        #expect(Self.forbidden(in: viaStdin.stdoutData + viaStdin.stderrData).isEmpty)
        #expect(checked > 5_000, "the runs printed too little to prove anything: \(checked) bytes")

        // JSON keeps the values exactly: escapes, not replacements.
        let shown = try #require(JSONSerialization.jsonObject(with: sandbox.run(["show", "--json"]).stdoutData) as? [String: Any])
        #expect(shown["title"] as? String == "Title \(h)")
        let texts = (shown["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains(h) && texts.contains("from stdin \(h)\u{0}"), "\(texts)")
        let listed = try #require(JSONSerialization.jsonObject(with: sandbox.run(["list", "--json"]).stdoutData) as? [[String: Any]])
        #expect(listed.first?["title"] as? String == "Title \(h)")
        let json = try sandbox.run(["show", "--json"]).stdout
        #expect(json.contains("\\u009B31m\\u202E\\u2066\\u200F\\u061C"), "\(json)")
    }

    /// `incident list` printed an imported incident's id raw (an ESC in it set the window title). Such an id is now
    /// refused when read, so it never reaches a store; the refusal itself quotes nothing raw.
    @Test func anImportedIncidentIdWithControlsIsRefusedAndNothingPrintedRaw() throws {
        let sandbox = try CLISandbox()
        let id = try sandbox.run(["new", "Imported"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let exported = try sandbox.run(["export"]).stdout
        let jsonID = "INC-\\u001b]0;pwn\\u0007"
        let file = sandbox.path("events.jsonl")
        try Data(exported.replacingOccurrences(of: "\"\(id)\"", with: "\"\(jsonID)\"").utf8).write(to: URL(fileURLWithPath: file))
        let other = try CLISandbox()
        let imported = try other.run(["import", file])
        #expect(imported.status == 2, "\(imported)")
        #expect(imported.stderr.contains("line 1: not a readable event: 'incident' is not an incident id"), "\(imported)")
        #expect(Self.forbidden(in: imported.stdoutData + imported.stderrData).isEmpty, "\(imported)")
        #expect(try other.run(["list", "--all"]).stdout.contains("No incidents."))
    }
}
