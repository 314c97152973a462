/// Shell completion of what the store and the playbook know: incident ids, people, components, levels, steps and
/// entry ids, through the request the generated scripts send (`incident ---completion …`); reading creates nothing.
import Foundation
import Testing

@Suite struct CompletionTests {
    /// What `incident` offers for the word at `index` of `words` (the last one, typed up to its end).
    static func complete(_ sandbox: CLISandbox, _ subcommands: [String], _ argument: String, _ words: [String]) throws -> [String] {
        let typed = words.last ?? ""
        let result = try sandbox.run(["---completion"] + subcommands + ["--", argument, "\(words.count - 1)", "\(typed.count)"] + words)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func completesFromTheStoreAndThePlaybook() throws {
        let sandbox = try CLISandbox()
        let id = try sandbox.run(["new", "Apps down"], user: "alex").stdout.trimmingCharacters(in: .newlines)
        try #require(sandbox.run(["assign", "comms", "casey"], user: "alex").status == 0)
        try #require(sandbox.run(["log", "router 2 restarted"], user: "alex").status == 0)

        #expect(try Self.complete(sandbox, [], "--incident", ["incident", "--incident", ""]) == [id])
        #expect(try Self.complete(sandbox, ["assign"], "positional@1", ["incident", "assign", "lead", "ca"]) == ["casey"])
        #expect(Set(try Self.complete(sandbox, ["resolve"], "--with", ["incident", "resolve", "--with", ""])).isSuperset(of: ["alex", "casey"]))
        #expect(try Self.complete(sandbox, ["comms"], "--component", ["incident", "comms", "--component", "Platform"])
            == ["Platform HTTPS", "Platform Database"])
        #expect(try Self.complete(sandbox, ["escalate"], "positional@0", ["incident", "escalate", "head"]) == ["head-of-reliability-engineering"])
        #expect(try Self.complete(sandbox, ["step"], "positional@0", ["incident", "step", "join"]) == ["join-incident-channel"])
        let entries = try Self.complete(sandbox, ["strike"], "positional@0", ["incident", "strike", ""])
        let shown = try sandbox.run(["show"]).stdout
        #expect(entries.count == 3 && entries.allSatisfy { $0.count == 8 && shown.contains($0) }, "\(entries)")
    }

    @Test func completingAgainstAMissingStoreCreatesNothing() throws {
        let sandbox = try CLISandbox()
        let elsewhere = sandbox.path("other.sqlite")
        #expect(try Self.complete(sandbox, [], "--incident", ["incident", "--store", elsewhere, "--incident", ""]).isEmpty)
        #expect(try Self.complete(sandbox, ["assign"], "positional@1", ["incident", "assign", "lead", ""]).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: elsewhere) && !FileManager.default.fileExists(atPath: sandbox.storePath))
    }

    @Test func theGeneratedScriptsAskForThem() throws {
        let sandbox = try CLISandbox()
        for shell in ["bash", "zsh", "fish"] {
            let script = try sandbox.run(["--generate-completion-script", shell]).stdout
            #expect(script.contains("---completion -- --incident"), "\(shell)")
            #expect(script.contains("---completion step"), "\(shell)")
        }
    }
}
