/// Events survive a round trip through JSON, and unreadable ones fail with clear errors.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct EventCodingTests {
    @Test func everyKindOfEventRoundTrips() throws {
        var s = Scenario.declared(lead: "alex", comms: "cam", security: true)
        s.must(.log(.action, text: "Restarted the router \u{1b}[31m", at: t0), as: "alex")
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
        s.must(.scheduleReview(at: t0.addingTimeInterval(86_400), overrideReason: nil), as: "alex")
        s.must(.recordReviewHeld(attendees: ["alex", "cam"]), as: "alex")
        s.must(.recordReportWritten(location: "docs/report"), as: "alex")
        s.must(.withholdPublication(reason: "security"), as: "cam")
        s.must(.completeStep(StepID.statusPageOperational, note: nil), as: "cam")
        s.must(.reopen(reason: "back"), as: "alex")
        let kinds = Set(s.log.map(\.payload.kind))
        // Every kind but securityBreachSuspected, reportPublished and closed, which other tests cover.
        #expect(kinds.count == EventPayload.knownKinds.count - 3)
        for event in s.log {
            let line = try event.jsonLine()
            #expect(!line.contains("\n"))
            #expect(try Event.decode(json: Data(line.utf8)) == event)
        }
        #expect(IncidentState.replay(s.log.map { try! Event.decode(json: Data($0.jsonLine().utf8)) }) == s.state)
    }

    @Test func kindNamesMatchTheEncodedPayloadKey() throws {
        let s = Scenario.declared(lead: "alex")
        for event in s.log {
            let object = try JSONSerialization.jsonObject(with: Data(event.jsonLine().utf8)) as! [String: Any]
            let payload = object["payload"] as! [String: Any]
            #expect(Array(payload.keys) == [event.payload.kind])
            #expect(EventPayload.knownKinds.contains(event.payload.kind))
        }
    }

    @Test func unknownKindIsAClearError() throws {
        let event = Scenario.declared().log[0]
        let line = try event.jsonLine().replacingOccurrences(of: "\"kind\":\"declared\"", with: "\"kind\":\"teleported\"")
        #expect(throws: EventDecodingError.unknownKind("teleported")) { try Event.decode(json: Data(line.utf8)) }
    }

    @Test func newerSchemaIsAClearError() throws {
        let line = try Scenario.declared().log[0].jsonLine().replacingOccurrences(of: "\"v\":1", with: "\"v\":99")
        #expect(throws: EventDecodingError.newerSchema(found: 99, supported: 1)) { try Event.decode(json: Data(line.utf8)) }
        #expect(EventDecodingError.newerSchema(found: 99, supported: 1).description.contains("upgrade"))
    }

    @Test func garbageIsAnErrorNotACrash() {
        #expect(throws: EventDecodingError.self) { try Event.decode(json: Data("{\"v\":1}".utf8)) }
        #expect(throws: EventDecodingError.self) { try Event.decode(json: Data("not json".utf8)) }
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
}

extension IncidentID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
