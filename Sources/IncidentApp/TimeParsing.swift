/// Reads the times responders type: ISO 8601, a clock time like 03:10, or "15m ago"; strictly, so a typo is refused.
import Foundation
import IncidentCore

/// Every form is read field by field with ASCII digits only: no sign, hex, exponent or
/// trailing text is taken, and every field must be in range (month 1-12, a day that exists in
/// that month, hour 0-23, minute and second 0-59). `2026-02-30`, `25:00` and `0x10m` are
/// refused, never rolled over to another day or read as another number.
public enum TimeParsing {
    /// `2026-11-29T03:10:00Z`, `2026-11-29T03:10:00.250Z`, `2026-11-29T04:10:00+01:00`.
    public static func iso8601(_ text: String) -> Date? {
        var scan = FieldScanner(text)
        guard let date = scan.date(), scan.take("T") || scan.take("t"), let time = scan.time(seconds: true) else { return nil }
        var milliseconds = 0
        if scan.take(".") {
            guard let fraction = scan.digitText(1...9) else { return nil }
            milliseconds = Int(fraction.prefix(3).padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
        }
        var offset = 0
        if scan.take("Z") || scan.take("z") {
            offset = 0
        } else if let sign = scan.take("+") ? 1 : scan.take("-") ? -1 : nil {
            guard let hours = scan.number(2...2), hours <= 23, scan.take(":"), let minutes = scan.number(2...2), minutes <= 59 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard scan.atEnd, let utc = dateFrom(date, time, in: TimeZone(identifier: "UTC")!) else { return nil }
        return recordable(utc.addingTimeInterval(TimeInterval(-offset) + TimeInterval(milliseconds) / 1000))
    }

    /// `2026-11-29T03:10:00Z`; `03:10` or `3:10` (today, in `timeZone`, or yesterday if that is still ahead);
    /// `15m`, `15m ago`, `-15m`, `2h ago`, `30s`.
    public static func parse(_ raw: String, now: Date, timeZone: TimeZone) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let date = iso8601(text) { return date }
        if let relative = relativeSeconds(text.lowercased(), units: ["s": 1, "m": 60, "h": 3600], allowing: ["-"], suffix: " ago") {
            return now.addingTimeInterval(-relative)
        }
        var scan = FieldScanner(text)
        guard let time = scan.time(seconds: false), scan.atEnd else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let today = calendar.date(bySettingHour: time.hour, minute: time.minute, second: 0, of: now) else { return nil }
        return today > now ? calendar.date(byAdding: .day, value: -1, to: today) : today
    }

    /// A time ahead, for scheduling: `2026-12-03T14:00:00Z`; `2026-12-03 14:00` (in `timeZone`);
    /// `3d`, `in 3d`, `48h`, `in 90m` (from now).
    public static func parseAhead(_ raw: String, now: Date, timeZone: TimeZone) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let date = iso8601(text) { return date }
        if let ahead = relativeSeconds(text.lowercased(), units: ["m": 60, "h": 3600, "d": 86_400], allowing: ["in "], suffix: nil) {
            return now.addingTimeInterval(ahead)
        }
        var scan = FieldScanner(text)
        guard let date = scan.date(), scan.take(" ") || scan.take("T") || scan.take("t"), let time = scan.time(seconds: false),
              scan.atEnd else { return nil }
        return dateFrom(date, time, in: timeZone)
    }

    /// `15m` and the like: ASCII digits with an optional fraction (`1.5h`), then a unit, at most ten years.
    private static func relativeSeconds(_ text: String, units: [Character: Double], allowing prefixes: [String], suffix: String?) -> TimeInterval? {
        var body = Substring(text)
        if let suffix, body.hasSuffix(suffix) { body = body.dropLast(suffix.count) }
        for prefix in prefixes where body.hasPrefix(prefix) { body = body.dropFirst(prefix.count) }
        guard let unit = body.last, let scale = units[unit] else { return nil }
        let number = body.dropLast()
        let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 12 && $0.allSatisfy(\.isASCIIDigit) }),
              let amount = Double(number) else { return nil }
        let seconds = amount * scale
        // Ten years at most, so no typo reaches date arithmetic as a huge number.
        return seconds <= 10 * 366 * 86_400 ? seconds : nil
    }

    /// The date of checked fields in `timeZone`; nil for a local time that does not exist (skipped by a clock change).
    private static func dateFrom(_ day: FieldScanner.Day, _ time: FieldScanner.Time, in timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let wanted = DateComponents(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute, second: time.second)
        guard let date = calendar.date(from: wanted) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == day.year, back.month == day.month, back.day == day.day, back.hour == time.hour, back.minute == time.minute
        else { return nil }
        return recordable(date)
    }

    /// Only times the record can hold (1970 to 9999, `Timestamp.recordable`) are times at all: a year typed as 0001
    /// or 10000 is refused here, where it was typed, rather than later by the rules.
    private static func recordable(_ date: Date) -> Date? {
        Timestamp.recordable.contains(date) ? date : nil
    }
}

/// Reads fixed-width ASCII digit fields and literal characters, left to right.
struct FieldScanner {
    struct Day { var year, month, day: Int }
    struct Time { var hour, minute, second: Int }

    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    /// Between `width.lowerBound` and `width.upperBound` ASCII digits, as many as there are.
    mutating func digitText(_ width: ClosedRange<Int>) -> String? {
        var end = index
        while end < bytes.count, end - index < width.upperBound, (0x30...0x39).contains(bytes[end]) { end += 1 }
        guard end - index >= width.lowerBound else { return nil }
        defer { index = end }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    mutating func number(_ width: ClosedRange<Int>) -> Int? { digitText(width).flatMap { Int($0) } }

    /// `YYYY-MM-DD` with a day that exists in that month.
    mutating func date() -> Day? {
        guard let year = number(4...4), take("-"), let month = number(2...2), take("-"), let day = number(2...2),
              (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// `HH:MM` (the hour may be one digit when `seconds` is false) or `HH:MM:SS`.
    mutating func time(seconds: Bool) -> Time? {
        guard let hour = number(seconds ? 2...2 : 1...2), take(":"), let minute = number(2...2), hour <= 23, minute <= 59 else { return nil }
        guard seconds else { return Time(hour: hour, minute: minute, second: 0) }
        guard take(":"), let second = number(2...2), second <= 59 else { return nil }
        return Time(hour: hour, minute: minute, second: second)
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}
