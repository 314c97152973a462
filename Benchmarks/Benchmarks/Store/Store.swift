/// The SQLite event log, in temporary directories on the machine's own disk (WAL, synchronous=FULL).
import Benchmark
import BenchmarkFixtures
import Foundation
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
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .mallocBytesCount, .peakMemoryResident]

    // Each iteration appends the next entry (the event is built before measuring): one IMMEDIATE
    // transaction that checks the last sequence and the id, inserts, and commits with fsync.
    Benchmark("Append one event (durable)",
              configuration: .init(metrics: metrics + [.writeSyscalls], timeUnits: .microseconds,
                                   maxDuration: .seconds(5), maxIterations: 2_000,
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, appender: Appender) in
        let sequence = appender.lastSequence + 1
        let event = Event(id: UUID(), incidentID: IncidentBuilder.id, sequence: sequence,
                          occurredAt: appender.start.addingTimeInterval(Double(sequence)),
                          loggedAt: appender.start.addingTimeInterval(Double(sequence)), actor: "ana",
                          payload: .entryLogged(kind: .action, text: "Restarted router/3; 502s dropping on the London edge"))
        benchmark.startMeasurement()
        do {
            try appender.store.append([event], expectedLastSequence: appender.lastSequence)
        } catch {
            benchmark.error("append failed: \(error)")
        }
        benchmark.stopMeasurement()
        appender.lastSequence = sequence
    } setup: {
        let busy = IncidentBuilder.busy()
        let store = try makeStore(named: "append", with: busy.log)
        return Appender(store: store, lastSequence: busy.log.count, start: busy.now)
    }

    Benchmark("Load 10,000-event incident (events(for:))",
              configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(5), maxIterations: 1_000,
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, store: SQLiteEventStore) in
        do { blackHole(try store.events(for: IncidentBuilder.id)) } catch { benchmark.error("load failed: \(error)") }
    } setup: {
        try makeStore(named: "load", with: IncidentBuilder.long(eventCount: FixtureSize.longIncident).events)
    }

    // What every `incident` command does before deciding (IncidentService.state(of:)), and the console on opening.
    Benchmark("Load + replay 10,000-event incident",
              configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(5), maxIterations: 1_000,
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, store: SQLiteEventStore) in
        do { blackHole(IncidentState.replay(try store.events(for: IncidentBuilder.id))) } catch { benchmark.error("load failed: \(error)") }
    } setup: {
        try makeStore(named: "replay", with: IncidentBuilder.long(eventCount: FixtureSize.longIncident).events)
    }

    // The console's once-a-second live-follow poll (IncidentFollower.refresh) when nobody else has written.
    Benchmark("Poll events(after:) with nothing new, 10,000-event incident",
              configuration: .init(metrics: metrics, timeUnits: .microseconds, maxDuration: .seconds(3), maxIterations: 100_000,
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, store: SQLiteEventStore) in
        do { blackHole(try store.events(for: IncidentBuilder.id, after: FixtureSize.longIncident)) } catch { benchmark.error("poll failed: \(error)") }
    } setup: {
        try makeStore(named: "poll", with: IncidentBuilder.long(eventCount: FixtureSize.longIncident).events)
    }

    // What every `incident` command runs to pick its incident (IncidentService.selectIncident): decodes the whole store.
    Benchmark("incidents() over a store holding a 10,000-event incident",
              configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(5), maxIterations: 1_000,
                                   teardown: { try removeScratch() })) { (benchmark: Benchmark, store: SQLiteEventStore) in
        do { blackHole(try store.incidents()) } catch { benchmark.error("list failed: \(error)") }
    } setup: {
        try makeStore(named: "list", with: IncidentBuilder.long(eventCount: FixtureSize.longIncident).events)
    }
}
