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
        // Read as the `import` command reads its file: bytes, strictly.
        let lines: [ImportLine]
        do {
            lines = try EventExport.readLines(bytes)
        } catch let AppError.usage(message) {
            guard message.hasPrefix("line ") else { throw FuzzFailure("the import error does not name the line: \(message)") }
            return
        } catch {
            throw FuzzFailure("readLines threw \(error), not a usage error")
        }
        for line in lines { try EventDecoderCheck.roundTrip(line.record.event) }
        guard !lines.isEmpty else { return }
        try withTemporaryStore { store in try importAndRead(lines, into: store) }
    }

    static func importAndRead(_ lines: [ImportLine], into store: SQLiteEventStore) throws {
        let service = IncidentService(store: store, playbook: .standard, clock: try AppClock(environment: ["INCIDENT_NOW": "2026-11-29T03:00:00Z"]))
        do {
            _ = try service.importLines(lines)
        } catch let error as AppError {
            // Refused whole, by line or by entry: nothing of it is left in the store.
            guard try store.incidents().isEmpty else { throw FuzzFailure("a refused import (\(error)) left events behind") }
            return
        } catch let error as StoreError {
            // A gap or a diverging log: refused whole too.
            guard try store.incidents().isEmpty else { throw FuzzFailure("a refused import (\(error)) left events behind") }
            return
        } catch {
            throw FuzzFailure("importLines threw \(type(of: error)), not an AppError or StoreError: \(error)")
        }
        let events = lines.map(\.record.event)
        var firstByID: [UUID: Event] = [:]
        for event in events where firstByID[event.id] == nil { firstByID[event.id] = event }
        var stored: [Event] = []
        for incident in Set(events.map(\.incidentID)).sorted() {
            let records = try store.records(for: incident, after: 0)
            let log = records.map(\.event)
            guard log.map(\.sequence) == Array(1..<log.count + 1) else {
                throw FuzzFailure("the stored log of \(incident) is not numbered 1...n: \(log.map(\.sequence))")
            }
            for event in log where firstByID[event.id] != event {
                throw FuzzFailure("event \(event.id) reads back changed:\n\(String(describing: firstByID[event.id]))\n\(event)")
            }
            guard case .holds = HashChain.verify(incident, records) else { throw FuzzFailure("an accepted import of \(incident) does not verify") }
            try show(records)
            stored += log
        }
        guard stored.count == firstByID.count else {
            throw FuzzFailure("imported \(firstByID.count) distinct events, \(stored.count) read back")
        }
        guard try service.importLines(lines) == 0 else { throw FuzzFailure("importing the same lines again added some") }
        _ = try store.incidents()
    }

    /// What `show`, `export`, `report` and the console do with an incident's log.
    static func show(_ records: [WireRecord]) throws {
        let state = IncidentState.replay(records.map(\.event))
        for format in ExportFormat.allCases { _ = EventExport.export(records, state: state, as: format) }
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
