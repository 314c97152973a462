/// A team's playbook file through the real binary: its roster decides who may lead; a mistake stops before anything is written.
import Foundation
import Testing

@Suite struct PlaybookTests {
    @Test func theRosterInTheTeamsPlaybookDecidesWhoMayLead() throws {
        let sandbox = try CLISandbox()
        let playbook = sandbox.path("team.toml")
        try Data("""
            [[roster]]
            name = "kim"
            production_access = true
            [[roster]]
            name = "bob"
            production_access = false
            """.utf8).write(to: URL(fileURLWithPath: playbook))
        let withPlaybook = ["--playbook", playbook]
        try #require(sandbox.run(["new", "Roster"] + withPlaybook).status == 0)

        let refused = try sandbox.run(["assign", "lead", "bob", "--production-access"] + withPlaybook)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("The roster says bob has no production access"), "\(refused.stderr)")
        let accepted = try sandbox.run(["assign", "lead", "kim"] + withPlaybook)
        #expect(accepted.status == 0, "\(accepted)")
        #expect(accepted.stdout.contains("production access per roster"), "\(accepted.stdout)")

        let summary = try sandbox.run(["playbook", playbook])
        #expect(summary.stdout.contains("Roster: kim (production access), bob (no production access)"), "\(summary)")
    }

    @Test func escalationLevelsAreTheTeamsLadder() throws {
        let sandbox = try CLISandbox()
        let playbook = sandbox.path("team.toml")
        try Data("""
            [escalation]
            levels = [{ id = "duty-manager", title = "Duty manager" }, { id = "cto", title = "Chief technology officer" }]
            last_resort = { id = "ceo", title = "Chief executive" }
            """.utf8).write(to: URL(fileURLWithPath: playbook))
        let withPlaybook = ["--playbook", playbook]
        try #require(sandbox.run(["new", "Own ladder"] + withPlaybook).status == 0)
        let first = try sandbox.run(["escalate", "1", "unavailable", "--note", "On leave"] + withPlaybook)
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.contains("Escalation to Duty manager: unavailable"), "\(first.stdout)")
        let byID = try sandbox.run(["escalate", "cto", "contacting"] + withPlaybook)
        #expect(byID.status == 0, "\(byID)")
        #expect(byID.stdout.contains("Chief technology officer"), "\(byID.stdout)")
        let skipped = try sandbox.run(["escalate", "ceo", "unavailable"] + withPlaybook)
        #expect(skipped.status == 1 && skipped.stderr.contains("not recorded as contacted"), "\(skipped)")
        let standardName = try sandbox.run(["escalate", "techops-programme-director", "contacting"] + withPlaybook)
        #expect(standardName.status == 2, "\(standardName)")
        #expect(standardName.stderr.contains("Levels: information-assurance, duty-manager, cto, ceo"), "\(standardName.stderr)")
    }

    @Test func aMistakeInThePlaybookExits2AndCreatesNoStore() throws {
        let sandbox = try CLISandbox()
        let playbook = sandbox.path("team.toml")
        try Data("[comms]\ntenant_update_minute = 30\n".utf8).write(to: URL(fileURLWithPath: playbook))
        let result = try sandbox.run(["new", "Never declared", "--playbook", playbook])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("unknown key 'tenant_update_minute' in [comms]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.storePath))
    }

    @Test func theTemplateIsAPlaybookTheBinaryAccepts() throws {
        let sandbox = try CLISandbox()
        let template = try sandbox.run(["playbook", "--template"])
        try #require(template.status == 0)
        let file = sandbox.path("from-template.toml")
        try Data(template.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let check = try sandbox.run(["playbook", file])
        #expect(check.status == 0, "\(check)")
        #expect(check.stdout.contains("From: \(file)"))
    }

    /// `incident playbook --playbook FILE` used to show the standard process and exit 0, ignoring the file.
    @Test func thePlaybookOptionIsTheFileItChecks() throws {
        let sandbox = try CLISandbox()
        let playbook = sandbox.path("team.toml")
        try Data("name = \"Team\"\n[[roster]]\nname = \"kim\"\nproduction_access = true\n".utf8).write(to: URL(fileURLWithPath: playbook))
        for arguments in [["playbook", "--playbook", playbook], ["--playbook", playbook, "playbook"]] {
            let result = try sandbox.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result)")
            #expect(result.stdout.contains("From: \(playbook)") && result.stdout.contains("kim (production access)"), "\(arguments): \(result)")
        }
        let both = try sandbox.run(["playbook", sandbox.path("other.toml"), "--playbook", playbook])
        #expect(both.status == 2, "\(both)")
    }
}
