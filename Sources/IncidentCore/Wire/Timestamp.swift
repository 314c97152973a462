/// The one textual time format of the record: `2026-11-29T03:04:05.123Z`, UTC, whole milliseconds,
/// 1970 to 9999, parsed and formatted by calendar arithmetic (no locale, no formatter objects).
import Foundation

public enum Timestamp {
    /// The times the log holds: 1970 to the end of 9999. Anything outside (a typo such as "1e12h ago")
    /// is refused by the rules rather than written, and cannot overflow the millisecond count.
    public static let recordable = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 253_402_300_799.999)
    static let recordableMilliseconds: ClosedRange<Int64> = 0...253_402_300_799_999

    /// Formats `date`; a time outside ``recordable`` is shown as the nearest end of the range, never a crash.
    public static func format(_ date: Date) -> String {
        let ms = min(max(date.millisecondsSince1970, recordableMilliseconds.lowerBound), recordableMilliseconds.upperBound)
        let days = ms / 86_400_000
        var rest = ms % 86_400_000
        let (year, month, day) = civil(fromDays: days)
        let hour = rest / 3_600_000; rest %= 3_600_000
        let minute = rest / 60_000; rest %= 60_000
        let second = rest / 1000
        let milli = rest % 1000
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":"
            + pad(second, 2) + "." + pad(milli, 3) + "Z"
    }

    /// Parses `2026-11-29T03:04:05Z`, with or without 1 to 9 fractional digits (kept to milliseconds).
    /// Every field is range-checked (2026-02-30 and 25:00 are refused); nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b.last == UInt8(ascii: "Z"),
              let year = digits(b, 0, 4), let month = digits(b, 5, 2), let day = digits(b, 8, 2),
              let hour = digits(b, 11, 2), let minute = digits(b, 14, 2), let second = digits(b, 17, 2) else { return nil }
        var milli: Int64 = 0
        if b.count > 20 {
            let fraction = b[19..<(b.count - 1)]
            guard fraction.first == UInt8(ascii: "."), (2...10).contains(fraction.count),
                  let value = digits(b, 20, fraction.count - 1) else { return nil }
            let places = fraction.count - 1
            milli = places >= 3 ? value / pow10(places - 3) : value * pow10(3 - places)
        }
        guard (1970...9999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        let seconds = days(fromCivil: year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(milliseconds: seconds * 1000 + milli)
    }

    private static func digits(_ b: [UInt8], _ start: Int, _ count: Int) -> Int64? {
        guard start + count <= b.count else { return nil }
        var value: Int64 = 0
        for byte in b[start..<start + count] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pow10(_ n: Int) -> Int64 { (0..<n).reduce(1) { value, _ in value * 10 } }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Date {
    /// Times in the log have millisecond precision so that they survive a round trip through text.
    public var wholeMilliseconds: Date { Date(milliseconds: millisecondsSince1970) }

    /// Whole milliseconds since 1970, saturating far outside the record's range instead of trapping.
    public var millisecondsSince1970: Int64 {
        let ms = (timeIntervalSince1970 * 1000).rounded()
        guard ms.isFinite else { return ms > 0 ? Int64.max / 2 : Int64.min / 2 }
        return Int64(max(min(ms, 4e15), -4e15))
    }

    public init(milliseconds: Int64) { self.init(timeIntervalSince1970: Double(milliseconds) / 1000) }

    /// Seconds from `earlier` to this date, computed on whole milliseconds so the result is exact.
    public func seconds(since earlier: Date) -> TimeInterval {
        Double(millisecondsSince1970 - earlier.millisecondsSince1970) / 1000
    }
}
