/// A store held busy by another connection: the countdown keeps ticking, keys wait in order, the entry is saved after.
import ConsoleRuntime
import Foundation
import GRDB
import IncidentApp
import IncidentCore
import ScreenGrid
import Testing

@Suite struct BusyStoreTests {
    @Test func aHeldWriteLockStopsNeitherTheClockNorTheKeys() throws {
        var id = IncidentID("")
        // Longer than the test can take: the append waits for the lock rather than giving up.
        let console = try RunLoopHarness(busyTimeout: 600) { service in
            id = try #require(try service.declare(title: "Apps unreachable", priority: .p1, securitySensitive: false, as: "ana").state.id)
        }
        console.send(keys("a"))
        #expect(console.screen.contains("Log an action"))

        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: console.folder.storeURL.path, configuration: configuration)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }

        console.terminal.type(keys: keys("Held entry") + [.enter])
        _ = console.loop.step()
        _ = console.loop.step()
        #expect(console.screen.contains("Saving..."))

        // The clock ticks and frames keep coming while the append waits.
        let frames = console.terminal.presentedGrids.count
        let before = console.terminal.screenLines
        console.clock.advance(seconds: 1)
        _ = console.loop.step()
        #expect(console.terminal.presentedGrids.count == frames + 1)
        #expect(console.terminal.screenLines != before)
        #expect(console.screen.contains("Saving..."))

        // Keys are taken, one batch at a time, and wait.
        console.terminal.type(keys: keys("n"))
        _ = console.loop.step()
        console.terminal.type(keys: keys("Second entry"))
        _ = console.loop.step()
        console.terminal.type(keys: [.enter])
        _ = console.loop.step()
        #expect(console.terminal.pendingKeys.isEmpty)
        #expect(console.screen.contains("Saving..."))
        #expect(try console.events(id).count == 1)

        try other.inDatabase { try $0.execute(sql: "ROLLBACK") }
        console.loop.settle()
        console.loop.settle()
        _ = console.loop.step()
        let texts = try console.events(id).compactMap { event -> String? in
            if case let .entryLogged(_, text) = event.payload { return text }
            return nil
        }
        #expect(texts == ["Held entry", "Second entry"])
        #expect(console.screen.contains("Held entry"))
        #expect(console.screen.contains("Second entry"))
        #expect(!console.screen.contains("Saving..."))
    }
}
