/// The SQLite event log, in temporary directories on the machine's own disk (WAL, synchronous=FULL).
import Benchmark
import BenchmarkFixtures
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore

/// One folder per benchmark process, removed by each benchmark's teardown.
let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("incident-benchmarks-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)

func makeStore(named name: String, with events: [Event]) throws -> SQLiteEventStore {
    let store = try SQLiteEventStore(url: scratch.appendingPathComponent(name).appendingPathComponent("incidents.sqlite"))
    try store.append(events, expectedLastSequence: 0)
    return store
}

func removeScratch() throws {
    if FileManager.default.fileExists(atPath: scratch.path) { try FileManager.default.removeItem(at: scratch) }
}

/// The store and the last sequence appended so far, carried from one iteration to the next.
final class Appender {
    let store: SQLiteEventStore
    var lastSequence: Int
    let start: Date
    init(store: SQLiteEventStore, lastSequence: Int, start: Date) {
        self.store = store
        self.lastSequence = lastSequence
        self.start = start
    }

    func nextEvent() -> Event {
        let sequence = lastSequence + 1
        return Event(id: UUID(), incidentID: IncidentBuilder.id, sequence: sequence,
                     occurredAt: start.addingTimeInterval(Double(sequence)),
                     loggedAt: start.addingTimeInterval(Double(sequence)), actor: "ana",
                     payload: .entryLogged(kind: .action, text: "Restarted router/3; 502s dropping on the London edge"))
    }
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .mallocBytesCount, .peakMemoryResident]
    let slow = 5

    // Each iteration appends the next entry (the event is built before measuring): one IMMEDIATE
    // transaction that checks the last sequence and the id, reads the chain's head, inserts, and commits with fsync.
    Benchmark("Append one event (durable)",
              configuration: .init(metrics: metrics + [.writeSyscalls], timeUnits: .microseconds,
                                   maxDuration: FixtureSize.maxDuration(5), maxIterations: FixtureSize.maxIterations(2_000),
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, appender: Appender) in
        let event = appender.nextEvent()
        benchmark.startMeasurement()
        do {
            try appender.store.append([event], expectedLastSequence: appender.lastSequence)
        } catch {
            benchmark.error("append failed: \(error)")
        }
        benchmark.stopMeasurement()
        appender.lastSequence = event.sequence
    } setup: {
        let busy = IncidentBuilder.busy()
        let store = try makeStore(named: "append", with: busy.log)
        return Appender(store: store, lastSequence: busy.log.count, start: busy.now)
    }

    // The floor for the append: the `sqlite3` shell, one process kept open, inserting the same row into the same
    // table in an IMMEDIATE transaction with the same settings (WAL, synchronous = FULL). Each iteration writes
    // the statements to its standard input and waits for the line it prints after COMMIT.
    Benchmark("sqlite3 shell: insert one row (durable)",
              configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .microseconds,
                                   maxDuration: FixtureSize.maxDuration(5), maxIterations: FixtureSize.maxIterations(2_000),
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, shell: SQLiteShell) in
        let statement = shell.nextInsert()
        benchmark.startMeasurement()
        do { try shell.run(statement) } catch { benchmark.error("sqlite3 failed: \(error)") }
        benchmark.stopMeasurement()
    } setup: {
        let busy = IncidentBuilder.busy()
        let store = try makeStore(named: "shell", with: busy.log)
        return try SQLiteShell(path: store.url.path, lastSequence: busy.log.count, start: busy.now)
    }

    for count in FixtureSize.scaling {
        Benchmark("Load \(FixtureSize.label(count))-event incident (events(for:))",
                  configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: FixtureSize.maxDuration(slow),
                                       maxIterations: FixtureSize.maxIterations(count >= 1_000_000 ? 3 : 100),
                                       teardown: { try removeScratch() })) { (benchmark: Benchmark, store: SQLiteEventStore) in
            do { blackHole(try store.events(for: IncidentBuilder.id)) } catch { benchmark.error("load failed: \(error)") }
        } setup: {
            try SQLiteEventStore(url: try FixtureStore.url(eventCount: count))
        }
    }

    // What every command and the console's first frame read: the incident's state snapshot plus the events after it.
    for count in FixtureSize.scaling {
        Benchmark("State of \(FixtureSize.label(count))-event incident (state(of:): snapshot + tail)",
                  configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: FixtureSize.maxDuration(slow),
                                       maxIterations: FixtureSize.maxIterations(count >= 1_000_000 ? 10 : 100),
                                       teardown: { try removeScratch() })) { (benchmark: Benchmark, store: SQLiteEventStore) in
            do { blackHole(try store.state(of: IncidentBuilder.id)) } catch { benchmark.error("state failed: \(error)") }
        } setup: {
            try SQLiteEventStore(url: try FixtureStore.url(eventCount: count))
        }
    }

    // What an `incident log TEXT` does once it has picked its incident: IncidentService.perform, i.e. load the state,
    // decide and append durably. Each iteration logs one more entry on the growing incident.
    let commandSize = FixtureSize.longIncident
    Benchmark("CLI command on \(FixtureSize.label(commandSize))-event incident (IncidentService.perform: load + decide + append)",
              configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: FixtureSize.maxDuration(slow), maxIterations: FixtureSize.maxIterations(100),
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, service: IncidentService) in
        do {
            blackHole(try service.perform(.log(.action, text: "Restarted router/3; 502s dropping on the London edge", at: nil),
                                          on: IncidentBuilder.id, as: "ana"))
        } catch { benchmark.error("command failed: \(error)") }
    } setup: {
        let store = try FixtureStore.copy(eventCount: commandSize, into: scratch)
        return IncidentService(store: store, clock: try AppClock(environment: [:]))
    }

    // The console's once-a-second live-follow poll (IncidentFollower.refresh) when nobody else has written.
    Benchmark("Poll events(after:) with nothing new, \(FixtureSize.label(commandSize))-event incident",
              configuration: .init(metrics: metrics, timeUnits: .microseconds, maxDuration: FixtureSize.maxDuration(3), maxIterations: FixtureSize.maxIterations(100_000),
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, store: SQLiteEventStore) in
        do { blackHole(try store.events(for: IncidentBuilder.id, after: commandSize)) } catch { benchmark.error("poll failed: \(error)") }
    } setup: {
        try SQLiteEventStore(url: try FixtureStore.url(eventCount: commandSize))
    }

    // What every `incident` command runs to pick its incident (IncidentService.selectIncident).
    Benchmark("incidents() over a store holding a \(FixtureSize.label(commandSize))-event incident",
              configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: FixtureSize.maxDuration(slow), maxIterations: FixtureSize.maxIterations(1_000),
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, store: SQLiteEventStore) in
        do { blackHole(try store.incidents()) } catch { benchmark.error("list failed: \(error)") }
    } setup: {
        try SQLiteEventStore(url: try FixtureStore.url(eventCount: commandSize))
    }
}
