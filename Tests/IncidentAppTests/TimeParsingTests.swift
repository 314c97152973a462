/// Every form of time the CLI accepts, and the near misses it refuses instead of rolling over or misreading.
import Foundation
import IncidentCore
import Testing
@testable import IncidentApp

@Suite struct TimeParsingTests {
    static let now = Timestamp.parse("2026-11-29T12:30:00Z")!
    static let utc = TimeZone(identifier: "UTC")!
    static let london = TimeZone(identifier: "Europe/London")!

    static let acceptedPast: [(String, String)] = [
        ("2026-11-29T03:10:00Z", "2026-11-29T03:10:00Z"), ("2026-11-29t03:10:00z", "2026-11-29T03:10:00Z"),
        ("2026-11-29T03:10:00.250Z", "2026-11-29T03:10:00.250Z"), ("2026-11-29T04:10:00+01:00", "2026-11-29T03:10:00Z"),
        ("2026-11-28T23:10:00-04:00", "2026-11-29T03:10:00Z"), ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
        ("  03:10 ", "2026-11-29T03:10:00Z"), ("3:10", "2026-11-29T03:10:00Z"), ("00:00", "2026-11-29T00:00:00Z"),
        ("23:59", "2026-11-28T23:59:00Z"), ("15m", "2026-11-29T12:15:00Z"), ("15m ago", "2026-11-29T12:15:00Z"),
        ("-15m", "2026-11-29T12:15:00Z"), ("2h ago", "2026-11-29T10:30:00Z"), ("30s", "2026-11-29T12:29:30Z"),
        ("1.5h", "2026-11-29T11:00:00Z"), ("15M AGO", "2026-11-29T12:15:00Z"),
    ]

    static let refusedPast = [
        "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-00-10T10:00:00Z", "2026-04-31T10:00:00Z",
        "2026-11-29T25:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T03:60:00Z", "2026-11-29T03:10:60Z", "2026-11-29T03:10:00",
        "2026-11-29T03:10:00Zjunk", "2026-11-29T03:10:00+25:00", "2026-11-29T03:10:00+01", "+2026-11-29T03:10:00Z",
        "2026-11-29T03:10:00.Z", "2026-1-29T03:10:00Z", "25:00", "24:00", "03:60", "3:7", "+3:10", "-3:10", "03:10:00",
        "03:10junk", "0x10m", "0x10", "1e1m", "1e400h", "infm", "nanm", "+15m", "15", "m", "15 m", "15m later", ".5h", "5.h",
        "15d", "2000000h", "soon", "", "١٥m",
    ]

    @Test(arguments: acceptedPast)
    func acceptsEachFormOfPastTime(text: String, expected: String) {
        #expect(TimeParsing.parse(text, now: Self.now, timeZone: Self.utc) == Timestamp.parse(expected), "\(text)")
    }

    @Test(arguments: refusedPast)
    func refusesEachNearMiss(text: String) {
        #expect(TimeParsing.parse(text, now: Self.now, timeZone: Self.utc) == nil, "\(text)")
    }

    static let acceptedAhead: [(String, String)] = [
        ("3d", "2026-12-02T12:30:00Z"), ("in 3d", "2026-12-02T12:30:00Z"), ("48h", "2026-12-01T12:30:00Z"),
        ("in 90m", "2026-11-29T14:00:00Z"), ("2026-12-03 14:00", "2026-12-03T14:00:00Z"), ("2026-07-03 14:00", "2026-07-03T13:00:00Z"),
        ("2026-12-03T14:00", "2026-12-03T14:00:00Z"), ("2026-12-03 9:05", "2026-12-03T09:05:00Z"),
        ("2026-12-03T14:00:00Z", "2026-12-03T14:00:00Z"),
    ]

    static let refusedAhead = [
        "2026-02-30 10:00", "2026-12-03 25:00", "2026-12-03 14:60", "2026-12-3 14:00", "2026-12-03 14:00 junk", "2026-12-03",
        "2026-03-29 01:30", "in 0x10d", "1e400d", "+3d", "3", "in", "tomorrow", "3w", "in -3d",
    ]

    @Test(arguments: acceptedAhead)
    func acceptsEachFormOfTimeAhead(text: String, expected: String) {
        #expect(TimeParsing.parseAhead(text, now: Self.now, timeZone: Self.london) == Timestamp.parse(expected), "\(text)")
    }

    /// `2026-03-29 01:30` does not exist in London (the clocks go from 01:00 to 02:00).
    @Test(arguments: refusedAhead)
    func refusesEachNearMissAhead(text: String) {
        #expect(TimeParsing.parseAhead(text, now: Self.now, timeZone: Self.london) == nil, "\(text)")
    }
}
