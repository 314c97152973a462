/// A console run loop on a fake terminal and a real store in a temporary folder, with a clock moved by hand.
import ConsoleRuntime
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore
import ScreenGrid

/// A fresh folder under the system temp directory, removed when the test releases it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appending(path: "console-runtime-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var storeURL: URL { url.appending(path: "incidents.sqlite") }
}

/// Time that moves only when a test says so.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000.25)) { current = start }

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(seconds: TimeInterval) {
        lock.lock()
        current.addTimeInterval(seconds)
        lock.unlock()
    }
}

final class RunLoopHarness {
    let folder: TemporaryFolder
    let clock = ManualClock()
    let service: IncidentService
    let terminal = FakeTerminal(width: 120, height: 40)
    let loop: ConsoleRunLoop

    /// `seed` runs on the store before the console starts, as other processes would have.
    init(actor: Person = "ana", busyTimeout: TimeInterval = 5, notifications: Bool = false,
         seed: (IncidentService) throws -> Void = { _ in }) throws {
        folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL, options: StoreOptions(busyTimeout: busyTimeout))
        service = IncidentService(store: store, clock: AppClock(reading: clock.now))
        try seed(service)
        let home = folder.url.appending(path: "home").path
        loop = ConsoleRunLoop(terminal: terminal, configuration: ConsoleConfiguration(
            service: service, actor: actor, environment: ["HOME": home, "XDG_STATE_HOME": home], timeZone: TimeZone(identifier: "UTC")!,
            notifications: notifications))
        loop.start(incident: nil)
        _ = loop.step()
    }

    /// Another process's service on the same store file.
    func otherService() throws -> IncidentService {
        IncidentService(store: try SQLiteEventStore(url: folder.storeURL), clock: AppClock(reading: clock.now))
    }

    /// Types `keys` as one batch, lets the worker finish what they asked for, and draws the result.
    func send(_ keys: [KeyEvent]) {
        terminal.type(keys: keys)
        _ = loop.step()
        loop.settle()
        _ = loop.step()
    }

    /// Moves the clock to the next second and runs one turn, then lets the worker's follow finish and draws again.
    func tick(seconds: TimeInterval = 1) {
        clock.advance(seconds: seconds)
        _ = loop.step()
        loop.settle()
        _ = loop.step()
    }

    /// The screen as one line with single spaces, so wrapped text can be looked for.
    var screen: String {
        terminal.screenLines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    func events(_ id: IncidentID) throws -> [Event] { try service.store.events(for: id) }
}

func keys(_ text: String) -> [KeyEvent] { text.map(KeyEvent.character) }
