/// The command line's small courtesies: --version, "did you mean" for a mistyped command, the executive decision's
/// usage, show --json's format version and ids as export writes them, and an empty list --json.
import Foundation
import Testing

@Suite struct CommandLineConvenienceTests {
    @Test func versionIsPrinted() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["--version"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let version = result.stdout.trimmingCharacters(in: .newlines)
        #expect(version.split(separator: ".").count == 3 && version.split(separator: ".").allSatisfy { Int($0) != nil }, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.storePath), "--version created a store")
    }

    @Test(arguments: [(["lgo", "x"], "log"), (["shwo"], "show"), (["--as", "sam", "asign", "lead", "sam"], "assign"),
                      (["--store", "lgo", "exprot"], "export"), (["lsit", "--json"], "list")])
    func aMistypedCommandNamesTheNearestOne(arguments: [String], nearest: String) throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("did you mean: \(nearest)?"), "\(arguments): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.storePath), "a mistyped command created a store")
    }

    @Test func aWordFarFromEveryCommandGetsNoGuess() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["frobnicate"])
        #expect(result.status == 2 && !result.stderr.contains("did you mean"), "\(result)")
        #expect(result.stderr.contains("frobnicate"), "\(result)")
    }

    @Test func theExecutiveDecisionIsShownAsOneOfTwoFlags() throws {
        let sandbox = try CLISandbox()
        let help = try sandbox.run(["executive", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--alert | --no-alert"), "\(help)")
        #expect(!help.stdout.contains("<alert>"), "\(help)")
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let missing = try sandbox.run(["executive", "--by", "Jo"])
        #expect(missing.status == 2 && missing.stderr.contains("--alert") && missing.stderr.contains("--no-alert"), "\(missing)")
        #expect(!missing.stderr.contains("<alert>"), "\(missing)")
        let both = try sandbox.run(["executive", "--by", "Jo", "--alert", "--no-alert"])
        #expect(both.status == 2, "\(both)")
    }

    /// show --json says which format it is, and names entries with the ids export writes (lowercase, as the wire format).
    @Test func showJSONCarriesItsFormatVersionAndTheExportedIds() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        try #require(sandbox.run(["log", "router 2 restarted"]).status == 0)
        let shown = try sandbox.run(["show", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(json["formatVersion"] as? Int == 1, "\(shown.stdout.prefix(400))")
        let shownIDs = try #require(json["timeline"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let exported = try ExportedEvent.parseLines(sandbox.run(["export"]).stdout).map(\.id)
        #expect(!shownIDs.isEmpty && Set(shownIDs).isSubset(of: Set(exported)), "show: \(shownIDs), export: \(exported)")
        #expect(shownIDs.allSatisfy { $0 == $0.lowercased() })
    }

    @Test func anEmptyListInJSONIsTwoCharacters() throws {
        let sandbox = try CLISandbox()
        let noStore = try sandbox.run(["list", "--json"])
        #expect(noStore.status == 0 && noStore.stdout == "[]\n", "\(noStore)")
        // With an incident, the array as before.
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let one = try sandbox.run(["list", "--json"])
        #expect(one.stdout.hasPrefix("[\n  {"), "\(one)")
    }
}
