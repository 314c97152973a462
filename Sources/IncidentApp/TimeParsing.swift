/// Reads the times responders type, one parser for every `--at`, `review schedule` and the console's time fields.
import Foundation
import IncidentCore

/// Every form is read field by field with ASCII digits only: no sign, hex, exponent or
/// trailing text is taken, and every field must be in range (month 1-12, a day that exists in
/// that month, hour 0-23, minute and second 0-59). `2026-02-30`, `25:00` and `0x10m` are
/// refused, never rolled over to another day or read as another number.
///
/// The forms, each read the same way for a time past (`--at`, a "when" field) and a time ahead (a review's date):
/// - ISO 8601 with a zone: `2026-11-29T03:10:00Z`, `…03:10:00.250Z`, `2026-11-29T04:10:00+01:00`;
/// - a local date and time: `2026-11-29 17:40`, `2026-11-29T17:40`, `2026-11-29 17:40:30`, `2026-11-29 5:40pm`;
/// - a clock time, local: `17:45`, `3:10`, `17:45:30`, `5:45pm`, `5:45 pm`;
/// - a span: `15m ago`, `1d ago`, `-15m` (past), `in 5m` (ahead), or bare `2h`, `3d`, `30s` (back for a time
///   past, ahead for a time ahead); units s, m, h, d; a fraction such as `1.5h`; at most ten years.
///
/// A clock time is today when that fits the direction (today's 17:45 is earlier than now for a time past).
/// Otherwise it is yesterday (tomorrow, for a time ahead) only when that is within 12 hours: `23:50` typed at
/// 00:20 is last night. Anything further is ambiguous and refused with both candidates (`Problem.ambiguous`).
/// A time past that is later than now is refused too, and so is a span back (`15m ago`) for a time ahead.
public enum TimeParsing {
    /// Which way from now a time may lie.
    public enum Direction: Sendable { case past, ahead }

    /// Why a text was not taken as a time; `description` says what to give instead.
    public enum Problem: Error, Equatable, Sendable {
        /// Not one of the forms.
        case notATime(String, Direction)
        /// A clock time that is not today in `direction`, and more than 12 hours away on the other day.
        case ambiguous(typed: String, direction: Direction, now: Date, today: Date, otherDay: Date, timeZone: TimeZone)
        /// A time past that is later than now (`direction` .past), or a span back for a time ahead (.ahead).
        case wrongSide(typed: String, direction: Direction, now: Date, date: Date, timeZone: TimeZone)
    }

    /// How far the other day's reading of a clock time may be (yesterday's 23:50 at 00:20 is 30 minutes back).
    public static let otherDayWindow: TimeInterval = 12 * 3600

    /// The time `raw` means, or the reason it means none.
    public static func read(_ raw: String, now: Date, timeZone: TimeZone, direction: Direction) throws(Problem) -> Date {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let date: Date
        if let absolute = iso8601(text) ?? localDateTime(text, in: timeZone) {
            // A date given in full is meant; for a time ahead the rules judge it (a review scheduled before the
            // resolution is refused there), but nothing that has not happened yet is recorded as happened.
            guard direction == .ahead || absolute <= now else {
                throw .wrongSide(typed: text, direction: direction, now: now, date: absolute, timeZone: timeZone)
            }
            return absolute
        } else if let span = span(text.lowercased(), direction: direction) {
            date = now.addingTimeInterval(span)
        } else if let clock = clockTime(text) {
            return try onTheRightDay(clock, typed: text, now: now, timeZone: timeZone, direction: direction)
        } else {
            throw .notATime(raw, direction)
        }
        guard onSide(date, of: now, direction) else {
            throw .wrongSide(typed: text, direction: direction, now: now, date: date, timeZone: timeZone)
        }
        return date
    }

    /// A time now or earlier, or nil (`read` with `.past` says why).
    public static func parse(_ raw: String, now: Date, timeZone: TimeZone) -> Date? {
        try? read(raw, now: now, timeZone: timeZone, direction: .past)
    }

    /// A time now or later, for scheduling, or nil (`read` with `.ahead` says why).
    public static func parseAhead(_ raw: String, now: Date, timeZone: TimeZone) -> Date? {
        try? read(raw, now: now, timeZone: timeZone, direction: .ahead)
    }

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

    /// A time as a person reads it back, in `timeZone`: `2026-11-29 17:40 UTC`, `2026-11-29 18:40:05 +01:00`.
    public static func describe(_ date: Date, in timeZone: TimeZone) -> String {
        let (day, time) = fields(of: date, in: timeZone)
        let offset = timeZone.secondsFromGMT(for: date)
        return "\(dayText(day)) \(clockText(time, seconds: time.second != 0)) " + (offset == 0 ? "UTC" : offsetText(offset))
    }

    // MARK: - The forms

    /// `2026-11-29 17:40`, `2026-11-29T17:40`, `2026-11-29 17:40:30`, `2026-11-29 5:40pm` in `timeZone`;
    /// nil for a local time that does not exist (skipped by a clock change).
    static func localDateTime(_ text: String, in timeZone: TimeZone) -> Date? {
        var scan = FieldScanner(text)
        guard let day = scan.date(), scan.take(" ") || scan.take("T") || scan.take("t"), let time = scan.clock(), scan.atEnd else { return nil }
        return dateFrom(day, time, in: timeZone)
    }

    /// `17:45`, `3:10`, `17:45:30`, `5:45pm`, `5:45 PM`: the fields, checked, with no day yet.
    static func clockTime(_ text: String) -> FieldScanner.Time? {
        var scan = FieldScanner(text)
        guard let time = scan.clock(), scan.atEnd else { return nil }
        return time
    }

    /// A span in seconds from now, negative for back: `15m ago`, `-15m`, `in 5m`, or bare `2h` (back for a time
    /// past, ahead for a time ahead). ASCII digits with an optional fraction (`1.5h`), a unit s, m, h or d, at most
    /// ten years, so no typo reaches date arithmetic as a huge number.
    static func span(_ text: String, direction: Direction) -> TimeInterval? {
        var body = Substring(text)
        var sign: Double = direction == .past ? -1 : 1
        if body.hasSuffix(" ago") {
            body = body.dropLast(4)
            sign = -1
        } else if body.hasPrefix("-") {
            body = body.dropFirst()
            sign = -1
        } else if body.hasPrefix("in ") {
            body = body.dropFirst(3)
            sign = 1
        }
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        guard let unit = body.last, let scale = units[unit] else { return nil }
        let number = body.dropLast()
        let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 12 && $0.allSatisfy(\.isASCIIDigit) }),
              let amount = Double(number) else { return nil }
        let seconds = amount * scale
        return seconds <= 10 * 366 * 86_400 ? sign * seconds : nil
    }

    /// A clock time on the day that fits `direction`: today, else the other day (yesterday for a time past,
    /// tomorrow for a time ahead) when that is within `otherDayWindow`, else refused as ambiguous.
    private static func onTheRightDay(_ time: FieldScanner.Time, typed: String, now: Date, timeZone: TimeZone,
                                      direction: Direction) throws(Problem) -> Date {
        let today = fields(of: now, in: timeZone).day
        guard let todays = dateFrom(today, time, in: timeZone) else { throw .notATime(typed, direction) }
        if onSide(todays, of: now, direction) { return todays }
        guard let others = dateFrom(shifted(today, by: direction == .past ? -1 : 1), time, in: timeZone) else {
            throw .notATime(typed, direction)
        }
        guard abs(others.timeIntervalSince(now)) <= otherDayWindow else {
            throw .ambiguous(typed: typed, direction: direction, now: now, today: todays, otherDay: others, timeZone: timeZone)
        }
        return others
    }

    private static func onSide(_ date: Date, of now: Date, _ direction: Direction) -> Bool {
        direction == .past ? date <= now : date >= now
    }

    // MARK: - Dates and their text

    private static func gregorian(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The date of checked fields in `timeZone`; nil for a local time that does not exist (skipped by a clock change).
    private static func dateFrom(_ day: FieldScanner.Day, _ time: FieldScanner.Time, in timeZone: TimeZone) -> Date? {
        let calendar = gregorian(timeZone)
        let wanted = DateComponents(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute, second: time.second)
        guard let date = calendar.date(from: wanted) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == day.year, back.month == day.month, back.day == day.day, back.hour == time.hour, back.minute == time.minute
        else { return nil }
        return recordable(date)
    }

    /// The local day and time of `date` in `timeZone`.
    static func fields(of date: Date, in timeZone: TimeZone) -> (day: FieldScanner.Day, time: FieldScanner.Time) {
        let c = gregorian(timeZone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return (FieldScanner.Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1),
                FieldScanner.Time(hour: c.hour ?? 0, minute: c.minute ?? 0, second: c.second ?? 0))
    }

    /// The calendar day `days` after `day`.
    private static func shifted(_ day: FieldScanner.Day, by days: Int) -> FieldScanner.Day {
        let utc = TimeZone(identifier: "UTC")!
        let noon = gregorian(utc).date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
        return fields(of: noon.addingTimeInterval(TimeInterval(days) * 86_400), in: utc).day
    }

    static func dayText(_ day: FieldScanner.Day) -> String {
        String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
    }

    static func clockText(_ time: FieldScanner.Time, seconds: Bool) -> String {
        seconds ? String(format: "%02d:%02d:%02d", time.hour, time.minute, time.second) : String(format: "%02d:%02d", time.hour, time.minute)
    }

    static func offsetText(_ seconds: Int) -> String {
        String(format: "%@%02d:%02d", seconds < 0 ? "-" : "+", abs(seconds) / 3600, abs(seconds) % 3600 / 60)
    }

    /// `2026-11-28T18:30Z`, `2026-11-28T18:30+01:00`: short, and exact about the zone.
    static func shortISO(_ date: Date, in timeZone: TimeZone) -> String {
        let (day, time) = fields(of: date, in: timeZone)
        let offset = timeZone.secondsFromGMT(for: date)
        return "\(dayText(day))T\(clockText(time, seconds: time.second != 0))" + (offset == 0 ? "Z" : offsetText(offset))
    }

    /// Only times the record can hold (1970 to 9999, `Timestamp.recordable`) are times at all: a year typed as 0001
    /// or 10000 is refused here, where it was typed, rather than later by the rules.
    private static func recordable(_ date: Date) -> Date? {
        Timestamp.recordable.contains(date) ? date : nil
    }
}

extension TimeParsing.Problem: CustomStringConvertible {
    public var description: String { message(option: nil) }

    /// What was refused, why, and what to give instead; `option` (such as `--at`) is put before the suggestion.
    public func message(option: String?) -> String {
        let give = option.map { "\($0) " } ?? ""
        switch self {
        case let .notATime(text, .past):
            return "'\(text)' is not a time: give 2026-11-29T03:10:00Z, '2026-11-29 03:10' (local), 03:10, 3:10pm, or 15m ago."
        case let .notATime(text, .ahead):
            return "'\(text)' is not a time ahead: give 2026-12-03T14:00:00Z, '2026-12-03 14:00' (local), 14:00, or in 3d, 48h."
        case let .ambiguous(typed, direction, now, today, other, zone):
            let (otherDay, otherTime) = TimeParsing.fields(of: other, in: zone)
            let clock = TimeParsing.clockText(otherTime, seconds: otherTime.second != 0)
            let nowText = TimeParsing.clockText(TimeParsing.fields(of: now, in: zone).time, seconds: false)
            let (side, dayName) = direction == .past ? ("later", "yesterday") : ("earlier", "tomorrow")
            return "\(typed) today (\(TimeParsing.shortISO(today, in: zone))) is \(side) than now (\(nowText)): "
                + "did you mean \(dayName) \(clock) (\(TimeParsing.shortISO(other, in: zone)))? "
                + "Give the date: \(give)'\(TimeParsing.dayText(otherDay)) \(clock)'"
        case let .wrongSide(typed, .past, now, date, zone):
            return "'\(typed)' is \(TimeParsing.describe(date, in: zone)), later than now (\(TimeParsing.describe(now, in: zone))): "
                + "give the time it happened, now or earlier; what is planned is recorded when it happens."
        case let .wrongSide(typed, .ahead, now, date, zone):
            return "'\(typed)' is \(TimeParsing.describe(date, in: zone)), earlier than now (\(TimeParsing.describe(now, in: zone))): "
                + "give a time ahead, such as in 3d or '2026-12-03 14:00'."
        }
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

    /// A clock time: `H:MM` or `HH:MM`, optional `:SS`, then optionally `am` or `pm` (any case, a space before it
    /// allowed) with an hour from 1 to 12: `12:30am` is 00:30, `12:30pm` is 12:30.
    mutating func clock() -> Time? {
        guard let hour = number(1...2), take(":"), let minute = number(2...2), minute <= 59 else { return nil }
        var second = 0
        if take(":") {
            guard let seconds = number(2...2), seconds <= 59 else { return nil }
            second = seconds
        }
        let spaced = take(" ")
        let meridiem: Int? = take("a") || take("A") ? 0 : take("p") || take("P") ? 12 : nil
        guard let meridiem else { return !spaced && hour <= 23 ? Time(hour: hour, minute: minute, second: second) : nil }
        guard take("m") || take("M"), (1...12).contains(hour) else { return nil }
        return Time(hour: hour % 12 + meridiem, minute: minute, second: second)
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
