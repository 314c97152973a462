/// What the CLI says about who acts: warnings on accepted roles, and where the actor's name comes from.
import Foundation
import Testing

@Suite struct WarningAndIdentityTests {
    @Test func aLeadWhoIsNotThePersonOnSupportIsAssignedWithAWarningOnStandardError() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"], user: "alex").status == 0)

        let result = try sandbox.run(["assign", "lead", "bob", "--production-access"], user: "alex")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "bob is incident lead, production access confirmed by alex\n")
        #expect(result.stderr == "incident: warning: The process says the lead should be the person on support (alex).\n")
    }

    @Test func commsWhoIsAlsoTheLeadIsAssignedWithAWarning() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"], user: "alex").status == 0)
        let lead = try sandbox.run(["assign", "lead", "alex", "--production-access"], user: "alex")
        #expect(lead.status == 0 && lead.stderr.isEmpty, "a lead on support needs no warning: \(lead)")

        let result = try sandbox.run(["assign", "comms", "alex"], user: "alex")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "alex is incident comms\n")
        #expect(result.stderr == "incident: warning: alex is also the incident lead; comms is best done by someone else.\n")
    }

    @Test func withNoNameInTheEnvironmentTheAccountNameActs() throws {
        let sandbox = try CLISandbox()
        var environment = sandbox.environment()
        for variable in ["INCIDENT_USER", "USER", "LOGNAME"] { environment[variable] = nil }
        let account = try sandbox.runExecutable(URL(fileURLWithPath: "/usr/bin/id"), ["-un"], environment: environment)

        let declared = try sandbox.runExecutable(sandbox.binary, ["new", "Apps down"], environment: environment)
        if account.status == 0 {
            #expect(declared.status == 0, "\(declared)")
            let shown = try ShownIncident.parse(sandbox.run(["show", "--json"]).stdout)
            #expect(shown.timeline.first?.actor == account.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        } else {
            // An account with no name (a container's bare uid): the actor must be given, never made up.
            #expect(declared.status == 2, "\(declared)")
            #expect(declared.stderr.contains("--as NAME") && declared.stderr.contains("INCIDENT_USER"), "\(declared.stderr)")
        }
    }
}
