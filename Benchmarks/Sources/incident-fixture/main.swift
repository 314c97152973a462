/// Writes the benchmarks' long incident (built through the core's decide) into a store: `incident-fixture EVENTS STORE`.
import BenchmarkFixtures
import Foundation
import IncidentCore
import IncidentStore

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let count = Int(arguments.first!), count > 0 else {
    FileHandle.standardError.write(Data("usage: incident-fixture EVENTS STORE-PATH (a new file)\n".utf8))
    exit(2)
}
let path = arguments.last!
guard !FileManager.default.fileExists(atPath: path) else {
    FileHandle.standardError.write(Data("incident-fixture: \(path) exists; give a new file\n".utf8))
    exit(2)
}
do {
    let events = IncidentBuilder.long(eventCount: count).events
    let store = try SQLiteEventStore(url: URL(fileURLWithPath: path))
    try FixtureStore.appendInBatches(events, to: store)
    print("\(IncidentBuilder.id.rawValue) \(events.count)")
} catch {
    FileHandle.standardError.write(Data("incident-fixture: \(error)\n".utf8))
    exit(3)
}
