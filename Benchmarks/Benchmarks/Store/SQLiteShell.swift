/// A `sqlite3` shell kept open on a store, for the append's floor: the same insert, journal and sync settings.
import BenchmarkFixtures
import Foundation
import IncidentCore

enum SQLiteShellError: Error {
    case exited(String)
}

final class SQLiteShell {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    var lastSequence: Int
    let start: Date
    var pending = Data()

    init(path: String, lastSequence: Int, start: Date) throws {
        self.lastSequence = lastSequence
        self.start = start
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-batch", path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try run("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;")
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// The row the store would write for the next entry: the same columns and a line of the same length.
    func nextInsert() -> String {
        lastSequence += 1
        let event = Event(id: UUID(), incidentID: IncidentBuilder.id, sequence: lastSequence,
                          occurredAt: start.addingTimeInterval(Double(lastSequence)),
                          loggedAt: start.addingTimeInterval(Double(lastSequence)), actor: "ana",
                          payload: .entryLogged(kind: .action, text: "Restarted router/3; 502s dropping on the London edge"),
                          previousHash: String(repeating: "0", count: 64))
        let line = ((try? event.jsonLine()) ?? "{}").replacingOccurrences(of: "'", with: "''")
        let time = Timestamp.format(event.occurredAt)
        return "BEGIN IMMEDIATE; INSERT INTO event (id, incident, seq, kind, occurred_at, logged_at, actor, payload) VALUES ("
            + "'\(event.id.uuidString)', '\(event.incidentID.rawValue)', \(lastSequence), 'entryLogged', '\(time)', '\(time)', 'ana', '\(line)'); COMMIT;"
    }

    /// Sends `sql` and waits until the shell has run it (it prints a marker after).
    func run(_ sql: String) throws {
        input.fileHandleForWriting.write(Data((sql + "\nSELECT 'done';\n").utf8))
        let marker = Data("done\n".utf8)
        while pending.range(of: marker) == nil {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw SQLiteShellError.exited(String(decoding: pending, as: UTF8.self)) }
            pending.append(chunk)
        }
        pending.removeAll(keepingCapacity: true)
    }
}
