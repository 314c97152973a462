/// Exit codes and what the messages say: 1 refused by a rule, 2 usage (unknown names included), 3 store problem.
import Foundation
import Testing

@Suite struct ExitCodeTests {
    @Test func aProductionChangeBySomeoneOtherThanTheLeadIsRefusedWithExit1() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        try #require(sandbox.run(["assign", "lead", "alex", "--production-access"]).status == 0)
        let before = try ExportedEvent.parseLines(sandbox.run(["export"]).stdout).count

        let refused = try sandbox.run(["log", "--kind", "change", "restart router 2"], user: "sam")
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("incident: refused: Production change not logged."), "\(refused.stderr)")
        #expect(refused.stderr.contains("Only the incident lead (alex) makes production changes."), "names the lead: \(refused.stderr)")
        #expect(refused.stderr.contains("Ask alex to make and log it"), "says what to do: \(refused.stderr)")
        #expect(try ExportedEvent.parseLines(sandbox.run(["export"]).stdout).count == before, "a refusal appended something")

        let byLead = try sandbox.run(["log", "--kind", "change", "restart router 2"], user: "alex")
        #expect(byLead.status == 0, "\(byLead)")
    }

    @Test(arguments: [
        ["frobnicate"], ["log"], ["log", "--kind", "banana", "x"], ["log", "--at", "tomorrow", "x"],
        ["escalate", "9", "reached"], ["show", "--incident", "INC-NOPE"], ["assign", "lead"],
    ])
    func usageMistakesExit2(arguments: [String]) throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let result = try sandbox.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result)")
        #expect(!result.stderr.isEmpty, "\(arguments) says nothing on stderr")
    }

    @Test(arguments: [
        (["comms", "--channel", "statuspage", "--component", "platform https", "looking"], "There is no component called 'platform https'.",
         "Known components: Platform HTTPS"),
        (["comms", "--channel", "statuspage", "--component", "API", "--template", "Nope", "looking"], "There is no template called 'Nope'.",
         "Known templates: Possible issue being investigated"),
        (["step", "nope"], "There is no step called 'nope'.", "Steps: nominate-lead, nominate-comms, join-incident-channel"),
    ])
    func unknownNamesExit2SayingWhatIsKnown(arguments: [String], why: String, known: String) throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let before = try sandbox.run(["export"]).stdout

        let result = try sandbox.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result)")
        #expect(result.stderr.hasPrefix("incident: refused: "), "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(why) && result.stderr.contains(known), "\(arguments): \(result.stderr)")
        #expect(try sandbox.run(["export"]).stdout == before, "\(arguments) appended something")
    }

    @Test func correctingOrStrikingSomethingThatIsNotALoggedEntryExits2() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let declared = try #require(ShownIncident.parse(sandbox.run(["show", "--json"]).stdout).timeline.first { $0.kind == "declared" })

        for arguments in [["correct", declared.id, "new title"], ["strike", declared.id, "--reason", "wrong"]] {
            let result = try sandbox.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stderr.contains("There is no logged entry with id"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func anEmptyAsExits2InsteadOfActingAsSomeoneElse() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let before = try sandbox.run(["export"]).stdout
        for arguments in [["log", "--as", "", "looked"], ["log", "--as", "  ", "looked"], ["new", "--as", "", "Other"]] {
            let result = try sandbox.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stderr.contains("--as needs a name"), "\(arguments): \(result.stderr)")
        }
        #expect(try sandbox.run(["export"]).stdout == before, "an empty --as appended something")
    }

    @Test func aGivenStorePathWhoseFolderIsMissingExits3AndCreatesNothing() throws {
        let sandbox = try CLISandbox()
        let folder = sandbox.path("missing/dir")
        let path = folder + "/s.sqlite"
        let byOption = try sandbox.run(["new", "--store", path, "Apps down"])
        let byVariable = try sandbox.run(["new", "Apps down"], store: path)
        for result in [byOption, byVariable] {
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.contains("the folder \(folder) does not exist"), "does not name the folder: \(result.stderr)")
            #expect(result.stderr.contains("Create that folder first"), "does not say what to do: \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("missing")), "created the missing folder")
    }

    @Test func aMalformedIncidentNowIsAUsageMistake() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["list"], now: "yesterday")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("INCIDENT_NOW=yesterday is not an ISO 8601 time"), "\(result.stderr)")
    }

    @Test func aStoreThatIsNotSQLiteExits3NamingItsPathAndStaysUntouched() throws {
        let sandbox = try CLISandbox()
        let path = sandbox.path("not-a-store.sqlite")
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[0] = 0x7F  // never "SQLite format 3", however the dice fall
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        for arguments in [["log", "hello"], ["new", "Apps down"], ["show"], ["list"], ["export"]] {
            let result = try sandbox.run(arguments, store: path)
            #expect(result.status == 3, "\(arguments): \(result)")
            #expect(result.stderr.contains(path), "\(arguments): the message does not name the file: \(result.stderr)")
            #expect(result.stderr.contains("not an incident store"), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(FileManager.default.contents(atPath: path) == Data(bytes), "the file's bytes changed")
        for suffix in ["-wal", "-shm", "-journal"] {
            #expect(!FileManager.default.fileExists(atPath: path + suffix), "left \(path + suffix) behind")
        }
    }

    @Test func severalOpenIncidentsWithoutIncidentExit2ListingThem() throws {
        let sandbox = try CLISandbox()
        let first = try sandbox.run(["new", "Apps down"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let second = try sandbox.run(["new", "Database slow"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(!first.isEmpty && !second.isEmpty && first != second)

        let result = try sandbox.run(["log", "which one?"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("Several incidents are open"), "\(result.stderr)")
        #expect(result.stderr.contains("\(first) (Apps down)") && result.stderr.contains("\(second) (Database slow)"),
                "does not list both: \(result.stderr)")
        #expect(result.stderr.contains("--incident"), "does not say how to choose: \(result.stderr)")

        let chosen = try sandbox.run(["log", "--incident", second, "this one"])
        #expect(chosen.status == 0, "\(chosen)")
        #expect(try ShownIncident.parse(sandbox.run(["show", "--incident", second, "--json"]).stdout).timeline.map(\.text)
            .contains("this one"))
    }
}
