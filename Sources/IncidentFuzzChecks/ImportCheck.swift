/// The importer's contract: JSON Lines become events or a usage error naming the line; a new SQLite store takes
/// them whole or refuses them whole; what it took reads back unchanged and can be shown, exported and drawn.
import Foundation
import IncidentApp
import IncidentConsole
import IncidentCore
import IncidentStore
import ScreenGrid

enum ImportCheck {
    /// A fixed time (2026-11-29 03:00 UTC), so a check gives the same result every run.
    static let now = Date(timeIntervalSince1970: 1_795_921_200)

    static func check(_ bytes: [UInt8]) throws {
        // Decoded as the `import` command reads its file.
        let text = String(decoding: bytes, as: UTF8.self)
        let events: [Event]
        do {
            events = try EventExport.readJSONLines(text)
        } catch let AppError.usage(message) {
            guard message.hasPrefix("line ") else { throw FuzzFailure("the import error does not name the line: \(message)") }
            return
        } catch {
            throw FuzzFailure("readJSONLines threw \(error), not a usage error")
        }
        for event in events { try EventDecoderCheck.roundTrip(event) }
        guard !events.isEmpty else { return }
        try withTemporaryStore { store in try importAndRead(events, into: store) }
    }

    static func importAndRead(_ events: [Event], into store: SQLiteEventStore) throws {
        do {
            _ = try store.importEvents(events)
        } catch let error as StoreError {
            // Refused whole: nothing of it is left in the store.
            guard try store.incidents().isEmpty else { throw FuzzFailure("a refused import (\(error)) left events behind") }
            return
        } catch {
            throw FuzzFailure("importEvents threw \(type(of: error)), not a StoreError: \(error)")
        }
        var firstByID: [UUID: Event] = [:]
        for event in events where firstByID[event.id] == nil { firstByID[event.id] = event }
        var stored: [Event] = []
        for incident in Set(events.map(\.incidentID)).sorted() {
            let log = try store.events(for: incident)
            guard log.map(\.sequence) == Array(1..<log.count + 1) else {
                throw FuzzFailure("the stored log of \(incident) is not numbered 1...n: \(log.map(\.sequence))")
            }
            for event in log where firstByID[event.id] != event {
                throw FuzzFailure("event \(event.id) reads back changed:\n\(String(describing: firstByID[event.id]))\n\(event)")
            }
            try show(log)
            stored += log
        }
        guard stored.count == firstByID.count else {
            throw FuzzFailure("imported \(firstByID.count) distinct events, \(stored.count) read back")
        }
        guard try store.importEvents(events) == 0 else { throw FuzzFailure("importing the same events again added some") }
        _ = try store.incidents()
    }

    /// What `show`, `export`, `report` and the console do with an incident's log.
    static func show(_ log: [Event]) throws {
        let state = IncidentState.replay(log)
        for format in ExportFormat.allCases { _ = try EventExport.export(log, state: state, as: format) }
        let report = IncidentReport(state: state, playbook: .standard, now: now)
        _ = try JSONEncoder().encode(report)
        let snapshot = ConsoleSnapshot(state: state, now: now, timeZone: TimeZone(identifier: "UTC")!, actor: "kim",
                                       size: Size(width: 100, height: 30))
        try ScreenSafety.check(ConsoleRenderer.render(ConsoleModel(), snapshot), "the console showing an imported incident")
    }

    /// A new store in a new temporary folder, removed afterwards.
    static func withTemporaryStore(_ body: (SQLiteEventStore) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("incident-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteEventStore(url: folder.appendingPathComponent("incidents.sqlite"))
        defer { try? store.close() }
        try body(store)
    }
}
