/// The "when" field read with the CLI's time forms and judged at that time, and the report saved off the input loop.
import ConsoleRuntime
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore
import ScreenGrid
import Testing

@Suite struct WhenAndReportFileTests {
    /// "20m ago" is read as `--at 20m ago` is; the record judges the change at that time, when nobody was lead, and
    /// appends nothing. The same entry five minutes ago, once ana is lead, is stored with that time.
    @Test func aBackDatedProductionChangeIsJudgedAtItsTimeAndItsRefusalShown() throws {
        var id = IncidentID("")
        var leadSince = Date()
        let console = try RunLoopHarness(actor: "ana") { service in
            id = try #require(try service.declare(title: "Router pool saturated", priority: .p1, securitySensitive: false, as: "sam").state.id)
        }
        console.clock.advance(seconds: 30 * 60)
        leadSince = console.clock.now()
        try console.otherService().perform(.assignRole(.lead, "ana", productionAccessConfirmed: true), on: id, as: "sam")
        console.clock.advance(seconds: 10 * 60)
        console.tick()
        let before = try console.events(id).count

        console.send(keys("p"))
        console.send(keys("Failed over the primary"))
        console.send([.tab])
        console.send(keys("20m ago"))
        console.send([.enter])
        console.send([.enter])
        #expect(console.screen.contains("no lead is assigned"), "the refusal, judged 20 minutes ago: \(console.screen)")
        #expect(console.screen.contains("> Failed over the primary"), "the text comes back to be fixed")
        #expect(try console.events(id).count == before)

        console.send([.tab])
        console.send([.control("u")])
        console.send(keys("5m ago"))
        console.send([.tab])
        console.send([.enter])
        let stored = try #require(try console.events(id).last)
        #expect(stored.payload == .entryLogged(kind: .productionChange, text: "Failed over the primary"))
        #expect(stored.occurredAt == console.clock.now().addingTimeInterval(-5 * 60).wholeMilliseconds)
        #expect(stored.occurredAt > leadSince)
        #expect(stored.loggedAt == console.clock.now().wholeMilliseconds)
    }

    /// Recording the report written is for the lead or comms: the choice says so before anything is typed, and the
    /// record refuses it with who can, appending nothing.
    @Test func someoneNeitherLeadNorCommsIsToldWhoRecordsTheReport() throws {
        var id = IncidentID("")
        let console = try RunLoopHarness(actor: "ana") { service in
            id = try #require(try service.declare(title: "Billing slow", priority: .p2, securitySensitive: false, as: "sam").state.id)
            try service.perform(.assignRole(.lead, "sam", productionAccessConfirmed: true), on: id, as: "sam")
            try service.perform(.resolve(with: ["priya", "dan"], note: nil), on: id, as: "sam")
        }
        let before = try console.events(id).count
        console.send(keys("P"))
        #expect(console.screen.contains("refused now: That is recorded by the incident lead or comms (sam)."), "\(console.screen)")
        console.send(keys("1"))
        #expect(console.screen.contains("The record would refuse this now: Report not recorded."))
        console.send([.enter])
        #expect(console.screen.contains("Report not recorded. That is recorded by the incident lead or comms (sam)."), "\(console.screen)")
        #expect(try console.events(id).count == before)
    }

    @Test func theReportIsSavedAndAFileThereIsReplacedOnlyWhenConfirmed() throws {
        var id = IncidentID("")
        let console = try RunLoopHarness(actor: "ana") { service in
            id = try #require(try service.declare(title: "Billing slow", priority: .p2, securitySensitive: false, as: "ana").state.id)
        }
        let path = console.folder.url.appending(path: "report.md").path
        console.send(keys("v"))
        #expect(console.screen.contains("Report (internal)"))
        console.send(keys("s"))
        #expect(console.screen.contains("./\(id.rawValue)-report.md"), "the default path: \(console.screen)")
        console.send([.control("u")])
        console.send(keys(path))
        console.send([.enter])
        #expect(console.screen.contains("Saved the report to"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains(id.rawValue))

        try "kept".write(toFile: path, atomically: true, encoding: .utf8)
        console.send(keys("s"))
        console.send([.control("u")])
        console.send(keys(path))
        console.send([.enter])
        #expect(console.screen.contains("exists. Replace it? y/N"))
        console.send(keys("n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept")

        console.send(keys("s"))
        console.send([.control("u")])
        console.send(keys(path))
        console.send([.enter])
        console.send(keys("y"))
        #expect(console.screen.contains("(replaced)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
    }

    @Test func aFileThatCannotBeWrittenSaysWhyAndKeepsThePath() throws {
        let console = try RunLoopHarness(actor: "ana") { service in
            _ = try service.declare(title: "Billing slow", priority: .p2, securitySensitive: false, as: "ana")
        }
        let path = console.folder.url.appending(path: "no-such-folder/report.md").path
        console.send(keys("v"))
        console.send(keys("s"))
        console.send([.control("u")])
        console.send(keys(path))
        console.send([.enter])
        #expect(console.screen.contains("Could not write"), "\(console.screen)")
        #expect(console.screen.contains("Save to which file?"), "the path comes back to be fixed")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
