/// The console on a real PostgreSQL server that is stopped and started again: live entries from another machine,
/// entries kept offline and marked "not yet shared", sent once and in order when the server is back.
import ConsoleRuntime
import Foundation
import TestSupport
import IncidentApp
import IncidentCore
import IncidentPostgres
import IncidentStore
import ScreenGrid
import Testing

@Suite(.serialized, .enabled(if: PrivatePostgres.runnable, "PostgreSQL is not installed (set INCIDENT_TEST_POSTGRES_REQUIRED=1 to fail instead)"))
struct SharedStoreRunLoopTests {
    /// A console on the server's store, with its local queue in `folder`.
    final class SharedConsole {
        let clock: ManualClock
        let terminal = FakeTerminal(width: 140, height: 40)
        let loop: ConsoleRunLoop

        init(store: any EventStore, address: String, folder: URL, clock: ManualClock, actor: Person = "ana") {
            self.clock = clock
            let service = IncidentService(store: store, clock: AppClock(reading: clock.now))
            let home = folder.appending(path: "home").path
            loop = ConsoleRunLoop(terminal: terminal, configuration: ConsoleConfiguration(
                service: service, actor: actor, environment: ["HOME": home, "XDG_STATE_HOME": home, "XDG_CONFIG_HOME": home],
                timeZone: TimeZone(identifier: "UTC")!,
                shared: SharedStore(address: address, outbox: folder.appending(path: "home/incident/outbox.sqlite"))))
            loop.start(incident: nil)
            _ = loop.step()
        }

        var screen: String { terminal.screenLines.joined(separator: " ").split(separator: " ").joined(separator: " ") }

        func send(_ keys: [KeyEvent]) {
            terminal.type(keys: keys)
            _ = loop.step()
            loop.settle()
            _ = loop.step()
        }

        /// Ticks (a second on the console's clock each) until `condition` holds of the screen, for at most `seconds` of
        /// real time: the server's own pace (a listener noticing a loss, a reconnect's backoff) is real time.
        func tick(until expectation: String, seconds: TimeInterval = 60, _ condition: (String) -> Bool) throws {
            let deadline = Date().addingTimeInterval(seconds)
            while !condition(screen) {
                guard Date() < deadline else { throw PrivatePostgres.Failure(description: "timed out waiting until \(expectation):\n\(terminal.screenLines.joined(separator: "\n"))") }
                clock.advance(seconds: 1)
                _ = loop.step()
                loop.settle()
                _ = loop.step()
                Thread.sleep(forTimeInterval: 0.05)
            }
        }

        func log(_ text: String) {
            send([.character("a")])
            send(keys(text) + [.enter])
        }
    }

    @Test func entriesTypedWhileTheServerIsDownAreKeptThenSentOnceInOrder() throws {
        let setup = try SharedSetup(declaring: "Router down")
        let (server, folder, address, other, id) = (setup.server, setup.folder, setup.address, setup.other, setup.id)
        let console = try setup.console()
        try console.tick(until: "the incident is open") { $0.contains("Router down") }

        // Live: another machine's entry appears with the next look (the listener's flag, then one read).
        try other.perform(.log(.finding, text: "seen from the other laptop", at: nil), on: id, as: "sam")
        try console.tick(until: "the other machine's entry shows") { $0.contains("seen from the other laptop") }

        try server.stop()
        console.log("kept entry one")
        try console.tick(until: "the header says offline") { $0.contains("offline since") }
        console.log("kept entry two")
        #expect(console.screen.contains("Kept, not yet shared"))
        #expect(console.screen.contains("kept entry one") && console.screen.contains("kept entry two"))
        let outbox = try #require(try Outbox.open(at: folder.url.appending(path: "home/incident/outbox.sqlite"), creating: false))
        let items = try outbox.items(store: address.description, incident: id)
        #expect(items.map(OutboxDelivery.typedText) == ["kept entry one", "kept entry two"])
        // Every kept event is marked on the timeline (an entry, and ana joining the team with her first one).
        #expect(console.screen.components(separatedBy: "not yet shared: kept on this machine").count - 1 == items.flatMap(\.events).count)

        try server.restart()
        try console.tick(until: "the header no longer says offline") { !$0.contains("offline since") }
        try console.tick(until: "the entries are shared") { !$0.contains("not yet shared: kept") }
        let texts = try other.state(of: id).timeline.map(\.text)
        #expect(texts.filter { $0.hasPrefix("kept entry") } == ["kept entry one", "kept entry two"])
        #expect(try outbox.items(store: address.description).isEmpty)
        let events = try other.store.events(for: id)
        #expect(events.map(\.sequence) == Array(1...events.count))
        #expect(Set(events.map(\.id)).count == events.count)
    }

    @Test func aConsoleStartedWhileTheServerIsStillDownShowsAndSendsWhatAnEarlierOneKept() throws {
        let setup = try SharedSetup(declaring: "Queue restart")
        let (server, other, id) = (setup.server, setup.other, setup.id)
        do {
            let first = try setup.console()
            try first.tick(until: "the incident is open") { $0.contains("Queue restart") }
            try server.stop()
            first.log("typed before quitting")
            try first.tick(until: "the header says offline") { $0.contains("offline since") }
            first.log("and a second one")
            first.terminal.type(keys: [.character("q")])
            let exit = try #require(first.loop.step() ?? first.loop.step())
            #expect(exit.status == 0)
            #expect(exit.message?.contains("kept on this machine, not yet shared") == true)
        }
        // A new console (a new process) starts while the server is still down: it opens on the state kept when the
        // server went away, with the kept entries, and keeps more.
        let address = setup.address
        let second = try setup.console(store: DeferredStore { try SharedSetup.open(address) })
        try second.tick(until: "the kept state and entries show") { screen in
            screen.contains("Queue restart") && screen.contains("offline since") && screen.contains("and a second one")
                && screen.contains("not yet shared: kept")
        }
        second.log("typed after starting again")
        #expect(second.screen.contains("Kept, not yet shared"))
        try server.restart()
        try second.tick(until: "everything is shared") { !$0.contains("offline since") && !$0.contains("not yet shared: kept") }
        let texts = try other.state(of: id).timeline.map(\.text)
        #expect(texts.suffix(3) == ["typed before quitting", "and a second one", "typed after starting again"])
        // Now it follows the server: another machine's entry shows.
        try other.perform(.log(.finding, text: "from the other laptop", at: nil), on: id, as: "sam")
        try second.tick(until: "the other machine's entry shows") { $0.contains("from the other laptop") }
    }

    @Test func aKeptEntryTheFreshStateRefusesIsShownWithItsTextKept() throws {
        let setup = try SharedSetup(declaring: "Failover")
        let (server, folder, address, other, id) = (setup.server, setup.folder, setup.address, setup.other, setup.id)
        try other.perform(.assignRole(.lead, "ana", productionAccessConfirmed: true), on: id, as: "sam")
        do {
            let first = try setup.console()
            try first.tick(until: "the incident is open") { $0.contains("Failover") }
            try server.stop()
            // Ana is the lead as far as her console knows: the rules accept her production change, and it is kept.
            first.send([.character("p")])
            first.send(keys("Failed over the primary") + [.enter])
            try first.tick(until: "the header says offline") { $0.contains("offline since") }
            #expect(first.screen.contains("Kept, not yet shared"))
        }
        // Meanwhile the team handed the lead to sam; ana's next console sends what she kept, and the rules refuse it.
        try server.restart()
        try other.perform(.assignRole(.lead, "sam", productionAccessConfirmed: true), on: id, as: "sam")
        let before = try other.store.events(for: id)
        let second = try setup.console()
        try second.tick(until: "the refusal is shown") { $0.contains("Not shared") }
        #expect(second.screen.contains("Only the incident lead (sam) makes production changes."))
        #expect(try other.store.events(for: id) == before)
        let drafts = folder.url.appending(path: "home/incident/drafts")
        let kept = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        #expect(kept.count == 1)
        let text = try String(contentsOf: drafts.appending(path: try #require(kept.first)), encoding: .utf8)
        #expect(text.contains("Failed over the primary"))
        #expect(second.screen.contains("kept in"))
        let outbox = try #require(try Outbox.open(at: folder.url.appending(path: "home/incident/outbox.sqlite"), creating: false))
        #expect(try outbox.items(store: address.description).isEmpty)
    }

    @Test func declaringWhileOfflineIsRefusedWithAClearMessage() throws {
        let setup = try SharedSetup(declaring: "First outage")
        let (server, other, id) = (setup.server, setup.other, setup.id)
        let console = try setup.console()
        try console.tick(until: "the incident is open") { $0.contains("First outage") }
        try server.stop()
        console.log("noticed a second outage")
        try console.tick(until: "the header says offline") { $0.contains("offline since") }
        console.send([.character("i")])
        console.send([.character("n")])
        console.send(keys("Second outage") + [.enter])
        console.send([.enter])
        console.send([.character("n")])
        try console.tick(until: "the declaration is refused") { $0.contains("Not declared") }
        #expect(console.screen.contains("needs the server"))
        try server.restart()
        try console.tick(until: "the kept entry is shared") { _ in (try? other.state(of: id).timeline.map(\.text).contains("noticed a second outage")) == true }
        #expect(try other.store.incidents().map(\.title) == ["First outage"])
    }

    /// One test's private server, config folder and clock, and another machine that declared the incident on it.
    struct SharedSetup {
        let server: PrivatePostgres
        let folder: TemporaryFolder
        let address: StoreAddress
        let clock = ManualClock(Date().addingTimeInterval(-600))
        let other: IncidentService
        let id: IncidentID

        init(declaring title: String) throws {
            server = try PrivatePostgres()
            folder = try TemporaryFolder()
            address = try StoreAddress.resolve(explicit: server.url, environment: [:], loginName: "postgres")
            other = IncidentService(store: try Self.open(address), clock: AppClock(reading: clock.now))
            id = try #require(try other.declare(title: title, priority: .p2, securitySensitive: false, as: "sam").state.id)
        }

        /// A store of its own on the server, as a new console process opens it.
        func store() throws -> any EventStore { try Self.open(address) }

        /// A console on this machine's config folder, over a store of its own unless one is given.
        func console(store: (any EventStore)? = nil) throws -> SharedConsole {
            SharedConsole(store: try store ?? self.store(), address: address.description, folder: folder.url, clock: clock)
        }

        static func open(_ address: StoreAddress) throws -> any EventStore {
            try #require(try address.open(creating: true, environment: [:]))
        }
    }
}
