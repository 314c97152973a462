/// Clock times and countdowns as the console writes them, in a given zone, without locale surprises.
import Foundation

struct ClockFormat {
    let timeZone: TimeZone
    private let calendar: Calendar

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    static let utc = ClockFormat(timeZone: TimeZone(identifier: "UTC")!)
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "14:05"
    func hourMinute(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return Self.two(parts.hour ?? 0) + ":" + Self.two(parts.minute ?? 0)
    }

    /// "14:05:09"
    func hourMinuteSecond(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return Self.two(parts.hour ?? 0) + ":" + Self.two(parts.minute ?? 0) + ":" + Self.two(parts.second ?? 0)
    }

    /// "3 Jul"
    func dayMonth(_ date: Date) -> String {
        let parts = calendar.dateComponents([.day, .month], from: date)
        return "\(parts.day ?? 1) \(Self.months[((parts.month ?? 1) - 1) % 12])"
    }

    /// "3 Jul 14:05"
    func dayMonthTime(_ date: Date) -> String { dayMonth(date) + " " + hourMinute(date) }

    func sameDay(_ a: Date, _ b: Date) -> Bool { calendar.isDate(a, inSameDayAs: b) }

    /// A short name for the zone that reads the same on every platform: "UTC", "London".
    var zoneName: String {
        let identifier = timeZone.identifier
        if ["UTC", "GMT", "Etc/UTC", "Etc/GMT"].contains(identifier) { return "UTC" }
        return (identifier.split(separator: "/").last.map(String.init) ?? identifier).replacingOccurrences(of: "_", with: " ")
    }

    /// A countdown: "12:03", or "1:02:03" from an hour up. The sign is dropped.
    static func countdown(_ seconds: TimeInterval) -> String {
        let total = Int(abs(seconds).rounded(.down))
        let hours = total / 3600, minutes = total % 3600 / 60, secs = total % 60
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(two(minutes)):\(two(secs))"
    }

    /// A coarse span for how long a role is held or a level waited: "58m", "1h 05m", "2d 3h", "<1m".
    static func span(_ seconds: TimeInterval) -> String {
        let total = Int(abs(seconds).rounded(.down))
        let days = total / 86_400, hours = total % 86_400 / 3600, minutes = total % 3600 / 60
        if days > 0 { return "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(two(minutes))m" }
        return minutes > 0 ? "\(minutes)m" : "<1m"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
