/// Hours in a week, in a time zone, with holidays: when a supplier's route is open, or when the team is in hours.
import Foundation

/// One span of a day, in minutes from local midnight. An end of 1440 is midnight; an end before the start runs
/// past midnight into the next day (22:00-02:00).
public struct DailyRange: Sendable, Equatable, Codable {
    public var startMinute: Int
    public var endMinute: Int
    public init(startMinute: Int, endMinute: Int) { self.startMinute = startMinute; self.endMinute = endMinute }

    /// "15:00-00:00" or "09:00-17:30"; nil when it is not two times of day.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = Self.minute(parts[0]), let end = Self.minute(parts[1]), start != end || start == 0 else { return nil }
        startMinute = start
        endMinute = end == 0 ? 1440 : end
    }

    static func minute(_ text: String) -> Int? {
        let hm = text.split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, hm[0].count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
              (0...23).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }

    var crossesMidnight: Bool { endMinute < startMinute }
    public var text: String { "\(Self.clock(startMinute))-\(Self.clock(endMinute % 1440))" }
    static func clock(_ minute: Int) -> String { String(format: "%02d:%02d", minute / 60, minute % 60) }
}

public enum Weekday: String, Sendable, Equatable, Codable, CaseIterable {
    case mon, tue, wed, thu, fri, sat, sun
    /// Foundation's weekday number (1 is Sunday).
    var gregorian: Int { self == .sun ? 1 : (Weekday.allCases.firstIndex(of: self)! + 2) }
    public static let workingWeek: [Weekday] = [.mon, .tue, .wed, .thu, .fri]
}

/// Days of the week and ranges of each such day, in one time zone, less holidays (local dates, YYYY-MM-DD).
public struct WeeklyHours: Sendable, Equatable, Codable {
    /// An IANA time zone name such as "UTC" or "Europe/London".
    public var timeZone: String
    public var days: [Weekday]
    public var ranges: [DailyRange]
    public var holidays: [String]

    public init(timeZone: String, days: [Weekday], ranges: [DailyRange], holidays: [String] = []) {
        self.timeZone = timeZone; self.days = days; self.ranges = ranges; self.holidays = holidays
    }

    public static let always = WeeklyHours(timeZone: "UTC", days: Weekday.allCases, ranges: [DailyRange(startMinute: 0, endMinute: 1440)])

    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        return calendar
    }

    /// Whether the day of `date`, taken at `dayStart`, is a working day of these hours.
    private func isOpenDay(_ dayStart: Date, _ calendar: Calendar) -> Bool {
        let weekday = calendar.component(.weekday, from: dayStart)
        guard days.contains(where: { $0.gregorian == weekday }) else { return false }
        let c = calendar.dateComponents([.year, .month, .day], from: dayStart)
        let local = String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
        return !holidays.contains(local)
    }

    /// The spans these hours are open, for days starting from the day before `date` to `days` days after it.
    private func spans(around date: Date, days count: Int) -> [Range<Date>] {
        let calendar = self.calendar
        let today = calendar.startOfDay(for: date)
        var spans: [Range<Date>] = []
        for offset in -1...count {
            guard let day = calendar.date(byAdding: .day, value: offset, to: today), isOpenDay(day, calendar) else { continue }
            for range in ranges {
                let end = range.crossesMidnight ? range.endMinute + 1440 : range.endMinute
                guard let from = Self.wallClock(range.startMinute, on: day, calendar),
                      let until = Self.wallClock(end, on: day, calendar), from < until else { continue }
                spans.append(from..<until)
            }
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The time `minute` minutes of wall-clock time after the start of `day` (1440 and more: on the next day), so a
    /// range keeps its local times on a day the clocks change.
    static func wallClock(_ minute: Int, on day: Date, _ calendar: Calendar) -> Date? {
        guard let date = calendar.date(byAdding: .day, value: minute / 1440, to: day) else { return nil }
        let rest = minute % 1440
        if rest == 0 { return calendar.startOfDay(for: date) }
        return calendar.date(bySettingHour: rest / 60, minute: rest % 60, second: 0, of: date)
    }

    public func isOpen(at date: Date) -> Bool { spans(around: date, days: 0).contains { $0.contains(date) } }

    /// When the span open at `date` closes (nil when closed, or open for more than two weeks).
    public func closes(after date: Date) -> Date? {
        guard var span = spans(around: date, days: 15).first(where: { $0.contains(date) }) else { return nil }
        // Adjoining spans (23:00-00:00 then 00:00-01:00, or every day all day) are one.
        for next in spans(around: date, days: 15) where next.lowerBound <= span.upperBound && next.upperBound > span.upperBound {
            span = span.lowerBound..<next.upperBound
        }
        return span.upperBound <= date.addingTimeInterval(14 * 86_400) ? span.upperBound : nil
    }

    /// The next time these hours open after `date` (nil when open now, or not within three weeks).
    public func nextOpening(after date: Date) -> Date? {
        guard !isOpen(at: date) else { return nil }
        return spans(around: date, days: 21).first { $0.lowerBound > date }?.lowerBound
    }

    /// "Mon-Fri 09:00-17:00 Europe/London", "every day 15:00-00:00 UTC".
    public var summary: String {
        let dayText: String
        if Set(days) == Set(Weekday.allCases) { dayText = "every day" }
        else if days == Weekday.workingWeek { dayText = "Mon-Fri" }
        else { dayText = days.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }.joined(separator: ",") }
        return "\(dayText) \(ranges.map(\.text).joined(separator: ", ")) \(timeZone)"
            + (holidays.isEmpty ? "" : " (not on \(holidays.count) holiday\(holidays.count == 1 ? "" : "s"))")
    }
}
