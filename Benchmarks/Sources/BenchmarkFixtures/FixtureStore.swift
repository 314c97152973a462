/// Fixture stores built once per run and shared by the benchmark processes (each benchmark runs in its own).
import Foundation
import IncidentCore
import IncidentStore

public enum FixtureStore {
    /// `INCIDENT_BENCHMARK_FIXTURES`, else a folder under the temporary directory named after this executable's
    /// build time, so a rebuilt benchmark (a changed core or wire format) never reads an older run's stores.
    public static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["INCIDENT_BENCHMARK_FIXTURES"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let built = (try? FileManager.default.attributesOfItem(atPath: executable.path)[.modificationDate] as? Date) ?? Date()
        return FileManager.default.temporaryDirectory
            .appendingPathComponent("incident-benchmark-fixtures-\(Int(built.timeIntervalSince1970))", isDirectory: true)
    }()

    /// The store file holding the long incident cut at `eventCount` events, built (through the core's decide
    /// and the store's own append) the first time a process of this run asks for it. Treat it as read-only.
    public static func url(eventCount: Int) throws -> URL {
        let name = "long-\(eventCount)\(FixtureSize.smoke ? "-smoke" : "")"
        let url = folder.appendingPathComponent(name).appendingPathComponent("incidents.sqlite")
        if FileManager.default.fileExists(atPath: url.path) { return url }
        let building = folder.appendingPathComponent("\(name)-building-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: building)
        do {
            let store = try SQLiteEventStore(url: building.appendingPathComponent("incidents.sqlite"))
            try appendInBatches(IncidentBuilder.long(eventCount: eventCount).events, to: store)
        }
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
        try FileManager.default.moveItem(at: building, to: url.deletingLastPathComponent())
        return url
    }

    /// Appends a long log in batches of 10,000: one append checks every id in a single statement, and SQLite caps
    /// the variables of one statement (32,766).
    public static func appendInBatches(_ events: [Event], to store: SQLiteEventStore) throws {
        var last = 0
        while last < events.count {
            let batch = Array(events[last..<min(last + 10_000, events.count)])
            try store.append(batch, expectedLastSequence: last)
            last += batch.count
        }
    }

    /// A private copy of the fixture store in `folder`, for benchmarks that write.
    public static func copy(eventCount: Int, into scratch: URL) throws -> SQLiteEventStore {
        let source = try url(eventCount: eventCount)
        let target = scratch.appendingPathComponent("copy-\(eventCount)", isDirectory: true)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source.path + suffix) {
            try FileManager.default.copyItem(atPath: source.path + suffix, toPath: target.appendingPathComponent("incidents.sqlite" + suffix).path)
        }
        return try SQLiteEventStore(url: target.appendingPathComponent("incidents.sqlite"))
    }
}
