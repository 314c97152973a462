/// Reads the times typed into dialogs: the "when" field (a time past) and a review's date (a time ahead).
import Foundation
import IncidentCore

/// The console parses no time formats of its own: the run loop hands it the CLI's parsers (`TimeParsing` in
/// IncidentApp), so `--at 15m ago` and a "when" field of `15m ago` mean the same. Without them only ISO 8601 is read.
public struct TimeReader: Sendable {
    /// A time now or earlier: `03:10`, `15m ago`, `2026-11-29T03:10:00Z`; nil when the text is not a time.
    public var past: @Sendable (_ text: String, _ now: Date, _ timeZone: TimeZone) -> Date?
    /// A time ahead, for scheduling: `in 3d`, `2026-12-03 14:00`, `2026-12-03T14:00:00Z`.
    public var ahead: @Sendable (_ text: String, _ now: Date, _ timeZone: TimeZone) -> Date?

    /// Why a text typed as a time past is not one, in the parser's words (an ambiguous or future wall-clock time
    /// names both candidates); nil for the generic explanation.
    public var whyNotPast: @Sendable (_ text: String, _ now: Date, _ timeZone: TimeZone) -> String?

    public init(past: @escaping @Sendable (String, Date, TimeZone) -> Date?,
                ahead: @escaping @Sendable (String, Date, TimeZone) -> Date?,
                whyNotPast: @escaping @Sendable (String, Date, TimeZone) -> String? = { _, _, _ in nil }) {
        self.past = past
        self.ahead = ahead
        self.whyNotPast = whyNotPast
    }

    /// ISO 8601 only (`Timestamp.parse`).
    public static let iso = TimeReader(past: { text, _, _ in Timestamp.parse(text.trimmingCharacters(in: .whitespaces)) },
                                       ahead: { text, _, _ in Timestamp.parse(text.trimmingCharacters(in: .whitespaces)) })
}
