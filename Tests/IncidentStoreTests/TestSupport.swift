/// Shared fixtures: a real temporary folder per test, sample events, and file inspection helpers.
import Foundation
import IncidentCore
@testable import IncidentStore

/// A fresh folder under the system temp directory, removed when the test releases it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appending(path: "incident-store-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String) -> URL { url.appending(path: name) }

    var storeURL: URL { file("incidents.sqlite") }
}

enum Sample {
    static let incident = IncidentID("INC-20261129-K7Q")
    static let other = IncidentID("INC-20261130-B2X")
    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    static func declared(_ incident: IncidentID = incident, title: String = "Checkout failing",
                         priority: Priority = .p1, at time: Date = start) -> Event {
        Event(id: UUID(), incidentID: incident, sequence: 1, occurredAt: time, loggedAt: time, actor: "ana",
              payload: .declared(title: title, priority: priority, securitySensitive: false, support: "bo"))
    }

    static func entry(_ incident: IncidentID = incident, sequence: Int, text: String = "restarted the pods",
                      actor: Person = "ana") -> Event {
        let time = start.addingTimeInterval(Double(sequence) * 60)
        return Event(id: UUID(), incidentID: incident, sequence: sequence, occurredAt: time.addingTimeInterval(-30),
                     loggedAt: time, actor: actor, payload: .entryLogged(kind: .action, text: text))
    }

    /// A declared event followed by `entries` logged entries, numbered 1...entries+1.
    static func log(_ incident: IncidentID = incident, entries: Int, at time: Date = start) -> [Event] {
        [declared(incident, at: time)] + (0..<entries).map { entry(incident, sequence: $0 + 2, text: "step \($0)") }
    }
}

enum FileInspection {
    static func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    static func sidecars(of url: URL) -> [String] {
        ["-wal", "-shm"].filter { exists(URL(fileURLWithPath: url.path + $0)) }
    }

    static func permissions(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}

/// A store with `events` appended in one go, closed again so the .sqlite file alone holds everything.
func makeClosedStore(at url: URL, events: [Event]) throws {
    let store = try SQLiteEventStore(url: url)
    try store.append(events, expectedLastSequence: 0)
    try store.close()
}
