/// Every form of time the CLI and the console accept, past and ahead, and the near misses and ambiguous or
/// wrong-side times they refuse instead of rolling over or guessing.
import Foundation
import IncidentCore
import Testing
@testable import IncidentApp

@Suite struct TimeParsingTests {
    static let now = Timestamp.parse("2026-11-29T12:30:00Z")!
    static let utc = TimeZone(identifier: "UTC")!
    static let london = TimeZone(identifier: "Europe/London")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let kolkata = TimeZone(identifier: "Asia/Kolkata")!

    static let acceptedPast: [(String, String)] = [
        ("2026-11-29T03:10:00Z", "2026-11-29T03:10:00Z"), ("2026-11-29t03:10:00z", "2026-11-29T03:10:00Z"),
        ("2026-11-29T03:10:00.250Z", "2026-11-29T03:10:00.250Z"), ("2026-11-29T04:10:00+01:00", "2026-11-29T03:10:00Z"),
        ("2026-11-28T23:10:00-04:00", "2026-11-29T03:10:00Z"), ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
        ("2026-11-29 03:10", "2026-11-29T03:10:00Z"), ("2026-11-29T03:10", "2026-11-29T03:10:00Z"),
        ("2026-11-29 03:10:30", "2026-11-29T03:10:30Z"), ("2026-11-29T03:10:00", "2026-11-29T03:10:00Z"),
        ("2026-11-29 3:10am", "2026-11-29T03:10:00Z"), ("2026-11-20 17:40", "2026-11-20T17:40:00Z"),
        ("  03:10 ", "2026-11-29T03:10:00Z"), ("3:10", "2026-11-29T03:10:00Z"), ("00:00", "2026-11-29T00:00:00Z"),
        ("03:10:00", "2026-11-29T03:10:00Z"), ("11:45:30", "2026-11-29T11:45:30Z"), ("12:30", "2026-11-29T12:30:00Z"),
        ("3:10am", "2026-11-29T03:10:00Z"), ("3:10 AM", "2026-11-29T03:10:00Z"), ("12:05am", "2026-11-29T00:05:00Z"),
        ("12:05pm", "2026-11-29T12:05:00Z"), ("11:15:30 am", "2026-11-29T11:15:30Z"),
        ("15m", "2026-11-29T12:15:00Z"), ("15m ago", "2026-11-29T12:15:00Z"), ("-15m", "2026-11-29T12:15:00Z"),
        ("2h ago", "2026-11-29T10:30:00Z"), ("2h", "2026-11-29T10:30:00Z"), ("30s", "2026-11-29T12:29:30Z"),
        ("1d ago", "2026-11-28T12:30:00Z"), ("1d", "2026-11-28T12:30:00Z"), ("1.5h", "2026-11-29T11:00:00Z"),
        ("15M AGO", "2026-11-29T12:15:00Z"), ("0m", "2026-11-29T12:30:00Z"),
    ]

    static let refusedPast = [
        "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-00-10T10:00:00Z", "2026-04-31T10:00:00Z",
        "2026-11-29T25:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T03:60:00Z", "2026-11-29T03:10:60Z", "2026-11-29T03:10:00.5",
        "2026-11-29T03:10:00Zjunk", "2026-11-29T03:10:00+25:00", "2026-11-29T03:10:00+01", "+2026-11-29T03:10:00Z",
        "2026-11-29T03:10:00.Z", "2026-1-29T03:10:00Z", "2026-11-29 03:10 junk", "2026-11-29", "2026-11-29  03:10",
        "25:00", "24:00", "03:60", "3:7", "+3:10", "-3:10", "03:10:60", "03:10:0", "03:10junk", "03:10 junk",
        "13:10pm", "0:10am", "3:10p", "3:10 pmx", "3:10  pm", "3:10 ampm",
        "0x10m", "0x10", "1e1m", "1e400h", "infm", "nanm", "+15m", "15", "m", "15 m", "15m later", ".5h", "5.h",
        "-15m ago", "in 15m ago", "2000000h", "3w", "soon", "", "١٥m", "٠٣:١٠", "03：10",
    ]

    @Test(arguments: acceptedPast)
    func acceptsEachFormOfPastTime(text: String, expected: String) {
        #expect(TimeParsing.parse(text, now: Self.now, timeZone: Self.utc) == Timestamp.parse(expected), "\(text)")
    }

    @Test(arguments: refusedPast)
    func refusesEachNearMiss(text: String) {
        #expect(throws: TimeParsing.Problem.notATime(text, .past)) {
            try TimeParsing.read(text, now: Self.now, timeZone: Self.utc, direction: .past)
        }
    }

    static let acceptedAhead: [(String, String)] = [
        ("3d", "2026-12-02T12:30:00Z"), ("in 3d", "2026-12-02T12:30:00Z"), ("48h", "2026-12-01T12:30:00Z"),
        ("in 90m", "2026-11-29T14:00:00Z"), ("in 5m", "2026-11-29T12:35:00Z"), ("30s", "2026-11-29T12:30:30Z"),
        ("2026-12-03 14:00", "2026-12-03T14:00:00Z"), ("2026-07-03 14:00", "2026-07-03T13:00:00Z"),
        ("2026-12-03T14:00", "2026-12-03T14:00:00Z"), ("2026-12-03 9:05", "2026-12-03T09:05:00Z"),
        ("2026-12-03 2:30pm", "2026-12-03T14:30:00Z"), ("2026-12-03T14:00:00Z", "2026-12-03T14:00:00Z"),
        ("14:00", "2026-11-29T14:00:00Z"), ("2:00pm", "2026-11-29T14:00:00Z"), ("17:45:30", "2026-11-29T17:45:30Z"),
        ("11:59 PM", "2026-11-29T23:59:00Z"), ("12:30", "2026-11-29T12:30:00Z"), ("2026-11-28 14:00", "2026-11-28T14:00:00Z"),
    ]

    static let refusedAhead = [
        "2026-02-30 10:00", "2026-12-03 25:00", "2026-12-03 14:60", "2026-12-3 14:00", "2026-12-03 14:00 junk", "2026-12-03",
        "2026-03-29 01:30", "in 0x10d", "1e400d", "+3d", "3", "in", "tomorrow", "3w", "in -3d", "25:00", "13:00pm",
    ]

    @Test(arguments: acceptedAhead)
    func acceptsEachFormOfTimeAhead(text: String, expected: String) {
        #expect(TimeParsing.parseAhead(text, now: Self.now, timeZone: Self.london) == Timestamp.parse(expected), "\(text)")
    }

    /// `2026-03-29 01:30` does not exist in London (the clocks go from 01:00 to 02:00).
    @Test(arguments: refusedAhead)
    func refusesEachNearMissAhead(text: String) {
        #expect(throws: TimeParsing.Problem.notATime(text, .ahead)) {
            try TimeParsing.read(text, now: Self.now, timeZone: Self.london, direction: .ahead)
        }
    }

    /// Local forms are read in the zone given: the same text is a different instant in London, New York and Kolkata.
    @Test func localFormsAreReadInTheTimeZoneGiven() {
        let zones: [(TimeZone, String, String)] = [
            (Self.london, "2026-11-29T03:10:00Z", "2026-07-01T02:10:00Z"), (Self.newYork, "2026-11-29T08:10:00Z", "2026-07-01T07:10:00Z"),
            (Self.kolkata, "2026-11-28T21:40:00Z", "2026-06-30T21:40:00Z"),
        ]
        for (zone, clock, summer) in zones {
            #expect(TimeParsing.parse("03:10", now: Self.now, timeZone: zone) == Timestamp.parse(clock), "\(zone.identifier)")
            #expect(TimeParsing.parse("3:10am", now: Self.now, timeZone: zone) == Timestamp.parse(clock), "\(zone.identifier)")
            #expect(TimeParsing.parse("2026-07-01 03:10", now: Self.now, timeZone: zone) == Timestamp.parse(summer), "\(zone.identifier)")
            // Zoned and relative forms do not depend on the zone.
            #expect(TimeParsing.parse("2026-11-29T03:10:00Z", now: Self.now, timeZone: zone) == Timestamp.parse("2026-11-29T03:10:00Z"))
            #expect(TimeParsing.parse("1d ago", now: Self.now, timeZone: zone) == Timestamp.parse("2026-11-28T12:30:00Z"))
        }
    }

    /// At 17:55, `18:30` could only be yesterday, 23 hours back: refused with both days, never guessed.
    @Test func aClockTimeLaterThanNowIsRefusedWithBothCandidates() throws {
        let now = try #require(Timestamp.parse("2026-11-29T17:55:00Z"))
        let problem = #expect(throws: TimeParsing.Problem.self) {
            try TimeParsing.read("18:30", now: now, timeZone: Self.utc, direction: .past)
        }
        #expect(problem == .ambiguous(typed: "18:30", direction: .past, now: now, today: Timestamp.parse("2026-11-29T18:30:00Z")!,
                                      otherDay: Timestamp.parse("2026-11-28T18:30:00Z")!, timeZone: Self.utc))
        #expect(problem?.message(option: "--at") == "18:30 today (2026-11-29T18:30Z) is later than now (17:55): "
            + "did you mean yesterday 18:30 (2026-11-28T18:30Z)? Give the date: --at '2026-11-28 18:30'")
        // The same in New York, where 17:55 UTC is 12:55 local.
        let local = #expect(throws: TimeParsing.Problem.self) {
            try TimeParsing.read("1:30pm", now: now, timeZone: Self.newYork, direction: .past)
        }
        #expect(local?.message(option: nil) == "1:30pm today (2026-11-29T13:30-05:00) is later than now (12:55): "
            + "did you mean yesterday 13:30 (2026-11-28T13:30-05:00)? Give the date: '2026-11-28 13:30'")
    }

    /// Just after midnight, last night's times are meant: yesterday within 12 hours is taken.
    @Test func aClockTimeJustBeforeMidnightIsLastNight() throws {
        let now = try #require(Timestamp.parse("2026-11-29T00:20:00Z"))
        #expect(TimeParsing.parse("23:50", now: now, timeZone: Self.utc) == Timestamp.parse("2026-11-28T23:50:00Z"))
        #expect(TimeParsing.parse("12:21", now: now, timeZone: Self.utc) == Timestamp.parse("2026-11-28T12:21:00Z"))
        #expect(TimeParsing.parse("12:19", now: now, timeZone: Self.utc) == nil, "12 h 1 min back is ambiguous")
        // In Kolkata 00:20 UTC is 05:50 local; 23:00 local was 6 h 50 min ago.
        #expect(TimeParsing.parse("23:00", now: now, timeZone: Self.kolkata) == Timestamp.parse("2026-11-28T17:30:00Z"))
    }

    /// For a time ahead, a clock time already past today is tomorrow only within 12 hours.
    @Test func aClockTimeAheadIsTodayOrSoonTomorrow() throws {
        let evening = try #require(Timestamp.parse("2026-11-29T22:00:00Z"))
        #expect(TimeParsing.parseAhead("08:00", now: evening, timeZone: Self.utc) == Timestamp.parse("2026-11-30T08:00:00Z"))
        let problem = #expect(throws: TimeParsing.Problem.self) {
            try TimeParsing.read("09:00", now: Self.now, timeZone: Self.utc, direction: .ahead)
        }
        #expect(problem?.message(option: nil) == "09:00 today (2026-11-29T09:00Z) is earlier than now (12:30): "
            + "did you mean tomorrow 09:00 (2026-11-30T09:00Z)? Give the date: '2026-11-30 09:00'")
    }

    /// A time past later than now, or a time ahead earlier than now, is refused saying when it would be.
    @Test(arguments: ["in 5m", "2026-11-29T12:31:00Z", "2026-11-29 13:00", "2026-11-30T09:00:00+01:00"])
    func aTimePastLaterThanNowIsRefused(text: String) {
        let problem = #expect(throws: TimeParsing.Problem.self) {
            try TimeParsing.read(text, now: Self.now, timeZone: Self.utc, direction: .past)
        }
        guard case .wrongSide(_, .past, _, let date, _) = problem else {
            Issue.record("\(text): \(String(describing: problem))")
            return
        }
        #expect(date > Self.now)
        #expect(problem?.description.contains("later than now (2026-11-29 12:30 UTC)") == true, "\(String(describing: problem))")
    }

    /// A span back is no time ahead; a date given in full is left to the rules (a review before the resolution is refused there).
    @Test(arguments: ["15m ago", "-1h", "1d ago"])
    func aSpanBackIsRefusedForATimeAhead(text: String) {
        let problem = #expect(throws: TimeParsing.Problem.self) {
            try TimeParsing.read(text, now: Self.now, timeZone: Self.utc, direction: .ahead)
        }
        guard case .wrongSide(_, .ahead, _, let date, _) = problem else {
            Issue.record("\(text): \(String(describing: problem))")
            return
        }
        #expect(date < Self.now)
    }

    /// A local time skipped by a clock change is no time at all, as a clock time too.
    @Test func aLocalTimeThatDoesNotExistIsRefused() throws {
        let springForward = try #require(Timestamp.parse("2026-03-29T05:00:00Z"))
        #expect(TimeParsing.parse("01:30", now: springForward, timeZone: Self.london) == nil)
        #expect(TimeParsing.parse("2026-03-29 01:30", now: springForward, timeZone: Self.london) == nil)
        #expect(TimeParsing.parse("02:30", now: springForward, timeZone: Self.london) == Timestamp.parse("2026-03-29T01:30:00Z"))
    }

    /// The echo of a time chosen: local with its offset, or UTC.
    @Test func describesATimeInItsZone() throws {
        let date = try #require(Timestamp.parse("2026-11-29T17:40:00Z"))
        #expect(TimeParsing.describe(date, in: Self.utc) == "2026-11-29 17:40 UTC")
        #expect(TimeParsing.describe(date, in: Self.kolkata) == "2026-11-29 23:10 +05:30")
        #expect(TimeParsing.describe(date.addingTimeInterval(5), in: Self.newYork) == "2026-11-29 12:40:05 -05:00")
    }
}
