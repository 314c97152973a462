/// Who is acting, and how new incidents are named.
import Foundation
import IncidentCore

public enum Identity {
    /// `--as` first, then INCIDENT_USER, then USER.
    public static func actor(explicit: String?, environment: [String: String]) -> Person {
        for candidate in [explicit, environment["INCIDENT_USER"], environment["USER"], environment["LOGNAME"]] {
            if let name = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty { return Person(name) }
        }
        return Person("unknown")
    }

    /// `INC-20261129-K7Q`: the UTC date, and three letters unlikely to be misread over the phone.
    public static func newIncidentID<R: RandomNumberGenerator>(now: Date, using generator: inout R) -> IncidentID {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        let alphabet = Array("ACDEFHJKLMNPQRTUVWXY3479")
        let suffix = String((0..<3).map { _ in alphabet.randomElement(using: &generator)! })
        return IncidentID(String(format: "INC-%04d%02d%02d-", c.year!, c.month!, c.day!) + suffix)
    }
}
