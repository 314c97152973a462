/// `incident sync` moves an incident from a laptop's file to the team's server and back: each entry once, the
/// record still verifying, and two logs that grew apart refused by name.
import Foundation
import Testing

@Suite(.enabled(if: TestPostgres.enabled)) struct SyncTests {
    @Test func anIncidentStartedOnALaptopMovesToTheServerAndBackOnce() throws {
        let laptop = try CLISandbox()
        let server = try CLISandbox(onServer: true)
        #expect(try laptop.run(["new", "Started on a laptop", "--priority", "P2"]).status == 0)
        #expect(try laptop.run(["log", "first look"]).status == 0)

        let first = try laptop.run(["sync", "--from", laptop.storePath, "--to", server.storePath])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.contains(": 2 entries copied, 0 already there"), "\(first)")
        let again = try laptop.run(["sync", "--from", laptop.storePath, "--to", server.storePath])
        #expect(again.stdout.contains(": 0 entries copied, 2 already there"), "\(again)")

        // The team goes on on the server (alex joins, then logs); the laptop catches up from it.
        #expect(try server.run(["log", "on the shared store"], user: "alex").status == 0)
        let back = try laptop.run(["sync", "--from", server.storePath, "--to", laptop.storePath])
        #expect(back.stdout.contains(": 2 entries copied, 2 already there"), "\(back)")

        for sandbox in [laptop, server] {
            let verified = try sandbox.run(["verify"])
            #expect(verified.status == 0 && verified.stdout.contains("record verified: 4 events"), "\(verified)")
            let export = try sandbox.run(["export", "--format", "jsonl"])
            let texts = try ExportedEvent.parseLines(export.stdout).compactMap(\.entryText)
            #expect(texts == ["first look", "on the shared store"], "\(texts)")
        }
    }

    @Test func logsThatGrewApartAreRefusedAndNothingOfThemIsCopied() throws {
        let laptop = try CLISandbox()
        let server = try CLISandbox(onServer: true)
        #expect(try laptop.run(["new", "Split record"]).status == 0)
        #expect(try laptop.run(["sync", "--from", laptop.storePath, "--to", server.storePath]).status == 0)
        #expect(try laptop.run(["log", "written on the laptop"]).status == 0)
        #expect(try server.run(["log", "written on the server"]).status == 0)

        let refused = try laptop.run(["sync", "--from", laptop.storePath, "--to", server.storePath])
        #expect(refused.status == 3, "\(refused)")
        #expect(refused.stderr.contains("have diverged"), "\(refused)")
        let export = try server.run(["export", "--format", "jsonl"])
        #expect(try ExportedEvent.parseLines(export.stdout).compactMap(\.entryText) == ["written on the server"])
    }

    @Test func aMissingSourceAndTheSameStoreTwiceAreUsageMistakes() throws {
        let sandbox = try CLISandbox()
        let missing = try sandbox.run(["sync", "--from", sandbox.path("none.sqlite"), "--to", sandbox.storePath])
        #expect(missing.status == 2 && missing.stderr.contains("There is no store at"), "\(missing)")
        let same = try sandbox.run(["sync", "--from", sandbox.storePath, "--to", sandbox.storePath])
        #expect(same.status == 2 && same.stderr.contains("name the same store"), "\(same)")
    }
}
