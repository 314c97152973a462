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

    /// A time ahead, for scheduling: `2026-12-03T14:00:00Z`; `2026-12-03 14:00` (in `timeZone`);
    /// `3d`, `in 3d`, `48h`, `in 90m` (from now).
    public static func parseAhead(_ raw: String, now: Date, timeZone: TimeZone) -> Date? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if let date = iso8601(trimmed) { return date }
        var text = trimmed.lowercased()
        if text.hasPrefix("in ") { text.removeFirst(3) }
        if let unit = text.last, let amount = Double(text.dropLast()), amount.isFinite, amount >= 0 {
            let seconds: TimeInterval? = switch unit {
            case "m": amount * 60
            case "h": amount * 3600
            case "d": amount * 86_400
            default: nil
            }
            if let seconds, seconds <= 10 * 366 * 86_400 { return now.addingTimeInterval(seconds) }
            return nil
        }
        let parts = text.replacingOccurrences(of: "t", with: " ").split(separator: " ")
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-").compactMap { Int($0) }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, time.count == 2, (0..<24).contains(time[0]), (0..<60).contains(time[1]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: day[0], month: day[1], day: day[2], hour: time[0], minute: time[1])
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    private static func relativeSeconds(_ text: String) -> TimeInterval? {
        var body = text
        if body.hasSuffix(" ago") { body.removeLast(4) }
        if body.hasPrefix("-") { body.removeFirst() }
        guard let unit = body.last, let amount = Double(body.dropLast()), amount.isFinite, amount >= 0 else { return nil }
        let seconds: TimeInterval
        switch unit {
        case "s": seconds = amount
        case "m": seconds = amount * 60
        case "h": seconds = amount * 3600
        default: return nil
        }
        // Ten years at most, so no typo ("1e400h") reaches date arithmetic as infinity.
        return seconds <= 10 * 366 * 86_400 ? seconds : nil
    }
}
