/// Export of an incident's log as JSON Lines, a JSON array or CSV, and import from JSON Lines.
import Foundation
import IncidentCore
import ScreenGrid

public enum ExportFormat: String, CaseIterable, Sendable {
    case jsonl, json, csv
}

public enum EventExport {
    public static func export(_ events: [Event], state: IncidentState, as format: ExportFormat) throws -> String {
        switch format {
        case .jsonl:
            return try events.map { try $0.jsonLine() }.joined(separator: "\n") + (events.isEmpty ? "" : "\n")
        case .json:
            return "[\n" + (try events.map { "  " + (try $0.jsonLine()) }.joined(separator: ",\n")) + "\n]\n"
        case .csv:
            // The timeline as a spreadsheet: one row per item, corrections applied, strike-outs noted.
            var lines = ["sequence,occurred_at,logged_at,actor,kind,text,struck"]
            for item in state.timeline {
                lines.append([String(item.sequence), Timestamp.format(item.occurredAt), Timestamp.format(item.loggedAt),
                              item.actor.name, item.category.name, item.text, item.strike?.reason ?? ""].map(csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Reads JSON Lines (blank lines ignored), ending in LF or CRLF. The error names the line that could not be read.
    public static func readJSONLines(_ text: String) throws -> [Event] {
        var events: [Event] = []
        // "\r\n" is a single Character in Swift, so splitting on "\n" alone would never split a CRLF file.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            guard !trimmed.isEmpty else { continue }
            do {
                events.append(try Event.decode(json: Data(trimmed.utf8)))
            } catch {
                throw AppError.usage("line \(index + 1): \(error)")
            }
        }
        return events
    }

    static func csvField(_ text: String) -> String {
        // Control characters are escaped as on screen; formula-looking cells get a leading apostrophe
        // so spreadsheets do not run them.
        var value = TextSanitizer.sanitize(text, keepNewlines: true)
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { ",\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
