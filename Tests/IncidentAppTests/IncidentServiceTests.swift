/// The service over a real store: selection, refusals, retry when another writer appended first.
import Foundation
import Testing
@testable import IncidentApp
import IncidentCore
import IncidentStore

func temporaryStore() throws -> (SQLiteEventStore, URL) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("incident-app-\(UUID().uuidString)")
    let url = dir.appendingPathComponent("store.sqlite")
    return (try SQLiteEventStore(url: url), url)
}

func service(_ store: any EventStore, now: String = "2026-11-29T03:00:00Z") throws -> IncidentService {
    IncidentService(store: store, clock: try AppClock(environment: ["INCIDENT_NOW": now]))
}

@Suite struct IncidentServiceTests {
    @Test func declaresAndPerformsThroughTheStore() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let declared = try service.declare(title: "Apps down", priority: .p2, securitySensitive: false, as: "sam")
        let id = try #require(declared.state.id)
        #expect(id.rawValue.hasPrefix("INC-20261129-"))
        try service.perform(.log(.action, text: "looked", at: nil), on: id, as: "sam")
        let state = try service.state(of: id)
        #expect(state.timeline.map(\.text).last == "looked")
        #expect(state.lastSequence == (try store.events(for: id)).count)
    }

    @Test func aRefusalThrowsAndWritesNothing() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let id = try #require(try service.declare(title: "x", priority: nil, securitySensitive: false, as: "sam").state.id)
        let before = try store.events(for: id).count
        #expect {
            try service.perform(.log(.productionChange, text: "change", at: nil), on: id, as: "sam")
        } throws: { error in
            guard let error = error as? AppError, case let .refused(refusal) = error else { return false }
            return error.exitCode == 1 && refusal.reason == .notPermitted
        }
        #expect(try store.events(for: id).count == before)
    }

    @Test func aRefusalOfAnUnknownNameIsAUsageMistakeWithTheRefusalsWords() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let id = try #require(try service.declare(title: "x", priority: nil, securitySensitive: false, as: "sam").state.id)
        let request = CommsRequest(channel: .statuspage, text: "investigating", components: ["platform https"])
        #expect {
            try service.perform(.sendComms(request), on: id, as: "sam")
        } throws: { error in
            guard let error = error as? AppError, case let .refused(refusal) = error else { return false }
            return refusal.reason == .unknownName && error.exitCode == 2
                && error.description == "refused: Comms not recorded. There is no component called 'platform https'. \(refusal.instead)"
        }
    }

    @Test func acceptedCarriesTheWarningsTheRulesAttached() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let id = try #require(try service.declare(title: "x", priority: nil, securitySensitive: false, as: "sam").state.id)
        let lead = try service.perform(.assignRole(.lead, "alex", productionAccessConfirmed: true), on: id, as: "sam")
        #expect(lead.warnings == ["The process says the lead should be the person on support (sam)."])
        let logged = try service.perform(.log(.action, text: "looked", at: nil), on: id, as: "sam")
        #expect(logged.warnings.isEmpty)
    }

    @Test func aStaleWriterIsDecidedAgainOnTheNewState() throws {
        let (store, url) = try temporaryStore()
        let first = try service(store)
        let second = try service(try SQLiteEventStore(url: url))
        let id = try #require(try first.declare(title: "x", priority: nil, securitySensitive: false, as: "sam").state.id)
        try first.perform(.assignRole(.lead, "sam", productionAccessConfirmed: true), on: id, as: "sam")
        // Both processes append; neither loses an event and sequences stay gap-free.
        for index in 0..<20 {
            try first.perform(.log(.action, text: "a\(index)", at: nil), on: id, as: "sam")
            try second.perform(.log(.finding, text: "b\(index)", at: nil), on: id, as: "cam")
        }
        let events = try store.events(for: id)
        #expect(events.map(\.sequence) == Array(1...events.count))
        #expect(events.filter { if case .entryLogged = $0.payload { true } else { false } }.count == 40)
    }

    @Test func selectingAnIncident() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        #expect(throws: AppError.self) { try service.selectIncident(nil) }
        let a = try #require(try service.declare(title: "first", priority: nil, securitySensitive: false, as: "sam").state.id)
        #expect(try service.selectIncident(nil) == a)
        let b = try #require(try service.declare(title: "second", priority: nil, securitySensitive: false, as: "sam").state.id)
        do {
            _ = try service.selectIncident(nil)
            Issue.record("expected an error with two incidents open")
        } catch let error as AppError {
            #expect(error.description.contains(a.rawValue) && error.description.contains(b.rawValue))
            #expect(error.exitCode == 2)
        }
        #expect(try service.selectIncident(b.rawValue.lowercased()) == b)
        #expect(throws: AppError.self) { try service.selectIncident("nothing-like-it") }
    }
}

@Suite struct AppClockAndTimeTests {
    @Test func incidentNowSetsTheStartAndTimeStillMoves() throws {
        let clock = try AppClock(environment: ["INCIDENT_NOW": "2026-11-29T03:00:00Z"])
        let start = Timestamp.parse("2026-11-29T03:00:00Z")!
        let now = clock.now()
        #expect(now >= start && now < start.addingTimeInterval(60))
        #expect(clock.now() >= now)
        #expect(throws: AppError.self) { try AppClock(environment: ["INCIDENT_NOW": "tomorrow"]) }
    }

    @Test func parsesTheTimesRespondersType() {
        let now = Timestamp.parse("2026-11-29T03:30:00Z")!
        let utc = TimeZone(identifier: "UTC")!
        #expect(TimeParsing.parse("2026-11-29T03:10:00Z", now: now, timeZone: utc) == Timestamp.parse("2026-11-29T03:10:00Z"))
        #expect(TimeParsing.parse("03:10", now: now, timeZone: utc) == Timestamp.parse("2026-11-29T03:10:00Z"))
        #expect(TimeParsing.parse("23:50", now: now, timeZone: utc) == Timestamp.parse("2026-11-28T23:50:00Z"))
        #expect(TimeParsing.parse("15m ago", now: now, timeZone: utc) == Timestamp.parse("2026-11-29T03:15:00Z"))
        #expect(TimeParsing.parse("-2h", now: now, timeZone: utc) == Timestamp.parse("2026-11-29T01:30:00Z"))
        #expect(TimeParsing.parse("soon", now: now, timeZone: utc) == nil)
        #expect(TimeParsing.parse("25:00", now: now, timeZone: utc) == nil)
        // Typos that would overflow date arithmetic are not times.
        for typo in ["infm ago", "1e400h", "3e12h", "nanm", "2000000h"] {
            #expect(TimeParsing.parse(typo, now: now, timeZone: utc) == nil, "\(typo)")
        }
    }

    @Test func parsesTimesAheadForScheduling() {
        let now = Timestamp.parse("2026-11-29T03:30:00Z")!
        let london = TimeZone(identifier: "Europe/London")!
        #expect(TimeParsing.parseAhead("3d", now: now, timeZone: london) == Timestamp.parse("2026-12-02T03:30:00Z"))
        #expect(TimeParsing.parseAhead("in 48h", now: now, timeZone: london) == Timestamp.parse("2026-12-01T03:30:00Z"))
        #expect(TimeParsing.parseAhead("2026-12-03 14:00", now: now, timeZone: london) == Timestamp.parse("2026-12-03T14:00:00Z"))
        #expect(TimeParsing.parseAhead("2026-07-03 14:00", now: now, timeZone: london) == Timestamp.parse("2026-07-03T13:00:00Z"),
                "summer time in London")
        #expect(TimeParsing.parseAhead("2026-12-03T14:00:00Z", now: now, timeZone: london) == Timestamp.parse("2026-12-03T14:00:00Z"))
        for bad in ["2026-02-30 10:00", "tomorrow", "1e400d", "2026-12-03 25:00"] {
            #expect(TimeParsing.parseAhead(bad, now: now, timeZone: london) == nil, "\(bad)")
        }
    }

    @Test func actorComesFromTheFlagThenTheEnvironment() throws {
        #expect(try Identity.actor(explicit: "alex", environment: ["USER": "root"]) == "alex")
        #expect(try Identity.actor(explicit: nil, environment: ["INCIDENT_USER": "cam", "USER": "root"]) == "cam")
        #expect(try Identity.actor(explicit: nil, environment: ["INCIDENT_USER": " ", "USER": "root"]) == "root")
        #expect(try Identity.actor(explicit: nil, environment: ["USER": "", "LOGNAME": "lee"]) == "lee")
    }

    @Test func anEmptyAsIsAUsageErrorNotTheDefault() {
        for blank in ["", "  "] {
            #expect {
                try Identity.actor(explicit: blank, environment: ["INCIDENT_USER": "cam"], accountName: { "acct" })
            } throws: { error in
                guard let error = error as? AppError, case .usage = error else { return false }
                return error.exitCode == 2 && error.description.hasPrefix("--as needs a name")
            }
        }
    }

    @Test func withNoNameInTheEnvironmentTheAccountNameIsUsed() throws {
        let empty = ["INCIDENT_USER": "", "USER": "", "LOGNAME": ""]
        #expect(try Identity.actor(explicit: nil, environment: empty, accountName: { "acct" }) == "acct")
        #expect(try Identity.actor(explicit: nil, environment: [:], accountName: { "acct" }) == "acct")
    }

    @Test func withNoNameAnywhereItSaysHowToGiveOneInsteadOfRecordingUnknown() {
        #expect {
            try Identity.actor(explicit: nil, environment: ["USER": ""], accountName: { nil })
        } throws: { error in
            guard let error = error as? AppError, case .usage = error else { return false }
            return error.exitCode == 2 && error.description.contains("--as NAME") && error.description.contains("INCIDENT_USER")
        }
    }
}

@Suite struct ExportImportTests {
    @Test func exportThenImportIntoAnEmptyStoreReproducesTheState() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let id = try #require(try service.declare(title: "Round trip \u{1b}[1m", priority: nil, securitySensitive: true, as: "sam").state.id)
        try service.perform(.assignRole(.lead, "sam", productionAccessConfirmed: true), on: id, as: "sam")
        try service.perform(.log(.productionChange, text: "line one\nline two, \"quoted\"", at: nil), on: id, as: "sam")
        try service.perform(.sendComms(CommsRequest(channel: .statuspage, text: "investigating", components: ["API"])), on: id, as: "sam")
        let events = try store.events(for: id)
        let original = try service.state(of: id)
        let jsonl = EventExport.export(try store.records(for: id, after: 0), state: original, as: .jsonl)

        let (empty, _) = try temporaryStore()
        #expect(try empty.importEvents(try EventExport.readJSONLines(jsonl)) == events.count)
        #expect(IncidentState.replay(try empty.events(for: id)) == original)
        #expect(try empty.importEvents(try EventExport.readJSONLines(jsonl)) == 0)
    }

    @Test func csvEscapesControlCharactersQuotesAndFormulas() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let id = try #require(try service.declare(title: "csv", priority: nil, securitySensitive: false, as: "sam").state.id)
        try service.perform(.log(.note, text: "=HYPERLINK(\"x\") \u{1b}[31m, ok", at: nil), on: id, as: "sam")
        let state = try service.state(of: id)
        let csv = EventExport.export(try store.records(for: id, after: 0), state: state, as: .csv)
        #expect(!csv.contains("\u{1b}"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\") ^[[31m, ok\""))
    }

    @Test func windowsLineEndingsAreRead() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let id = try #require(try service.declare(title: "crlf", priority: nil, securitySensitive: false, as: "sam").state.id)
        try service.perform(.log(.note, text: "first\nsecond", at: nil), on: id, as: "sam")
        let events = try store.events(for: id)
        let jsonl = EventExport.export(try store.records(for: id, after: 0), state: try service.state(of: id), as: .jsonl)
        #expect(try EventExport.readJSONLines(jsonl.replacingOccurrences(of: "\n", with: "\r\n")) == events)
        #expect(try EventExport.readJSONLines(jsonl.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n") == events)
    }

    @Test func aBrokenLineIsNamed() {
        #expect {
            try EventExport.readJSONLines("\n{\"v\":1}\n")
        } throws: { error in
            (error as? AppError)?.description.hasPrefix("line 2:") == true
        }
    }
}
