/// State snapshots: any state reads back equal, a snapshot at any cut plus the tail equals a full replay, damage is refused.
import Foundation
import ProcessScripts
import PropertyBased
import Testing
@testable import IncidentCore

@Suite struct StateSnapshotTests {
    @Test func aSnapshotAtAnyCutPlusTheTailEqualsAFullReplay() async {
        var cuts = 0
        var reached: [String: Int] = [:]
        await propertyCheck(count: 200, input: StateMachinePropertyTests.scripts, Gen.int(in: 0...Int.max)) { codes, cut in
            let run = ScriptRun(codes)
            let at = cut % (run.log.count + 1)
            let prefix = IncidentState.replay(run.log[..<at])
            let restored: IncidentState
            do {
                restored = try StateSnapshot.decode(StateSnapshot.encode(prefix))
            } catch {
                Issue.record("snapshot after \(at) events does not read back: \(error)")
                return
            }
            #expect(restored == prefix, "snapshot after \(at) events:\n\(differences(restored, prefix))")
            #expect(restored.timelineIndexIsConsistent)
            var resumed = restored
            for event in run.log[at...] { resumed.apply(event) }
            #expect(resumed == run.final, "snapshot after \(at) of \(run.log.count) events, then the tail:\n\(differences(resumed, run.final))")
            #expect(resumed.timelineIndexIsConsistent)
            // The whole log's state too: late parts of the process (a closed incident) are rare at a random cut.
            let whole = try? StateSnapshot.decode(StateSnapshot.encode(run.final))
            #expect(whole == run.final, "snapshot of the whole log of \(run.log.count) events")
            cuts += 1
            for state in [prefix, run.final] {
                for (name, isSet) in Self.features(state) where isSet { reached[name, default: 0] += 1 }
            }
        }
        #expect(cuts == 200)
        // The snapshots taken hold every kind of part, so each part's encoding is exercised.
        let missing = Self.featureNames.filter { (reached[$0] ?? 0) < 3 }
        #expect(missing.isEmpty, "snapshots never (or rarely) held: \(missing); reached: \(reached)")
    }

    static let featureNames = ["roles", "members", "ended tenure", "production access", "correction", "strike", "warning",
                               "back-dated entry", "tenant update", "team told", "components", "snooze", "reopened",
                               "final update", "escalation", "executive alert", "step", "resolution", "review scheduled",
                               "review held", "report written", "published or withheld", "closed", "security"]

    static func features(_ s: IncidentState) -> [String: Bool] {
        [
            "roles": s.roles.count > 1, "members": !s.members.isEmpty,
            "ended tenure": s.roleHistory.contains { $0.until != nil },
            "production access": s.roleHistory.contains { $0.productionAccess != nil },
            "correction": s.timeline.contains { !$0.corrections.isEmpty }, "strike": s.timeline.contains { $0.strike != nil },
            "warning": s.timeline.contains { $0.warning != nil }, "back-dated entry": s.timeline.contains(where: \.isBackdated),
            "tenant update": s.comms.lastTenantUpdate != nil, "team told": s.comms.teamToldAt != nil,
            "components": !s.comms.components.isEmpty, "snooze": s.comms.snoozedUntil != nil,
            "reopened": s.comms.reopenedAt != nil, "final update": s.comms.finalUpdateAt != nil,
            "escalation": !s.escalation.isEmpty, "executive alert": s.executiveAlert != nil,
            "step": !s.completedSteps.isEmpty, "resolution": s.resolution != nil,
            "review scheduled": s.post.reviewScheduledFor != nil, "review held": s.post.reviewHeldAt != nil,
            "report written": s.post.reportWrittenAt != nil,
            "published or withheld": s.post.publishedAt != nil || s.post.withheldReason != nil,
            "closed": s.post.closedAt != nil, "security": s.securitySensitive,
        ]
    }

    /// A field added to the state must be written to snapshots and the format version raised; this lists what
    /// the encoder writes, so adding a field without doing both fails here.
    @Test func theSnapshotWritesEveryFieldOfTheState() {
        let expected: [(Any, [String])] = [
            (IncidentState(), ["id", "title", "priority", "phase", "securitySensitive", "securitySuspectedAt", "declaredAt",
                               "declaredBy", "lastSequence", "roles", "members", "roleHistory", "timeline", "comms", "escalation",
                               "executiveAlert", "completedSteps", "resolution", "post", "keyTimes", "activePeriods", "report",
                               "executiveDecisions", "timelineIndex"]),
            (CommsState(), ["teamToldAt", "statuspageOpenedAt", "lastTenantUpdate", "lastMessage", "statuspageStatus", "components",
                            "snoozedUntil", "reopenedAt", "finalUpdateAt", "tenantUpdateCount"]),
            (PostIncidentState(), ["reviewScheduledFor", "reviewOverrideReason", "reviewHeldAt", "reviewAttendees", "reportWrittenAt",
                                   "reportLocation", "publishedAt", "publishOverrideReason", "withheldReason", "withheldAt", "closedAt"]),
            (TimelineItem(id: UUID(), sequence: 1, occurredAt: .now, loggedAt: .now, actor: "a", payload: .closed),
             ["id", "sequence", "occurredAt", "loggedAt", "actor", "payload", "corrections", "strike"]),
            (ReportContent(), ["sections", "rootCause", "followUps"]),
            (FollowUpAction(id: UUID(), action: "", owner: "a", at: .now, by: "a"), ["id", "action", "owner", "tracker", "at", "by"]),
            (KeyTimeMark(at: .now, by: "a"), ["at", "by", "note"]),
            (ActivePeriod(from: .now), ["from", "until"]),
            (RoleTenure(role: .lead, person: "a", from: .now), ["role", "person", "from", "until", "productionAccess"]),
            (CommsMessage(channel: .team, text: ""), ["channel", "text", "status", "components", "template", "nextUpdateDueAt",
                                                      "notifiesSubscribers"]),
            (LevelStatus(step: .reached, since: .now, by: "a"), ["step", "since", "by", "note"]),
            (Resolution(at: .now, by: "a", productManager: "b", deliveryManager: "c"), ["at", "by", "productManager", "deliveryManager", "note"]),
        ]
        for (value, fields) in expected {
            let actual = Mirror(reflecting: value).children.compactMap(\.label)
            #expect(actual == fields, "\(type(of: value)) has changed: write its fields in StateSnapshot and raise formatVersion")
        }
        #expect(StateSnapshot.formatVersion == 3)
        // Every entry kind and channel has its byte: one missing would be written as the first.
        #expect(StateSnapshot.entryKinds.count == EntryKind.allCases.count && Set(StateSnapshot.entryKinds) == Set(EntryKind.allCases))
        #expect(StateSnapshot.channels.count == CommsChannel.allCases.count && Set(StateSnapshot.channels) == Set(CommsChannel.allCases))
    }

    @Test func aDamagedOrForeignSnapshotIsRefusedNeverTrusted() throws {
        let run = ScriptRun(Array(1...60).map { $0 &* 2_654_435_761 })
        let bytes = StateSnapshot.encode(run.final)
        #expect(try StateSnapshot.decode(bytes) == run.final)
        // Cut anywhere: an error, never a crash or a partial state.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            #expect(throws: SnapshotError.self) { try StateSnapshot.decode(Array(bytes[..<length])) }
        }
        #expect(throws: SnapshotError.self) { try StateSnapshot.decode(bytes + [0]) }
        var otherVersion = bytes
        otherVersion[4] = UInt8(StateSnapshot.formatVersion) + 1
        #expect(throws: SnapshotError.otherFormat(StateSnapshot.formatVersion + 1)) { try StateSnapshot.decode(otherVersion) }
        var notOne = bytes
        notOne[0] = UInt8(ascii: "X")
        #expect(throws: SnapshotError.notASnapshot) { try StateSnapshot.decode(notOne) }
    }

    @Test func correctionsAndStrikesFindTheirEntryAfterBackdatedEntriesMovedIt() {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        func event(_ sequence: Int, _ payload: EventPayload, occurred minutes: Double, id: UUID = UUID()) -> Event {
            Event(id: id, incidentID: "INC-X", sequence: sequence, occurredAt: start.addingTimeInterval(minutes * 60),
                  loggedAt: start.addingTimeInterval(Double(sequence) * 60), actor: "ana", payload: payload)
        }
        let first = UUID(), second = UUID()
        var state = IncidentState()
        state.apply(event(1, .declared(title: "t", priority: .p1, securitySensitive: false, support: "ana"), occurred: 0))
        state.apply(event(2, .entryLogged(kind: .action, text: "one"), occurred: 10, id: first))
        state.apply(event(3, .entryLogged(kind: .finding, text: "two"), occurred: 20, id: second))
        // Back-dated before both: every later item moves one place.
        state.apply(event(4, .entryLogged(kind: .note, text: "earlier"), occurred: 5))
        state.apply(event(5, .entryCorrected(entry: first, text: "one, corrected"), occurred: 30))
        state.apply(event(6, .entryStruck(entry: second, reason: "wrong host"), occurred: 31))
        #expect(state.item(first)?.text == "one, corrected")
        #expect(state.item(second)?.strike?.reason == "wrong host")
        #expect(state.timeline.firstIndex { $0.id == first } == 2)
        #expect(state.timelineIndexIsConsistent)
    }
}
