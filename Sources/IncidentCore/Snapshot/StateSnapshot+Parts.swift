/// How the parts of a state snapshot are written and read: people, role tenures, timeline items, comms, review.
import Foundation

extension SnapshotWriter {
    mutating func person(_ person: Person) { string(person.name) }

    mutating func tenure(_ tenure: RoleTenure) {
        string(tenure.role.rawValue)
        person(tenure.person)
        date(tenure.from)
        optional(tenure.until) { $0.date($1) }
        switch tenure.productionAccess {
        case nil: byte(0)
        case .roster: byte(1)
        case let .confirmedBy(person): byte(2); self.person(person)
        }
    }

    mutating func item(_ item: TimelineItem) {
        uuid(item.id)
        int(item.sequence)
        date(item.occurredAt)
        date(item.loggedAt)
        person(item.actor)
        payload(item.payload)
        array(item.corrections) { w, correction in
            w.date(correction.at)
            w.person(correction.by)
            w.string(correction.text)
        }
        optional(item.strike) { w, strike in
            w.date(strike.at)
            w.person(strike.by)
            w.string(strike.reason)
        }
    }

    /// A logged entry (most of a long log) as its kind's byte and its text; a message (the next most) as a comms
    /// record's fields; any other event as its kind and its data in the wire format's canonical JSON.
    mutating func payload(_ payload: EventPayload) {
        switch payload {
        case let .entryLogged(kind, text):
            byte(0); byte(UInt8(StateSnapshot.entryKinds.firstIndex(of: kind) ?? 0)); string(text)
        case let .commsSent(message):
            byte(2); self.message(message)
        default:
            byte(1); string(payload.kind); string(CanonicalJSON.string(PayloadWire.encode(payload)))
        }
    }

    mutating func record(_ record: CommsRecord) {
        date(record.at)
        person(record.by)
        message(record.message)
    }

    mutating func message(_ message: CommsMessage) {
        string(message.channel.rawValue)
        string(message.text)
        optional(message.status) { $0.string($1.rawValue) }
        array(message.components) { $0.string($1) }
        optional(message.template) { $0.string($1) }
        optional(message.nextUpdateDueAt) { $0.date($1) }
        bool(message.notifiesSubscribers)
    }

    mutating func comms(_ comms: CommsState) {
        optional(comms.teamToldAt) { $0.date($1) }
        optional(comms.statuspageOpenedAt) { $0.date($1) }
        optional(comms.lastTenantUpdate) { $0.record($1) }
        optional(comms.lastMessage) { $0.record($1) }
        optional(comms.statuspageStatus) { $0.string($1.rawValue) }
        array(comms.components) { $0.string($1) }
        optional(comms.snoozedUntil) { $0.date($1) }
        optional(comms.reopenedAt) { $0.date($1) }
        optional(comms.finalUpdateAt) { $0.date($1) }
        int(comms.tenantUpdateCount)
    }

    mutating func post(_ post: PostIncidentState) {
        optional(post.reviewScheduledFor) { $0.date($1) }
        optional(post.reviewOverrideReason) { $0.string($1) }
        optional(post.reviewHeldAt) { $0.date($1) }
        array(post.reviewAttendees) { $0.person($1) }
        optional(post.reportWrittenAt) { $0.date($1) }
        optional(post.reportLocation) { $0.string($1) }
        optional(post.publishedAt) { $0.date($1) }
        optional(post.publishOverrideReason) { $0.string($1) }
        optional(post.withheldReason) { $0.string($1) }
        optional(post.withheldAt) { $0.date($1) }
        optional(post.closedAt) { $0.date($1) }
    }
}

extension SnapshotReader {
    /// Names were trimmed when the events were made, so they are taken as they are.
    mutating func person() throws -> Person { Person(trimmed: try string()) }

    mutating func tenure() throws -> RoleTenure {
        let role = try value(Role.self), person = try person(), from = try date(), until = try optional { try $0.date() }
        let access: ProductionAccess?
        switch try byte() {
        case 0: access = nil
        case 1: access = .roster
        case 2: access = .confirmedBy(try self.person())
        case let other: throw SnapshotError.invalid("production access \(other)")
        }
        return RoleTenure(role: role, person: person, from: from, until: until, productionAccess: access)
    }

    mutating func item() throws -> TimelineItem {
        let id = try uuid(), sequence = try int(), occurredAt = try date(), loggedAt = try date(), actor = try person()
        var item = TimelineItem(id: id, sequence: sequence, occurredAt: occurredAt, loggedAt: loggedAt, actor: actor, payload: try payload())
        item.corrections = try array { r in
            TimelineItem.Correction(at: try r.date(), by: try r.person(), text: try r.string())
        }
        item.strike = try optional { r in TimelineItem.Strike(at: try r.date(), by: try r.person(), reason: try r.string()) }
        return item
    }

    mutating func payload() throws -> EventPayload {
        switch try byte() {
        case 0:
            return .entryLogged(kind: try StateSnapshot.entryKinds.element(try byte()), text: try string())
        case 1:
            let name = try string(), json = try string()
            guard let kind = EventKind(rawValue: name) else { throw SnapshotError.invalid("event kind \(name.prefix(40))") }
            do {
                let payload = try PayloadWire.decode(kind, try JSONParser.parse(Array(json.utf8)))
                guard payload.appearsOnTimeline else { throw SnapshotError.invalid("\(name) on the timeline") }
                return payload
            } catch let error as SnapshotError {
                throw error
            } catch {
                throw SnapshotError.invalid("timeline event: \(error)")
            }
        case 2:
            return .commsSent(try message())
        case let other:
            throw SnapshotError.invalid("timeline payload \(other)")
        }
    }

    mutating func record() throws -> CommsRecord {
        let at = try date(), by = try person()
        return CommsRecord(at: at, by: by, message: try message())
    }

    mutating func message() throws -> CommsMessage {
        CommsMessage(channel: try value(CommsChannel.self), text: try string(),
                     status: try optional { try $0.value(StatuspageStatus.self) },
                     components: try array { try $0.string() }, template: try optional { try $0.string() },
                     nextUpdateDueAt: try optional { try $0.date() }, notifiesSubscribers: try bool())
    }

    mutating func comms() throws -> CommsState {
        var comms = CommsState()
        comms.teamToldAt = try optional { try $0.date() }
        comms.statuspageOpenedAt = try optional { try $0.date() }
        comms.lastTenantUpdate = try optional { try $0.record() }
        comms.lastMessage = try optional { try $0.record() }
        comms.statuspageStatus = try optional { try $0.value(StatuspageStatus.self) }
        comms.components = try array { try $0.string() }
        comms.snoozedUntil = try optional { try $0.date() }
        comms.reopenedAt = try optional { try $0.date() }
        comms.finalUpdateAt = try optional { try $0.date() }
        comms.tenantUpdateCount = try int()
        return comms
    }

    mutating func post() throws -> PostIncidentState {
        var post = PostIncidentState()
        post.reviewScheduledFor = try optional { try $0.date() }
        post.reviewOverrideReason = try optional { try $0.string() }
        post.reviewHeldAt = try optional { try $0.date() }
        post.reviewAttendees = try array { try $0.person() }
        post.reportWrittenAt = try optional { try $0.date() }
        post.reportLocation = try optional { try $0.string() }
        post.publishedAt = try optional { try $0.date() }
        post.publishOverrideReason = try optional { try $0.string() }
        post.withheldReason = try optional { try $0.string() }
        post.withheldAt = try optional { try $0.date() }
        post.closedAt = try optional { try $0.date() }
        return post
    }
}

extension SnapshotWriter {
    mutating func decision(_ decision: ExecutiveAlertDecision) {
        bool(decision.alert)
        person(decision.decidedBy)
        date(decision.at)
        optional(decision.note) { $0.string($1) }
    }

    /// Key times, report text, root cause and follow-up actions.
    mutating func report(_ state: IncidentState) {
        array(KeyTime.allCases.compactMap { key in state.keyTimes[key].map { (key, $0) } }) { w, pair in
            w.string(pair.0.rawValue); w.date(pair.1.at); w.person(pair.1.by); w.optional(pair.1.note) { $0.string($1) }
        }
        array(state.activePeriods) { w, period in w.date(period.from); w.optional(period.until) { $0.date($1) } }
        array(ReportSection.allCases.compactMap { key in state.report.sections[key].map { (key, $0) } }) { w, pair in
            w.string(pair.0.rawValue); w.string(pair.1.text); w.date(pair.1.at); w.person(pair.1.by)
        }
        optional(state.report.rootCause) { w, cause in
            w.string(cause.category.rawValue); w.string(cause.text); w.date(cause.at); w.person(cause.by)
        }
        array(state.report.followUps) { w, action in
            w.uuid(action.id); w.string(action.action); w.person(action.owner); w.optional(action.tracker) { $0.string($1) }
            w.date(action.at); w.person(action.by)
        }
        array(state.executiveDecisions) { $0.decision($1) }
    }
}

extension SnapshotReader {
    mutating func decision() throws -> ExecutiveAlertDecision {
        ExecutiveAlertDecision(alert: try bool(), decidedBy: try person(), at: try date(), note: try optional { try $0.string() })
    }

    mutating func report(into state: inout IncidentState) throws {
        for (key, mark) in try array({ r in
            (try r.value(KeyTime.self), KeyTimeMark(at: try r.date(), by: try r.person(), note: try r.optional { try $0.string() }))
        }) { state.keyTimes[key] = mark }
        state.activePeriods = try array { r in ActivePeriod(from: try r.date(), until: try r.optional { try $0.date() }) }
        for (key, text) in try array({ r in
            (try r.value(ReportSection.self), ReportText(text: try r.string(), at: try r.date(), by: try r.person()))
        }) { state.report.sections[key] = text }
        state.report.rootCause = try optional { r in
            RootCause(category: try r.value(RootCauseCategory.self), text: try r.string(), at: try r.date(), by: try r.person())
        }
        state.report.followUps = try array { r in
            FollowUpAction(id: try r.uuid(), action: try r.string(), owner: try r.person(), tracker: try r.optional { try $0.string() },
                           at: try r.date(), by: try r.person())
        }
        state.executiveDecisions = try array { try $0.decision() }
    }
}

extension StateSnapshot {
    /// The byte each timeline item's entry kind and channel is written as: fixed, never reordered.
    static let entryKinds: [EntryKind] = [.action, .finding, .decision, .productionChange, .note]
    static let channels: [CommsChannel] = [.team, .statuspage, .email]
}

extension Array {
    func element(_ index: UInt8) throws -> Element {
        guard Int(index) < count else { throw SnapshotError.invalid("code \(index)") }
        return self[Int(index)]
    }
}
