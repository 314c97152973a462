/// Export of an incident's log as JSON Lines, a JSON array or CSV, and reading JSON Lines back for import.
import Foundation
import IncidentCore
import ScreenGrid

public enum ExportFormat: String, CaseIterable, Sendable {
    case jsonl, json, csv
}

/// One event read from an import file, with the line it came from.
public struct ImportLine: Sendable, Equatable {
    public var line: Int
    public var record: WireRecord
}

public enum EventExport {
    /// The stored lines, canonical and so exactly as the hash chain covers them (JSON Lines and JSON), or the
    /// timeline as a spreadsheet (CSV).
    public static func export(_ records: [WireRecord], state: IncidentState, as format: ExportFormat) -> String {
        switch format {
        case .jsonl:
            return records.map { $0.line + "\n" }.joined()
        case .json:
            return "[\n" + records.map { "  " + $0.line }.joined(separator: ",\n") + "\n]\n"
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

    /// Reads JSON Lines (blank lines ignored), ending in LF or CRLF. Invalid UTF-8 is refused, never replaced;
    /// the error names the line that could not be read.
    public static func readLines(_ data: some Collection<UInt8>) throws -> [ImportLine] {
        var result: [ImportLine] = []
        for (index, raw) in Array(data).split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = raw[...]
            while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 { line = line.dropLast() }
            while let first = line.first, first == 0x20 || first == 0x09 { line = line.dropFirst() }
            guard !line.isEmpty else { continue }
            do {
                result.append(ImportLine(line: index + 1, record: try EventWire.decodeRecord(line)))
            } catch {
                throw AppError.usage("line \(index + 1): \(error)")
            }
        }
        return result
    }

    /// The most an import reads: far more than any incident's log, and a bound for a stream that never ends.
    public static let maxImportBytes = 1 << 30

    /// Reads JSON Lines from a file or pipe in chunks, refusing a line over `EventWire.maxLineBytes` or a stream
    /// over ``maxImportBytes`` as soon as it is seen, so `/dev/zero` ends with an error, not with memory exhausted.
    public static func readLines(from handle: FileHandle, name: String) throws -> [ImportLine] {
        var data = Data()
        var lineStart = 0
        var lineNumber = 1
        while true {
            let chunk: Data
            do {
                guard let read = try handle.read(upToCount: 1 << 16), !read.isEmpty else { break }
                chunk = read
            } catch {
                throw AppError.usage("Cannot read \(name): \(error.localizedDescription)")
            }
            data.append(chunk)
            guard data.count <= maxImportBytes else {
                throw AppError.usage("\(name) is over \(maxImportBytes >> 20) MiB: not an incident export.")
            }
            while let newline = data[lineStart...].firstIndex(of: 0x0A) {
                lineStart = newline + 1
                lineNumber += 1
            }
            guard data.count - lineStart <= EventWire.maxLineBytes + 2 else {
                throw AppError.usage("line \(lineNumber) of \(name) is over \(EventWire.maxLineBytes >> 20) MiB: not an incident export.")
            }
        }
        return try readLines(data)
    }

    /// The events of JSON Lines text.
    public static func readJSONLines(_ text: String) throws -> [Event] {
        try readLines(Array(text.utf8)).map(\.record.event)
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
