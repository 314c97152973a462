/// Concurrent writers, each with its own store on one file, never lose or duplicate an event and stay gap-free.
import Foundation
import IncidentCore
import Testing
@testable import IncidentStore
import IncidentPostgres

/// Collects results from writer threads.
private final class Collected<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value] = []
    func add(_ value: Value) { lock.withLock { values.append(value) } }
    var all: [Value] { lock.withLock { values } }
}

/// Runs each closure on its own thread and waits for all of them.
private func runOnThreads(_ bodies: [@Sendable () -> Void]) {
    let group = DispatchGroup()
    for body in bodies {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.start()
    }
    group.wait()
}

/// Appends `count` entries, catching up with `events(after:)` and retrying whenever another writer got in first.
private func appendWithRetry(_ store: any EventStore, writer: String, count: Int) throws -> (ids: [UUID], conflicts: Int) {
    var known = try store.events(for: Sample.incident).last?.sequence ?? 0
    var ids: [UUID] = []
    var conflicts = 0
    for index in 0..<count {
        let id = UUID()
        while true {
            var event = Sample.entry(sequence: known + 1, text: "\(writer) #\(index)", actor: Person(writer))
            event.id = id
            do {
                try store.append([event], expectedLastSequence: known)
                known += 1
                break
            } catch StoreError.conflict {
                conflicts += 1
                known = try store.events(for: Sample.incident, after: known).last?.sequence ?? known
            }
        }
        ids.append(id)
    }
    return (ids, conflicts)
}

@Suite struct ConcurrentWriterTests {
    @Test(arguments: Engine.available) func twoWritersAppendingAtOnceKeepEveryEventOnceAndGapFree(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let declared = Sample.declared()
        try database.open().append([declared], expectedLastSequence: 0)
        let perWriter = 200
        let written = Collected<[UUID]>()
        let failures = Collected<String>()
        runOnThreads(["alice", "bob"].map { writer in
            {
                do {
                    let store = try database.open()
                    written.add(try appendWithRetry(store, writer: writer, count: perWriter).ids)
                } catch {
                    failures.add("\(writer): \(error)")
                }
            }
        })

        #expect(failures.all.isEmpty)
        let stored = try database.open().events(for: Sample.incident)
        #expect(stored.map(\.sequence) == Array(1...(1 + 2 * perWriter)))
        #expect(Set(stored.map(\.id)) == Set(written.all.flatMap { $0 } + [declared.id]))
        #expect(stored.count == Set(stored.map(\.id)).count)
        // Each writer's own entries stay in the order it wrote them.
        for writer in ["alice", "bob"] {
            let texts = stored.compactMap { event -> String? in
                guard event.actor == Person(writer), case .entryLogged(_, let text) = event.payload else { return nil }
                return text
            }
            #expect(texts == (0..<perWriter).map { "\(writer) #\($0)" })
        }
    }

    @Test func severalProcessesCreatingTheSameNewStoreAllSucceed() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("new/incidents.sqlite")
        let failures = Collected<String>()

        runOnThreads((0..<4).map { index in
            {
                do {
                    _ = try SQLiteEventStore(url: url).incidents()
                } catch {
                    failures.add("opener \(index): \(error)")
                }
            }
        })

        #expect(failures.all.isEmpty)
        let store = try SQLiteEventStore(url: url)
        try store.append([Sample.declared()], expectedLastSequence: 0)
        #expect(try store.events(for: Sample.incident).count == 1)
    }
}
