/// The playbook file's grace minutes and Statuspage template texts: read, checked, written back.
import Foundation
import IncidentCore
import Testing
@testable import IncidentApp

@Suite struct PlaybookGraceAndTextsTests {
    private func refusal(_ text: String) -> String {
        do {
            _ = try PlaybookFile.parse(text, source: "team.toml")
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func graceMinutesAreReadAndChecked() throws {
        #expect(Playbook.standard.reminders.graceMinutes == 5)
        #expect(try PlaybookFile.parse("[reminders]\ngrace_minutes = 0", source: "t").reminders.graceMinutes == 0)
        #expect(try PlaybookFile.parse("[reminders]\ngrace_minutes = 12", source: "t").reminders.graceMinutes == 12)
        let tooLong = refusal("[reminders]\ngrace_minutes = 61")
        #expect(tooLong.contains("team.toml") && tooLong.contains("grace_minutes must be a whole number from 0 to 60"), "\(tooLong)")
    }

    @Test func templateTextsAreReadByTemplateName() throws {
        let playbook = try PlaybookFile.parse("""
            [statuspage]
            first_template = "Investigating"
            templates = ["Investigating", "Resolved"]

            [statuspage.texts]
            "Investigating" = "We are looking into it.\\nMore soon."
            """, source: "t")
        #expect(playbook.statuspage.text(of: "Investigating") == "We are looking into it.\nMore soon.")
        #expect(playbook.statuspage.text(of: "Resolved") == nil, "no text: the message starts empty")
        #expect(playbook.statuspage.texts.keys.sorted() == ["Investigating"], "the standard templates' texts go with their names")
        #expect(Playbook.standard.statuspage.templates.allSatisfy { Playbook.standard.statuspage.text(of: $0) != nil })
    }

    @Test func aTextForAnUnknownTemplateOrWithAControlCharacterIsRefused() {
        let unknown = refusal("""
            [statuspage.texts]
            "Issue identifed" = "typo in the name"
            """)
        #expect(unknown.contains("[statuspage.texts] names 'Issue identifed', which is not among its templates"), "\(unknown)")
        #expect(unknown.contains("Issue identified"), "lists the templates: \(unknown)")
        let escape = refusal("""
            [statuspage.texts]
            "Issue identified" = "bad \\u001B[2J text"
            """)
        #expect(escape.contains("holds a control character"), "\(escape)")
        let empty = refusal("""
            [statuspage.texts]
            "Issue identified" = "  "
            """)
        #expect(empty.contains("must be a text in quotes, not empty"), "\(empty)")
    }

    @Test func theTemplateWritesGraceAndTextsAndReadsThemBack() throws {
        var custom = Playbook.standard
        custom.reminders.graceMinutes = 3
        custom.statuspage.texts["Issue identified"] = "Found it: \"router\" \\ pool.\nFix next."
        let written = PlaybookFile.template(custom)
        #expect(written.contains("grace_minutes = 3"))
        #expect(written.contains("[statuspage.texts]"))
        #expect(try PlaybookFile.parse(written, source: "t") == custom)
    }
}
