/// Stored data is forever: committed lines of every kind at every version decode, today and in every later build.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct WireFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")

    static func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }

    static func versionAndKind(_ line: String) throws -> (Int, String) {
        let value = try JSONParser.parse(Array(line.utf8))
        guard case let .int(version)? = value["v"], case let .string(kind)? = value["kind"] else { throw EventDecodingError.malformed("fixture") }
        return (Int(version), kind)
    }

    /// Version 1 as the first release wrote it (made by that build's CLI); version 2 is the same record
    /// appended through today's store, so its lines carry the hash chain.
    /// `events-v2-report.jsonl` holds the kinds added for the report (key times, report text, root cause, follow-up actions),
    /// written by the CLI when they were added.
    /// `events-v2-playbook.jsonl` holds the kinds added with the playbook's data (a skipped step, contacts with a supplier),
    /// written by the CLI when they were added.
    static let fixtures = ["events-v1.jsonl", "events-v2.jsonl", "events-v2-report.jsonl", "events-v2-playbook.jsonl"]

    @Test func everyKindAtEveryVersionHasAFixtureLine() throws {
        var covered = Set<String>()
        for name in Self.fixtures {
            for line in try Self.lines(name) {
                let (version, kind) = try Self.versionAndKind(line)
                covered.insert("\(kind)@\(version)")
            }
        }
        for kind in EventKind.allCases {
            for version in kind.firstVersion...kind.currentVersion {
                #expect(covered.contains("\(kind.rawValue)@\(version)"), "no fixture line of \(kind.rawValue) version \(version)")
            }
        }
    }

    @Test func everyFixtureLineDecodes() throws {
        for name in Self.fixtures {
            for (index, line) in try Self.lines(name).enumerated() {
                #expect(throws: Never.self, "\(name):\(index + 1)") { try EventWire.decode(Array(line.utf8)) }
            }
        }
    }

    @Test func versionOneAndVersionTwoHoldTheSameRecord() throws {
        let old = try Self.lines("events-v1.jsonl").map { try EventWire.decode(Array($0.utf8)) }
        let new = try Self.lines("events-v2.jsonl").map { try EventWire.decode(Array($0.utf8)) }
        #expect(old.count == 41)
        #expect(old == new)
        for incident in Set(old.map(\.incidentID)) {
            let a = IncidentState.replay(old.filter { $0.incidentID == incident })
            let b = IncidentState.replay(new.filter { $0.incidentID == incident })
            #expect(a == b)
            #expect(a.phase != .none)
        }
    }

    /// The fixture was written by the first release's CLI, as a team would: the rules of today accept every event of it,
    /// except the one contradiction they now refuse (a review recorded held two days before it was scheduled to start).
    /// The record still reads and replays; only an import of it is refused, at that event, with the reason.
    @Test func theRecordedIncidentsPassTodaysRules() throws {
        let events = try Self.lines("events-v1.jsonl").map { try EventWire.decode(Array($0.utf8)) }
        let later = Date(timeIntervalSince1970: 1_800_000_000)
        let first = events.filter { $0.incidentID == "INC-20261120-VHF" }
        #expect(IncidentState.replay(first).phase == .closed)
        #expect(try ReplayCheck.check(Array(first[..<28]), after: IncidentState(), playbook: .standard, now: later).phase == .resolved)
        do {
            _ = try ReplayCheck.check(first, after: IncidentState(), playbook: .standard, now: later)
            Issue.record("the review held before its scheduled start was accepted")
        } catch {
            #expect(error.index == 28)
            #expect(error.refusal?.why.contains("scheduled to start") == true)
        }
        var roster = Playbook.standard
        roster.roster = [RosterEntry(name: "kim", productionAccess: true)]
        let second = events.filter { $0.incidentID == "INC-20261120-34K" }
        #expect(try ReplayCheck.check(second, after: IncidentState(), playbook: roster, now: later).phase == .resolved)
    }

    @Test func versionOneDetailsUpcastExactly() throws {
        let events = try Self.lines("events-v1.jsonl").map { try EventWire.decode(Array($0.utf8)) }
        let access = events.compactMap { event -> ProductionAccess? in
            if case let .roleAssigned(.lead, _, _, access, _) = event.payload { access } else { nil }
        }
        #expect(access.contains(.roster) && access.contains(.confirmedBy("sam")))
        let promise = events.compactMap { event -> Date? in
            if case let .commsSent(message) = event.payload { message.nextUpdateDueAt } else { nil }
        }.first
        #expect(promise.map(Timestamp.format) == "2026-11-20T09:50:00.070Z")
        #expect(events.contains { if case .entryLogged(.finding, let text) = $0.payload { text.contains("\u{1b}[31m") } else { false } })
    }

    @Test func thePlaybookFixtureReadsAsRecorded() throws {
        let events = try Self.lines("events-v2-playbook.jsonl").map { try EventWire.decode(Array($0.utf8)) }
        let state = IncidentState.replay(events)
        #expect(state.completedSteps[StepID.trackerStory]?.skipReason == "No change was made")
        #expect(SupplierContacts(state: state).latest(for: "DataDog").map { [$0.step.rawValue, $0.reference ?? ""] } == ["answered", "DD-123456"])
        #expect(events.contains { $0.payload == .supplierContacted(supplier: "DataDog", step: .case, reference: "DD-123456") })
    }

    @Test func theVersionTwoFixtureIsAnIntactChain() throws {
        let records = try Self.lines("events-v2.jsonl").map { try EventWire.decodeRecord(Array($0.utf8)) }
        #expect(records.allSatisfy { $0.line == CanonicalJSON.string(try! JSONParser.parse(Array($0.line.utf8))) })
        for incident in Set(records.map(\.event.incidentID)) {
            let mine = records.filter { $0.event.incidentID == incident }
            guard case let .holds(events, _, unchained) = HashChain.verify(incident, mine) else {
                Issue.record("chain of \(incident) does not hold"); continue
            }
            #expect(events == mine.count && unchained == 0)
        }
    }

    @Test(arguments: [
        ("reviewScheduled", #"{"reviewScheduled":{"at":1e16}}"#),
        ("reviewScheduled", #"{"reviewScheduled":{"at":-1e12}}"#),
        ("commsReminderSnoozed", #"{"commsReminderSnoozed":{"minutes":5,"until":"soon"}}"#),
        ("commsSent", #"{"commsSent":{"_0":{"channel":"team","components":[],"nextUpdateDueAt":1e300,"notifiesSubscribers":true,"text":"x"}}}"#),
        ("declared", #"{"roleAssigned":{"person":"a","role":"lead"}}"#),
        ("roleAssigned", #"{"roleAssigned":{"person":"a","role":"lead","productionAccess":{"sudo":{}}}}"#),
    ])
    func hostileVersionOneLinesAreRefusedNotCrashed(kind: String, payload: String) {
        let line = #"{"actor":"a","id":"259A5DCE-CE9C-45F8-99BA-E76E4409843A","incident":"INC-1","kind":"\#(kind)","loggedAt":"2026-11-20T09:04:00.048Z","occurredAt":"2026-11-20T09:04:00.048Z","payload":\#(payload),"seq":2,"v":1}"#
        #expect(throws: EventDecodingError.self) { try EventWire.decode(Array(line.utf8)) }
    }

    @Test(arguments: ["0001-01-01T00:00:00.000Z", "10000-01-01T00:00:00.000Z", "2026-02-30T00:00:00.000Z", "1e16"])
    func envelopeTimesOutsideTheRecordAreRefused(time: String) throws {
        let line = try Scenario.declared().log[0].jsonLine()
        let good = Timestamp.format(Scenario.declared().log[0].loggedAt)
        let bad = line.replacingOccurrences(of: "\"loggedAt\":\"\(good)\"", with: "\"loggedAt\":\"\(time)\"")
        #expect(bad != line)
        #expect(throws: EventDecodingError.self) { try EventWire.decode(Array(bad.utf8)) }
    }
}
