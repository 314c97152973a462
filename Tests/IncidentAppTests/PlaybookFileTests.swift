/// A team's playbook file: settings over the standard process, every key checked, found in the usual places.
import Foundation
import IncidentCore
import Testing
@testable import IncidentApp

@Suite struct PlaybookFileTests {
    @Test func theTemplateReadsBackAsThePlaybookItWasWrittenFrom() throws {
        #expect(try PlaybookFile.parse(PlaybookFile.template(), source: "t") == Playbook.standard)
        var custom = try PlaybookFile.parse("""
            [[roster]]
            name = "kim \\"K\\" Lee"
            production_access = true
            """, source: "t")
        custom.name = "Ops"
        #expect(try PlaybookFile.parse(PlaybookFile.template(custom), source: "t") == custom)
        let reworded = try PlaybookFile.parse("[checklist]\nnominate-comms = \"Nominate comms (out of hours: whoever is on the rota)\"", source: "t")
        #expect(try PlaybookFile.parse(PlaybookFile.template(reworded), source: "t") == reworded)
    }

    @Test func theChecklistIsInTheTeamsWordsAndOnlyKnownStepsCanBeReworded() throws {
        let playbook = try PlaybookFile.parse("""
            [channels]
            incident = "#ops-incident"
            [checklist]
            nominate-comms = "Nominate comms (out of hours: whoever is on the PagerDuty rota)"
            tracker-story = "Open a Jira ticket for the incident"
            """, source: "team.toml")
        #expect(playbook.checklistStep(StepID.nominateComms)?.title == "Nominate comms (out of hours: whoever is on the PagerDuty rota)")
        #expect(playbook.checklistStep(StepID.trackerStory)?.title == "Open a Jira ticket for the incident")
        #expect(playbook.checklistStep(StepID.joinIncidentChannel)?.title == "Join #ops-incident")
        #expect(playbook.checklist.map(\.id) == Playbook.standard.checklist.map(\.id), "the steps stay the process's")
        let state = IncidentState()
        let titles = Checklist(state: state, playbook: playbook, now: Date()).items.map(\.title)
        #expect(titles.contains("Open a Jira ticket for the incident"))

        #expect(throws: AppError.self) { try PlaybookFile.parse("[checklist]\nnominate-cmms = \"x\"", source: "t") }
        #expect(throws: AppError.self) { try PlaybookFile.parse("[checklist]\nnominate-comms = \"\"", source: "t") }
        #expect(throws: AppError.self) { try PlaybookFile.parse("[checklist]\nnominate-comms = \"\(String(repeating: "x", count: 201))\"", source: "t") }
        do {
            _ = try PlaybookFile.parse("[checklist]\nnominate-cmms = \"x\"", source: "team.toml")
        } catch {
            #expect("\(error)".contains("unknown key 'nominate-cmms' in [checklist] (step ids); it takes nominate-lead, nominate-comms"), "\(error)")
        }
    }

    @Test func settingsApplyOverTheStandardProcess() throws {
        let playbook = try PlaybookFile.parse("""
            name = "Platform team"
            default_priority = "p2"
            [[roster]]
            name = "kim"
            production_access = true
            [comms]
            tenant_update_minutes = 30
            [channels]
            incident = "#ops-incident"
            [statuspage]
            components = ["Checkout", "Search"]
            [escalation]
            levels = [{ id = "duty-manager", title = "Duty manager" }]
            [review]
            within_days = 5
            [reminders]
            snooze_minutes = [2, 4]
            """, source: "team.toml")
        #expect(playbook.name == "Platform team")
        #expect(playbook.defaultPriority == .p2)
        #expect(playbook.rosterEntry(for: "kim")?.productionAccess == true)
        #expect(playbook.cadenceMinutes(for: .p1) == 30)
        #expect(playbook.checklistStep(StepID.joinIncidentChannel)?.title == "Join #ops-incident")
        #expect(playbook.channels.team == Playbook.standard.channels.team, "what the file leaves out stays standard")
        #expect(playbook.statuspage.components == ["Checkout", "Search"])
        #expect(playbook.escalation.levels.map(\.id) == ["duty-manager"])
        #expect(playbook.reviewWithinDays == 5)
        #expect(playbook.checklistStep(StepID.holdReview)?.due == .daysAfterResolution(5))
        #expect(playbook.reminders.snoozeMinutes == [2, 4])
    }

    @Test(arguments: [
        ("[comms]\ntenant_update_minute = 30", "unknown key 'tenant_update_minute' in [comms]"),
        ("colour = \"red\"", "unknown key 'colour' in the playbook"),
        ("[comms]\ntenant_update_minutes = \"soon\"", "tenant_update_minutes must be a whole number from 1 to 1440"),
        ("[comms]\ntenant_update_minutes = 0", "tenant_update_minutes must be a whole number from 1 to 1440"),
        ("default_priority = \"P9\"", "default_priority must be one of P1, P2, P3, P4"),
        ("[[roster]]\nname = \"kim\"", "roster entry 1 needs name and production_access"),
        ("[statuspage]\nfirst_template = \"Nope\"", "first_template 'Nope' is not among its templates"),
        ("[statuspage]\ncomponents = [\"\"]", "components must hold only texts in quotes, none empty"),
        ("[escalation]\nlevels = [{ id = \"information-assurance\", title = \"IA again\" }]", "the level id 'information-assurance' is used twice"),
        ("[escalation]\nlevels = [{ id = \"duty manager\", title = \"Duty\" }]", "may hold only letters, digits and '-'"),
        ("name = \"unclosed", "team.toml: line 1"),
    ])
    func mistakesAreNamedWithTheFileAndKey(text: String, expected: String) {
        do {
            _ = try PlaybookFile.parse(text, source: "team.toml")
            Issue.record("accepted: \(text)")
        } catch {
            let message = "\(error)"
            #expect(message.contains(expected), "\(message)")
            #expect(message.contains("team.toml"), "\(message)")
        }
    }

    /// docs/playbook.md shows every setting; its example must stay a file the program accepts.
    @Test func theExampleInTheDocsIsAValidPlaybook() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/playbook.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```toml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let playbook = try PlaybookFile.parse(String(text[start.upperBound..<end.lowerBound]), source: "docs/playbook.md")
        #expect(playbook.rosterEntry(for: "bob")?.productionAccess == false)
        #expect(playbook.name == "Platform team incident process")
    }

    @Test func foundByOptionThenEnvironmentThenTheConfigFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config/incident")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let environment = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
        #expect(try PlaybookFile.find(nil, environment: environment).1 == .standard)

        try Data("name = \"From config\"".utf8).write(to: config.appendingPathComponent("playbook.toml"))
        #expect(try PlaybookFile.find(nil, environment: environment).0.name == "From config")

        let named = folder.appendingPathComponent("named.toml")
        try Data("name = \"Named\"".utf8).write(to: named)
        var withVariable = environment
        withVariable[PlaybookFile.environmentVariable] = named.path
        #expect(try PlaybookFile.find(nil, environment: withVariable).1 == .file(named.path))
        #expect(try PlaybookFile.find(config.appendingPathComponent("playbook.toml").path, environment: withVariable).0.name == "From config")

        #expect(throws: AppError.self) { try PlaybookFile.find(folder.appendingPathComponent("missing.toml").path, environment: environment) }
    }
}
