/// Reads what the CLI prints as data: `export --format jsonl` lines and `show --json`.
import Foundation

/// One line of `incident export --format jsonl` (only the fields the tests look at).
struct ExportedEvent: Decodable {
    struct Data: Decodable {
        var entryKind: String?
        var text: String?
    }

    var v: Int
    var id: String
    var incident: String
    var seq: Int
    var kind: String
    var prev: String?
    var data: Data

    /// The text of a logged entry, nil for other events.
    var entryText: String? { kind == "entryLogged" ? data.text : nil }
    var text: String? { data.text }

    static func parseLines(_ text: String) throws -> [ExportedEvent] {
        try text.split(separator: "\n").map { try JSONDecoder().decode(ExportedEvent.self, from: Foundation.Data($0.utf8)) }
    }
}

/// `incident show --json` (only the fields the tests look at).
struct ShownIncident: Decodable {
    struct Entry: Decodable {
        var id: String
        var sequence: Int
        var occurredAt: String
        var loggedAt: String
        var actor: String
        var kind: String
        var text: String
    }

    var id: String
    var title: String
    var phase: String
    var timeline: [Entry]

    static func parse(_ text: String) throws -> ShownIncident {
        try JSONDecoder().decode(ShownIncident.self, from: Data(text.utf8))
    }
}

enum CLITime {
    /// Parses the CLI's timestamps, such as `2026-11-29T02:45:00.017Z`.
    static func parse(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}

extension Array where Element == ExportedEvent {
    /// Sequence numbers that break 1, 2, 3, …, N (empty when gap-free and in order).
    var sequenceBreaks: [Int] {
        enumerated().filter { $0.element.seq != $0.offset + 1 }.map(\.element.seq)
    }

    /// Entry texts that appear more than once.
    var duplicatedTexts: [String] {
        Dictionary(grouping: compactMap(\.entryText), by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }
}
