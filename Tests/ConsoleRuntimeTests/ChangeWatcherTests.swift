/// The store's change watcher: quiet while nothing is committed, true after a commit by any connection.
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore
import Testing

@Suite struct ChangeWatcherTests {
    @Test func saysChangedOnlyAfterACommit() throws {
        let folder = try TemporaryFolder()
        let clock = ManualClock()
        let store = try SQLiteEventStore(url: folder.storeURL)
        let service = IncidentService(store: store, clock: AppClock(reading: clock.now))
        let watcher = try store.changeWatcher()
        #expect(try watcher.hasChanged())
        #expect(try !watcher.hasChanged())

        let id = try #require(try service.declare(title: "Apps unreachable", priority: .p1, securitySensitive: false, as: "ana").state.id)
        #expect(try watcher.hasChanged())
        _ = try store.events(for: id)
        _ = try store.incidents()
        #expect(try !watcher.hasChanged())

        // Another process's store on the same file.
        let other = IncidentService(store: try SQLiteEventStore(url: folder.storeURL), clock: AppClock(reading: clock.now))
        try other.perform(.log(.note, text: "from elsewhere", at: nil), on: id, as: "kim")
        #expect(try watcher.hasChanged())
        #expect(try !watcher.hasChanged())
    }
}
