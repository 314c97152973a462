/// `incident verify` and `import` against a hostile file: bytes changed inside the store, lines changed in an export.
import Foundation
import Testing

@Suite struct VerifyTests {
    /// Replaces the only occurrence of `old` in the file with `new` (same length), as a tamperer with a hex editor would.
    static func patch(_ path: String, _ old: String, _ new: String) throws {
        precondition(old.utf8.count == new.utf8.count)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let ranges = data.ranges(of: Data(old.utf8))
        try #require(ranges.count == 1, "expected one '\(old)' in \(path), found \(ranges.count)")
        data.replaceSubrange(ranges[0], with: Data(new.utf8))
        try data.write(to: URL(fileURLWithPath: path))
    }

    @Test func anUntouchedRecordVerifiesAndAChangedByteIsNamed() throws {
        let sandbox = try CLISandbox()
        let id = try IncidentSession.run(in: sandbox)
        let intact = try sandbox.run(["verify", "--incident", id])
        #expect(intact.status == 0, "\(intact)")
        #expect(intact.stdout.hasPrefix("\(id): record verified: "), "\(intact)")
        let events = try ExportedEvent.parseLines(try sandbox.run(["export", "--incident", id]).stdout)
        #expect(intact.stdout.contains(" \(events.count) events, chain head "))

        // Every command closed the store, so the .sqlite file alone holds the record (a reader may leave an empty -wal).
        let wal = (try? FileManager.default.attributesOfItem(atPath: sandbox.storePath + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0)
        try Self.patch(sandbox.storePath, "router 2 drops packets", "router 3 drops packets")
        let tampered = try sandbox.run(["verify", "--incident", id])
        #expect(tampered.status == 1, "\(tampered)")
        let finding = try #require(events.firstIndex { $0.kind == "entryLogged" && $0.text == "router 2 drops packets" })
        #expect(tampered.stdout.contains("NOT VERIFIED at entry #\(finding + 2) "), "\(tampered)")
        #expect(tampered.stdout.contains("an earlier event was changed"), "\(tampered)")
    }

    @Test func verifyAllChecksEveryIncident() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "First"]).status == 0)
        let second = try sandbox.run(["new", "Second"])
        try #require(second.status == 0)
        let all = try sandbox.run(["verify", "--all"])
        #expect(all.status == 0, "\(all)")
        #expect(all.stdout.split(separator: "\n").count == 2)
        #expect(all.stdout.components(separatedBy: "record verified: 1 events").count == 3)
    }

    @Test func anAlteredExportIsRefusedWholeNamingTheLine() throws {
        let sandbox = try CLISandbox()
        let id = try IncidentSession.run(in: sandbox)
        let exported = try sandbox.run(["export", "--incident", id]).stdout
        let copy = sandbox.path("copy.sqlite")

        // Text changed: the rules allow it, the chain does not.
        let altered = sandbox.path("altered.jsonl")
        try Data(exported.replacingOccurrences(of: "router 2 drops packets", with: "router 3 drops packets").utf8)
            .write(to: URL(fileURLWithPath: altered))
        let byChain = try sandbox.run(["import", altered], store: copy)
        #expect(byChain.status == 2, "\(byChain)")
        #expect(byChain.stderr.contains("does not verify at entry #"), "\(byChain)")
        #expect(byChain.stderr.contains("Nothing was imported"), "\(byChain)")

        // A production change credited to someone who is not the lead: the rules refuse it, naming the line.
        var lines = exported.split(separator: "\n").map(String.init)
        let change = try #require(lines.firstIndex { $0.contains("\"entryKind\":\"change\"") })
        lines[change] = lines[change].replacingOccurrences(of: "\"actor\":\"alex\"", with: "\"actor\":\"sam\"")
        let forged = sandbox.path("forged.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: forged))
        let byRule = try sandbox.run(["import", forged], store: copy)
        #expect(byRule.status == 1, "\(byRule)")
        #expect(byRule.stderr.contains("Line \(change + 1) "), "\(byRule)")
        #expect(byRule.stderr.contains("Only the incident lead"), "\(byRule)")

        // Nothing was imported by either attempt.
        let listed = try sandbox.run(["list", "--all"], store: copy)
        #expect(!listed.stdout.contains(id), "\(listed)")
    }

    @Test func anImportIsRefusedWhenAnIDIsReusedWithOtherContent() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        try #require(sandbox.run(["log", "first"]).status == 0)
        let exported = try sandbox.run(["export"]).stdout
        let file = sandbox.path("changed.jsonl")
        try Data(exported.replacingOccurrences(of: "\"text\":\"first\"", with: "\"text\":\"FIRST\"").utf8).write(to: URL(fileURLWithPath: file))
        let result = try sandbox.run(["import", file])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("with different content"), "\(result)")
    }

    @Test func invalidUTF8InAnImportIsRefusedNotReplaced() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        var data = Data(try sandbox.run(["export"]).stdout.utf8)
        let at = try #require(data.firstRange(of: Data("Apps down".utf8)))
        data.replaceSubrange(at.lowerBound..<at.lowerBound + 1, with: [0xFF])
        let file = sandbox.path("bad.jsonl")
        try data.write(to: URL(fileURLWithPath: file))
        let result = try sandbox.run(["import", file], store: sandbox.path("copy.sqlite"))
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("line 1: not a readable event: invalid UTF-8"), "\(result)")
    }
}

@Suite struct ImportInputTests {
    @Test func anEndlessStreamIsRefusedAtTheLineBound() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.runExecutable(URL(fileURLWithPath: "/bin/sh"), ["-c", #""$0" import - < /dev/zero"#, sandbox.binary.path],
                                               environment: sandbox.environment())
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("line 1 of standard input is over 1 MiB"), "\(result)")
    }

    @Test func aFolderIsNotAnExport() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["import", sandbox.folder.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("is a folder, not an export"), "\(result)")
    }
}
