/// The program's idea of "now": the real clock, or INCIDENT_NOW advancing in real time (a testing aid).
import Foundation

public struct AppClock: Sendable {
    public static let environmentVariable = "INCIDENT_NOW"
    /// The time the program pretends it was at start-up.
    let origin: Date?
    let startedAt: Date

    public init(environment: [String: String]) throws {
        startedAt = Date()
        if let text = environment[Self.environmentVariable], !text.isEmpty {
            guard let origin = TimeParsing.iso8601(text) else {
                throw AppError.usage("\(Self.environmentVariable)=\(text) is not an ISO 8601 time such as 2026-11-29T03:00:00Z.")
            }
            self.origin = origin
        } else {
            origin = nil
        }
    }

    public func now() -> Date {
        let real = Date()
        guard let origin else { return real }
        return origin.addingTimeInterval(real.timeIntervalSince(startedAt))
    }
}
