/// The settings file (~/.config/incident/config.toml) names the store and who acts, below the command line and
/// the environment; a mistake in it is named, never ignored.
import Foundation
import Testing

@Suite struct SettingsFileTests {
    private func writeSettings(_ text: String, in sandbox: CLISandbox) throws {
        let folder = sandbox.folder.appendingPathComponent(".config/incident")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("config.toml"))
    }

    /// The sandbox's environment without INCIDENT_STORE and INCIDENT_USER, so the settings file decides.
    private func plainEnvironment(_ sandbox: CLISandbox) -> [String: String] {
        var environment = sandbox.environment()
        environment["INCIDENT_STORE"] = nil
        environment["INCIDENT_USER"] = nil
        return environment
    }

    @Test func theSettingsFileChoosesTheStoreAndWhoActs() throws {
        let sandbox = try CLISandbox()
        let configured = sandbox.path("team.sqlite")
        try writeSettings("store = \"\(configured)\"\nname = \"robin\"\n", in: sandbox)

        let declared = try sandbox.runExecutable(sandbox.binary, ["new", "Configured"], environment: plainEnvironment(sandbox))
        #expect(declared.status == 0, "\(declared)")
        #expect(FileManager.default.fileExists(atPath: configured))
        let export = try sandbox.runExecutable(sandbox.binary, ["export", "--format", "jsonl"], environment: plainEnvironment(sandbox))
        #expect(export.stdout.contains(#""actor":"robin""#), "\(export)")

        // The environment and the command line still come first.
        let elsewhere = try sandbox.run(["list"], user: "sam")
        #expect(elsewhere.stdout.contains("No open incidents"), "\(elsewhere)")
        var asSam = plainEnvironment(sandbox)
        asSam["INCIDENT_USER"] = "sam"
        let logged = try sandbox.runExecutable(sandbox.binary, ["log", "as sam"], environment: asSam)
        #expect(logged.status == 0, "\(logged)")
        let after = try sandbox.runExecutable(sandbox.binary, ["export", "--format", "jsonl"], environment: plainEnvironment(sandbox))
        #expect(after.stdout.contains(#""actor":"sam""#), "\(after)")
    }

    @Test func anUnknownKeyIsNamedAndNothingIsCreated() throws {
        let sandbox = try CLISandbox()
        try writeSettings("stroe = \"/tmp/x.sqlite\"\n", in: sandbox)
        let result = try sandbox.runExecutable(sandbox.binary, ["new", "Typo"], environment: plainEnvironment(sandbox))
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("config.toml: unknown key 'stroe'"), "\(result)")
    }
}
