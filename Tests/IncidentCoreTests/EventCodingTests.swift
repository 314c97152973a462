/// Events survive a round trip through the wire format, and unreadable ones fail with clear errors.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct EventCodingTests {
    @Test func everyKindOfEventRoundTrips() throws {
        var s = Scenario.declared(lead: "alex", comms: "cam", security: true)
        s.must(.log(.action, text: "Restarted the router \u{1b}[31m \u{9b}2J \u{202e}evil", at: t0), as: "alex")
        let entry = try #require(s.state.timeline.last { $0.isLogEntry })
        s.must(.correct(entry: entry.id, text: "Restarted router 2"), as: "alex")
        s.must(.strike(entry: entry.id, reason: "wrong box"), as: "alex")
        s.must(s.statuspage(promise: 30), as: "cam")
        s.must(.setStatuspageStatus(.identified), as: "cam")
        s.must(.escalate(level: "techops-programme-director", step: .reached, note: "on phone"), as: "alex")
        s.must(.decideExecutiveAlert(alert: false, decidedBy: "Dana", note: nil), as: "alex")
        s.must(.snoozeCommsReminder(minutes: 5), as: "cam")
        s.must(.downgrade(to: .p2, with: ["pat", "dee"], note: nil), as: "alex")
        s.must(.resolve(with: ["pat", "dee"], note: "fixed"), as: "alex")
        s.must(.scheduleReview(at: s.now, overrideReason: nil), as: "alex")
        s.must(.recordReviewHeld(attendees: ["alex", "cam"]), as: "alex")
        s.must(.backdated(.markKeyTime(.impactStarted, note: "5xx \u{1b}[2J"), at: t0.addingTimeInterval(-3600)), as: "alex")
        s.must(.writeReportText(.impact, text: "Apps | *down* <b>"), as: "cam")
        s.must(.writeRootCause(.supplier, text: "Provider outage"), as: "alex")
        s.must(.agreeFollowUp(action: "Add alerting", owner: "kim", tracker: nil), as: "alex")
        s.must(.recordReportWritten(location: "docs/report"), as: "alex")
        s.must(.withholdPublication(reason: "security"), as: "cam")
        s.must(.completeStep(StepID.statusPageOperational, note: nil), as: "cam")
        s.must(.skipStep(StepID.trackerStory, reason: "Nothing changed"), as: "alex")
        s.must(.recordSupplierContact(supplier: "DataDog", step: .case, reference: "DD-7"), as: "alex")
        s.must(.reopen(reason: "back"), as: "alex")
        let kinds = Set(s.log.map(\.payload.kind))
        // Every kind but securityBreachSuspected, reportPublished and closed, which the fixtures cover.
        #expect(kinds.count == EventKind.allCases.count - 3)
        for event in s.log {
            let line = try event.jsonLine()
            #expect(!line.contains("\n"))
            #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control })
            #expect(try Event.decode(json: Data(line.utf8)) == event)
        }
        #expect(IncidentState.replay(s.log.map { try! Event.decode(json: Data($0.jsonLine().utf8)) }) == s.state)
    }

    @Test func theEnvelopeNamesTheKindAndItsVersion() throws {
        let s = Scenario.declared(lead: "alex")
        for event in s.log {
            guard case let .object(fields) = try JSONParser.parse(Array(try event.jsonLine().utf8)) else {
                Issue.record("not an object"); continue
            }
            #expect(fields["kind"] == .string(event.payload.kind))
            #expect(fields["v"] == .int(Int64(event.payload.eventKind.currentVersion)))
            #expect(fields["id"] == .string(event.id.uuidString.lowercased()))
            #expect(fields["data"] != nil && fields["payload"] == nil)
        }
    }

    @Test func unknownKindIsAClearError() throws {
        let line = try Scenario.declared().log[0].jsonLine().replacingOccurrences(of: "\"kind\":\"declared\"", with: "\"kind\":\"teleported\"")
        #expect(throws: EventDecodingError.unknownKind("teleported")) { try Event.decode(json: Data(line.utf8)) }
    }

    @Test func newerVersionIsAClearError() throws {
        let line = try Scenario.declared().log[0].jsonLine().replacingOccurrences(of: "\"v\":2", with: "\"v\":99")
        #expect(throws: EventDecodingError.newerSchema(found: 99, supported: 2)) { try Event.decode(json: Data(line.utf8)) }
        #expect(EventDecodingError.newerSchema(found: 99, supported: 2).description.contains("upgrade"))
    }

    @Test(arguments: ["0", "-1", "-9223372036854775808", "1.5", "\"2\"", "null"])
    func versionsThatDoNotExistAreRefused(version: String) throws {
        let line = try Scenario.declared().log[0].jsonLine().replacingOccurrences(of: "\"v\":2", with: "\"v\":\(version)")
        #expect(throws: EventDecodingError.self) { try Event.decode(json: Data(line.utf8)) }
    }

    @Test func garbageIsAnErrorNotACrash() {
        for text in ["{\"v\":1}", "not json", "", "[]", "{\"v\":2,\"kind\":\"closed\"}", String(repeating: "[", count: 100_000)] {
            #expect(throws: EventDecodingError.self) { try Event.decode(json: Data(text.utf8)) }
        }
    }

    @Test func timesKeepMillisecondsAndDropFinerParts() throws {
        let at = Date(timeIntervalSince1970: 1_795_000_000.123456)
        let event = Event(id: UUID(), incidentID: "X", sequence: 1, occurredAt: at, loggedAt: at, actor: "a",
                          payload: .closed)
        #expect(event.occurredAt.millisecondsSince1970 == 1_795_000_000_123)
        #expect(Timestamp.format(event.occurredAt) == "2026-11-18T11:06:40.123Z")
        #expect(Timestamp.parse("2026-11-18T11:06:40Z") == Date(milliseconds: 1_795_000_000_000))
        #expect(Timestamp.parse("2026-11-18T11:06:40.5Z") == Date(milliseconds: 1_795_000_000_500))
        #expect(Timestamp.parse("yesterday") == nil)
        #expect(try Event.decode(json: Data(event.jsonLine().utf8)) == event)
    }

    @Test func timestampsAreStrictAndStayInTheRecordsRange() {
        for bad in ["2026-02-30T00:00:00Z", "2026-11-18T25:00:00Z", "2026-11-18T11:60:00Z", "0001-01-01T00:00:00Z",
                    "1969-12-31T23:59:59Z", "2026-13-01T00:00:00Z", "2026-11-18T11:06:40.Z", "2026-11-18T11:06:40+01:00",
                    "+2026-11-18T11:06:40Z", "2026-11-18 11:06:40Z", "2026-11-18T11:06:40.1234567890Z", "２０２６-11-18T11:06:40Z"] {
            #expect(Timestamp.parse(bad) == nil, "\(bad)")
        }
        #expect(Timestamp.parse("2024-02-29T00:00:00Z") != nil)
        #expect(Timestamp.parse("2100-02-29T00:00:00Z") == nil)
        #expect(Timestamp.parse("9999-12-31T23:59:59.999Z").map(Timestamp.format) == "9999-12-31T23:59:59.999Z")
        #expect(Timestamp.parse("1970-01-01T00:00:00Z") == Date(milliseconds: 0))
        // Far outside the range: formatted at the range's ends, never a crash.
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1e16)) == "9999-12-31T23:59:59.999Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -1e16)) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00.000Z")
    }

    @Test func formatAndParseAgreeOnEveryDayOfAFourHundredYearCycle() {
        var day = Date(timeIntervalSince1970: 0)
        for _ in 0..<(146_097 / 7) {
            let text = Timestamp.format(day)
            #expect(Timestamp.parse(text) == day.wholeMilliseconds)
            day = day.addingTimeInterval(7 * 86_400 + 3_723.456)
        }
    }
}

extension IncidentID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
