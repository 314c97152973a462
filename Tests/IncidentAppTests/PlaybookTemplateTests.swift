/// `incident playbook --template` with hostile values: it prints nothing a terminal would obey and reads back the same.
import ConsoleRuntime
import Foundation
import IncidentCore
import ScreenGrid
import Testing
@testable import IncidentApp

@Suite struct PlaybookTemplateTests {
    static let hostile = [
        "quote \" and \\ backslash", "new\nline and \r\n crlf", "esc \u{1B}]0;pwn\u{07} \u{1B}[2J", "tab\there", "del \u{7F} c1 \u{9B}31m",
        "bidi \u{202E}evil\u{202C} \u{2066}iso\u{2069} \u{200F}\u{061C}", "unicode é 漢字 🔥", "trailing backslash \\", "''' \"\"\" ",
    ]

    @Test(arguments: hostile)
    func aTemplateWithHostileValuesReadsBackAsTheSamePlaybook(value: String) throws {
        var playbook = Playbook.standard
        playbook.name = value
        playbook.roster = [RosterEntry(name: "kim \(value)", productionAccess: true)]
        playbook.channels.incident = "#inc \(value)"
        playbook.statuspage.components = ["API \(value)", "plain"]
        playbook.statuspage.templates.append("T \(value)")
        playbook.escalation.rotaSteps = ["ask \(value)"]
        playbook.escalation.levels[0].title = "Level \(value)"
        playbook.escalation.executiveGroup = "Execs \(value)"
        playbook.reviewInvitees = ["Invitee \(value)"]
        playbook.checklist[1].title = "Comms \(value)"
        let template = PlaybookFile.template(playbook)
        #expect(!template.unicodeScalars.contains { $0 != "\n" && TextSanitizer.needsEscaping($0) },
                "raw control character in \(template.debugDescription)")
        var expected = playbook
        // Channel names are part of two checklist step titles, which parsing rebuilds.
        expected.checklist = try PlaybookFile.parse("[channels]\nincident = \(PlaybookFile.tomlString(playbook.channels.incident))",
                                                    source: "t").checklist
        expected.checklist[1].title = "Comms \(value)"
        #expect(try PlaybookFile.parse(template, source: "t") == expected)
    }

    @Test func tomlStringsUseShortEscapesWhereTOMLHasThem() {
        #expect(PlaybookFile.tomlString("a\"b\\c\nd\te\rf\u{1B}g\u{9B}") == #""a\"b\\c\nd\te\rf\u001Bg\u009B""#)
    }
}

@Suite struct StrictFileTests {
    private func write(_ bytes: [UInt8], named name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("strict-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    /// Before: the NUL ended the text there, so `[comms]` was silently dropped.
    @Test func aNulByteInAPlaybookOrThemeIsRefusedNamingTheLine() throws {
        let playbook = try write(Array("name = \"Team\"\n\n".utf8) + [0] + Array("[comms]\ntenant_update_minutes = 5\n".utf8), named: "p.toml")
        #expect(message { _ = try PlaybookFile.find(playbook, environment: [:]) }.contains("p.toml: line 3: holds a NUL byte (byte 16)"))
        let theme = try write(Array("[styles]\n".utf8) + [0], named: "t.toml")
        #expect(message { _ = try ThemeFile.find(theme, environment: [:]) }.contains("t.toml: line 2: holds a NUL byte"))
        #expect(message { _ = try PlaybookFile.parse("name = \"a\"\n\u{0}", source: "s") }.contains("s: line 2: holds a NUL byte"))
    }

    /// Before: invalid bytes became U+FFFD and the playbook was used with the changed text.
    @Test func invalidUTF8InAPlaybookOrThemeIsRefusedNamingTheLine() throws {
        let playbook = try write(Array("# ok\nname = \"caf".utf8) + [0xE9] + Array("\"\n".utf8), named: "p.toml")
        #expect(message { _ = try PlaybookFile.find(playbook, environment: [:]) }.contains("p.toml: line 2: not valid UTF-8 (byte 17 is 0xE9)"))
        let theme = try write([0xC0, 0x80], named: "t.toml")
        #expect(message { _ = try ThemeFile.find(theme, environment: [:]) }.contains("t.toml: line 1: not valid UTF-8 (byte 1 is 0xC0)"))
    }

    @Test func theFirstInvalidByteIsFound() {
        #expect(StrictUTF8.firstInvalidOffset(Array("héllo 漢 🔥".utf8)) == nil)
        #expect(StrictUTF8.firstInvalidOffset([0x61, 0xFF]) == 1)
        #expect(StrictUTF8.firstInvalidOffset([0x61, 0xE6, 0xBC]) == 1, "a truncated sequence")
        #expect(StrictUTF8.firstInvalidOffset([0xED, 0xA0, 0x80]) == 0, "a surrogate")
        #expect(StrictUTF8.firstInvalidOffset([0xC0, 0xAF]) == 0, "an overlong encoding")
    }
}

@Suite struct DraftFileTests {
    /// The draft is created with its final mode in the `open` and `mkdir` calls; nothing widens or chmods it
    /// afterwards (under umask 000 a create-then-chmod leaves a moment where the draft is world-readable).
    @Test func draftsAreWrittenPrivateWithNoTemporaryFileLeft() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("drafts-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: state) }
        let now = Timestamp.parse("2026-11-29T03:10:00Z")!
        let kept = try DraftKeeper.save(title: "Log a finding", text: "half typed", incident: nil, at: now,
                                        environment: ["XDG_STATE_HOME": state.path])
        let folder = kept.deletingLastPathComponent()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [kept.lastPathComponent])
        func mode(_ url: URL) throws -> Int? { try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int }
        #expect(try mode(kept) == 0o600)
        #expect(try mode(folder) == 0o700)
        #expect(try mode(folder.deletingLastPathComponent()) == 0o700)
        #expect(try String(contentsOf: kept, encoding: .utf8).hasSuffix("half typed\n"))
    }

    @Test func noDraftCodeChangesModesAfterCreating() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/IncidentApp")
        for name in ["DraftKeeper.swift", "UserFolders.swift"] {
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            for widening in ["chmod", "posixPermissions", "setAttributes", "createFile(", "createDirectory("] {
                #expect(!text.contains(widening), "\(name) uses \(widening)")
            }
        }
    }
}
