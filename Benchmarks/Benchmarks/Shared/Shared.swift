/// The shared store on a PostgreSQL server on loopback (INCIDENT_TEST_POSTGRES, as `Scripts/with-postgres` sets):
/// an append, the time until another connection's watcher hears of it, and the floors measured in the same run.
import Benchmark
import BenchmarkFixtures
import Foundation
import IncidentCore
import IncidentPostgres
import IncidentStore
import Logging
import PostgresNIO

/// The admin address of the server; each benchmark makes a database of its own on it.
let serverAddress: PostgresAddress = {
    guard let text = ProcessInfo.processInfo.environment["INCIDENT_TEST_POSTGRES"],
          let address = try? PostgresAddress.parse(text, environment: [:], loginName: "postgres") else {
        fatalError("Set INCIDENT_TEST_POSTGRES to a server's admin address, or run under Scripts/with-postgres.")
    }
    return address
}()

let logger = Logger(label: "benchmarks", factory: { _ in SwiftLogNoOpLogHandler() })

func connect(_ address: PostgresAddress) throws -> PostgresConnection {
    let configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                         password: nil, database: address.database, tls: .disable)
    return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                          id: 0, logger: logger).wait()
}

/// A new database for one benchmark, holding the busy incident's log.
func makeDatabase(_ name: String) throws -> (PostgresAddress, PostgresEventStore, IncidentBuilder) {
    let admin = try connect(serverAddress)
    defer { try? admin.close().wait() }
    let database = "bench_\(name)_\(ProcessInfo.processInfo.processIdentifier)"
    _ = try admin.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(database) WITH (FORCE)"), logger: logger).wait()
    _ = try admin.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(database)"), logger: logger).wait()
    var address = serverAddress
    address.database = database
    address.sslMode = .disable
    let store = try PostgresEventStore(address: address, environment: [:])
    let busy = IncidentBuilder.busy()
    try store.append(busy.log, expectedLastSequence: 0)
    return (address, store, busy)
}

/// The store and the last sequence appended so far, carried from one iteration to the next.
final class SharedAppender: @unchecked Sendable {
    let store: PostgresEventStore
    let watcher: (any StoreChangeWatcher)?
    var lastSequence: Int
    let start: Date
    init(store: PostgresEventStore, watcher: (any StoreChangeWatcher)?, lastSequence: Int, start: Date) {
        self.store = store
        self.watcher = watcher
        self.lastSequence = lastSequence
        self.start = start
    }

    func nextEvent() -> Event {
        lastSequence += 1
        return Event(id: UUID(), incidentID: IncidentBuilder.id, sequence: lastSequence,
                     occurredAt: start.addingTimeInterval(Double(lastSequence)),
                     loggedAt: start.addingTimeInterval(Double(lastSequence)), actor: "ana",
                     payload: .entryLogged(kind: .action, text: "Restarted router/3; 502s dropping on the London edge"))
    }
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput]
    let configuration = Benchmark.Configuration(metrics: metrics, timeUnits: .microseconds,
                                                maxDuration: FixtureSize.maxDuration(5), maxIterations: FixtureSize.maxIterations(2_000))

    // One transaction: the incident's advisory lock, the last sequence and id checks, the chain's head, the insert,
    // the notification, the commit.
    Benchmark("PostgreSQL: append one event", configuration: configuration) { (benchmark: Benchmark, appender: SharedAppender) in
        let event = appender.nextEvent()
        benchmark.startMeasurement()
        do { try appender.store.append([event], expectedLastSequence: event.sequence - 1) } catch { benchmark.error("\(error)") }
        benchmark.stopMeasurement()
    } setup: {
        let (_, store, busy) = try makeDatabase("append")
        return SharedAppender(store: store, watcher: nil, lastSequence: busy.log.count, start: busy.now)
    }

    // From the start of another connection's append to the moment this machine's watcher says something changed:
    // what live follow costs before the console reads the new entries.
    Benchmark("PostgreSQL: live follow (append seen by another connection)", configuration: configuration) { (benchmark: Benchmark, appender: SharedAppender) in
        let event = appender.nextEvent()
        _ = try? appender.watcher?.hasChanged()
        benchmark.startMeasurement()
        do { try appender.store.append([event], expectedLastSequence: event.sequence - 1) } catch { benchmark.error("\(error)") }
        while (try? appender.watcher?.hasChanged()) != true {}
        benchmark.stopMeasurement()
    } setup: {
        let (address, store, busy) = try makeDatabase("follow")
        let watcher = try PostgresEventStore(address: address, environment: [:]).changeWatcher()
        return SharedAppender(store: store, watcher: watcher, lastSequence: busy.log.count, start: busy.now)
    }

    // The floor: the same row inserted by postgres-nio alone, in a transaction, on one kept connection.
    Benchmark("postgres-nio: insert one row in a transaction (floor)", configuration: configuration) { (benchmark: Benchmark, connection: PostgresConnection) in
        benchmark.startMeasurement()
        do {
            _ = try connection.query("BEGIN", logger: logger).wait()
            _ = try connection.query("INSERT INTO floor (id, payload) VALUES (\(UUID()), \("Restarted router/3; 502s dropping on the London edge"))",
                                     logger: logger).wait()
            _ = try connection.query("COMMIT", logger: logger).wait()
        } catch { benchmark.error("\(error)") }
        benchmark.stopMeasurement()
    } setup: {
        let (address, _, _) = try makeDatabase("floor")
        let connection = try connect(address)
        _ = try connection.query("CREATE TABLE floor (id uuid PRIMARY KEY, payload text NOT NULL)", logger: logger).wait()
        return connection
    }

    // The floor of any round trip: SELECT 1.
    Benchmark("postgres-nio: SELECT 1 (floor)", configuration: configuration) { (benchmark: Benchmark, connection: PostgresConnection) in
        benchmark.startMeasurement()
        do { _ = try connection.query("SELECT 1", logger: logger).wait() } catch { benchmark.error("\(error)") }
        benchmark.stopMeasurement()
    } setup: {
        try connect(serverAddress)
    }
}
