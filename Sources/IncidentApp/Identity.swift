/// Who is acting, and how new incidents are named.
import Foundation
import IncidentCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum Identity {
    /// `--as` first, then INCIDENT_USER, the settings file's `name`, then (on a shared server) the database role the
    /// store logs in as, then USER, LOGNAME, then the name of the account the process runs as.
    /// Every event records who acted, so an empty `--as`, or no name anywhere, is a usage error rather
    /// than a made-up name such as "unknown".
    public static func actor(explicit: String?, environment: [String: String], configuredName: String? = nil, serverUser: String? = nil,
                             accountName: () -> String? = systemAccountName) throws -> Person {
        if let explicit {
            guard let name = nonBlank(explicit) else {
                throw AppError.usage("--as needs a name: give the name the team calls you, or leave --as out to use $INCIDENT_USER.")
            }
            return Person(name)
        }
        if let name = nonBlank(environment["INCIDENT_USER"]) { return Person(name) }
        if let name = nonBlank(configuredName) { return Person(name) }
        if let name = nonBlank(serverUser) { return Person(name) }
        for variable in ["USER", "LOGNAME"] {
            if let name = nonBlank(environment[variable]) { return Person(name) }
        }
        if let name = nonBlank(accountName()) { return Person(name) }
        throw AppError.usage("Cannot tell who is acting: INCIDENT_USER, USER and LOGNAME are unset and the account has no name. "
            + "Pass --as NAME, or set INCIDENT_USER.")
    }

    /// The login name of the account the process runs as, from the password database.
    public static func systemAccountName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
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
