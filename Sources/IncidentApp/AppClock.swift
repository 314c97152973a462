/// The program's idea of "now": the real clock, INCIDENT_NOW advancing in real time (a testing aid), or a given source.
import Foundation

public struct AppClock: Sendable {
    public static let environmentVariable = "INCIDENT_NOW"
    /// The time the program pretends it was at start-up.
    let origin: Date?
    let startedAt: Date
    /// When set, the only source of "now" (tests advance it by hand instead of sleeping).
    let source: (@Sendable () -> Date)?

    public init(environment: [String: String]) throws {
        startedAt = Date()
        source = nil
        if let text = environment[Self.environmentVariable], !text.isEmpty {
            guard let origin = TimeParsing.iso8601(text) else {
                throw AppError.usage("\(Self.environmentVariable)=\(text) is not an ISO 8601 time such as 2026-11-29T03:00:00Z.")
            }
            self.origin = origin
        } else {
            origin = nil
        }
    }

    /// A clock that reads `source` every time: a test's hand-advanced time.
    public init(reading source: @escaping @Sendable () -> Date) {
        startedAt = Date()
        origin = nil
        self.source = source
    }

    public func now() -> Date {
        if let source { return source() }
        let real = Date()
        guard let origin else { return real }
        return origin.addingTimeInterval(real.timeIntervalSince(startedAt))
    }
}
