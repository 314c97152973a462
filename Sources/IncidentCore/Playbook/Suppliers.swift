/// Suppliers as playbook data: their contract, and each support route with its hours.
import Foundation

public struct Supplier: Sendable, Equatable, Codable {
    public var name: String
    /// The support contract, as the team calls it ("full support", "none").
    public var contract: String
    public var routes: [SupportRoute]
    public var notes: String?

    public init(name: String, contract: String, routes: [SupportRoute], notes: String? = nil) {
        self.name = name; self.contract = contract; self.routes = routes; self.notes = notes
    }
}

public struct SupportRoute: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        case console, chat, phone, email
    }
    public var kind: Kind
    /// A URL, a phone number or an address.
    public var address: String
    public var hours: SupportHours
    /// When to use it ("critical or urgent severity only").
    public var note: String?

    public init(kind: Kind, address: String, hours: SupportHours, note: String? = nil) {
        self.kind = kind; self.address = address; self.hours = hours; self.note = note
    }
}

public enum SupportHours: Sendable, Equatable, Codable {
    /// Around the clock.
    case always
    /// Open in these hours only.
    case hours(WeeklyHours)
    /// Always accepts a request; answers on a best-effort basis within these business hours (same or next business day).
    case bestEffort(WeeklyHours)

    public var summary: String {
        switch self {
        case .always: "24/7"
        case let .hours(hours): hours.summary
        case let .bestEffort(hours): "best effort, answered in business hours (\(hours.summary)), same or next business day"
        }
    }
}

extension Playbook {
    /// The suppliers of the standard process (docs/process.md, "Suppliers").
    public static let standardSuppliers: [Supplier] = [
        Supplier(name: "AWS", contract: "full support", routes: [
            SupportRoute(kind: .console, address: "https://aws.amazon.com/support", hours: .always, note: "open a support case"),
            SupportRoute(kind: .chat, address: "click to chat in the AWS support console", hours: .always, note: "critical or urgent severity"),
            SupportRoute(kind: .phone, address: "click to call in the AWS support console", hours: .always, note: "critical or urgent severity"),
        ]),
        Supplier(name: "Aiven", contract: "free email support (Elasticsearch)", routes: [
            SupportRoute(kind: .email, address: "support@aiven.io",
                         hours: .bestEffort(WeeklyHours(timeZone: "UTC", days: Weekday.workingWeek, ranges: [DailyRange(startMinute: 9 * 60, endMinute: 17 * 60)]))),
        ], notes: "Aiven monitors its services 24/7 and is alerted on anomalies itself."),
        Supplier(name: "DataDog", contract: "no dedicated support", routes: [
            SupportRoute(kind: .chat, address: "https://www.datadoghq.com/support/",
                         hours: .hours(WeeklyHours(timeZone: "UTC", days: Weekday.allCases, ranges: [DailyRange(startMinute: 15 * 60, endMinute: 1440)]))),
            SupportRoute(kind: .email, address: "support@datadoghq.com",
                         hours: .bestEffort(WeeklyHours(timeZone: "UTC", days: Weekday.workingWeek, ranges: [DailyRange(startMinute: 9 * 60, endMinute: 17 * 60)]))),
        ]),
    ]

    public func supplier(named name: String) -> Supplier? {
        suppliers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
