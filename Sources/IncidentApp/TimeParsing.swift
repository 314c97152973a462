/// Reads the times responders type: ISO 8601, a clock time like 03:10, or "15m ago".
import Foundation
import IncidentCore

public enum TimeParsing {
    public static func iso8601(_ text: String) -> Date? {
        if let date = Timestamp.parse(text) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: false).parse(text)
    }

    /// `2026-11-29T03:10:00Z`; `03:10` (today, in `timeZone`, or yesterday if that is still ahead);
    /// `15m`, `15m ago`, `-15m`, `2h ago`.
    public static func parse(_ raw: String, now: Date, timeZone: TimeZone) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if let date = iso8601(raw.trimmingCharacters(in: .whitespaces)) { return date }
        if let relative = relativeSeconds(text) { return now.addingTimeInterval(-relative) }
        let parts = text.split(separator: ":")
        if parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            guard let today = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: now) else { return nil }
            return today > now ? calendar.date(byAdding: .day, value: -1, to: today) : today
        }
        return nil
    }

    private static func relativeSeconds(_ text: String) -> TimeInterval? {
        var body = text
        if body.hasSuffix(" ago") { body.removeLast(4) }
        if body.hasPrefix("-") { body.removeFirst() }
        guard let unit = body.last, let amount = Double(body.dropLast()), amount >= 0 else { return nil }
        switch unit {
        case "s": return amount
        case "m": return amount * 60
        case "h": return amount * 3600
        default: return nil
        }
    }
}
