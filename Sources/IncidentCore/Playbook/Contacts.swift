/// How to reach a person: phone, chat handle and notes, for the roster and the escalation ladder.
import Foundation

public struct ContactDetails: Sendable, Equatable, Codable {
    public var phone: String?
    /// A chat handle, such as @kim on Slack.
    public var chat: String?
    public var notes: String?

    public init(phone: String? = nil, chat: String? = nil, notes: String? = nil) {
        self.phone = phone; self.chat = chat; self.notes = notes
    }

    public var isEmpty: Bool { phone == nil && chat == nil && notes == nil }
    /// A way to call or message them is known (notes alone are not one).
    public var canBeReached: Bool { phone != nil || chat != nil }
}

/// A named person to contact at an escalation level.
public struct LevelContact: Sendable, Equatable, Codable {
    public var name: String
    public var details: ContactDetails
    public init(name: String, details: ContactDetails = ContactDetails()) { self.name = name; self.details = details }
}

/// The team's working hours (in hours / out of hours), with holidays as local dates.
public struct WorkingHours: Sendable, Equatable, Codable {
    public var hours: WeeklyHours
    public init(hours: WeeklyHours) { self.hours = hours }

    /// Mon-Fri 09:00-17:00 in London, as the support manual of 2018 says.
    public static let standard = WorkingHours(hours: WeeklyHours(
        timeZone: "Europe/London", days: Weekday.workingWeek, ranges: [DailyRange(startMinute: 9 * 60, endMinute: 17 * 60)]))

    public func isInHours(at date: Date) -> Bool { hours.isOpen(at: date) }
}
