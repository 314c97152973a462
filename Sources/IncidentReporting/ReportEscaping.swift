/// Text from the record made safe for a report: control characters made visible, Markdown characters escaped.
import Foundation
import IncidentCore

/// How the report writes record text: it never lets that text change the document's structure.
public enum ReportEscaping {
    /// The text with every control character, escape sequence start and direction override replaced by a visible
    /// placeholder (`␛`, `␀`, `␡`, `⟨U+202E⟩`); newlines are kept (a CR LF pair becomes one newline).
    public static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { continue }
            if scalar == "\n" { out.append(scalar); continue }
            out.append(contentsOf: placeholder(for: scalar).unicodeScalars)
        }
        return String(out)
    }

    /// What `scalar` is written as: itself when harmless, else a visible placeholder.
    static func placeholder(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "⟨U+\(hex(scalar.value))⟩"
        default: isInvisibleFormat(scalar) ? "⟨U+\(hex(scalar.value))⟩" : String(scalar)
        }
    }

    /// Direction marks and overrides, line and paragraph separators, zero-width space and the byte-order mark:
    /// they reorder or hide text, so a reader could be shown something other than what was recorded.
    static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Characters Markdown (CommonMark and GitHub's tables and strike-through) gives a meaning anywhere in a line.
    static let markdownSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "(", ")", "#", "|", "<", ">", "~", "!", "&", "{", "}"]

    /// One line of record text as Markdown that reads as plain text: specials escaped, and a line that would start
    /// a list, a heading underline or a numbered item (`- `, `+`, `=`, `12.`) escaped at its start.
    static func escapeLine(_ line: String) -> String {
        var line = Substring(line)
        while let first = line.first, first == " " || first == "\t" { line = line.dropFirst() }
        var out = ""
        for character in line {
            if markdownSpecials.contains(character) { out.append("\\") }
            out.append(character)
        }
        if let first = out.first, first == "-" || first == "+" || first == "=" {
            out.insert("\\", at: out.startIndex)
        }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, out.dropFirst(digits.count).first == "." {
            out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
        }
        return out
    }

    /// Record text as Markdown on one line (a name, a title, a table cell): newlines become `<br>`.
    public static func inline(_ text: String) -> String {
        visible(text).split(separator: "\n", omittingEmptySubsequences: true).map { escapeLine(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: "<br>")
    }

    /// Record text as Markdown that may run over several lines, each continuation line indented by `indent`
    /// so it stays inside its list item, after a hard line break (`\` at the end of the line) so it reads as a new
    /// line; empty lines are left out so the item cannot end early.
    public static func block(_ text: String, indent: String) -> String {
        visible(text).split(separator: "\n", omittingEmptySubsequences: true).map { escapeLine(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: "\\\n" + indent)
    }

    /// A whole section of text: every line escaped and kept as a line (hard line breaks), blank lines kept as
    /// paragraph breaks.
    public static func paragraphs(_ text: String) -> String {
        var lines: [String] = []
        for raw in visible(text).split(separator: "\n", omittingEmptySubsequences: false) {
            let line = escapeLine(String(raw))
            if line.isEmpty {
                if let last = lines.last, !last.isEmpty { lines.append("") }
            } else {
                if let last = lines.indices.last, !lines[last].isEmpty { lines[last] += "\\" }
                lines.append(line)
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

/// Times and spans as the report writes them: UTC, exact to the minute.
enum ReportTime {
    /// `2018-10-21 22:52 UTC`.
    static func minute(_ date: Date) -> String {
        let stamp = Timestamp.format(date)
        return String(stamp.prefix(10)) + " " + String(stamp.dropFirst(11).prefix(5)) + " UTC"
    }

    /// `22:52` when on the same day as `reference`, else the full minute.
    static func clock(_ date: Date, sameDayAs reference: Date) -> String {
        let stamp = Timestamp.format(date), other = Timestamp.format(reference)
        return stamp.prefix(10) == other.prefix(10) ? String(stamp.dropFirst(11).prefix(5)) : minute(date)
    }
}
