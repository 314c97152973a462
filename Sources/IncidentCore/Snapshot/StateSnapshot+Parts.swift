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
        category(item.category)
        string(item.originalText)
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
        optional(item.warning) { $0.string($1) }
    }

    mutating func category(_ category: TimelineItem.Category) {
        switch category {
        case .declared: byte(0)
        case let .entry(kind): byte(1); byte(UInt8(StateSnapshot.entryKinds.firstIndex(of: kind) ?? 0))
        case let .comms(channel): byte(2); byte(UInt8(StateSnapshot.channels.firstIndex(of: channel) ?? 0))
        case .role: byte(3)
        case .status: byte(4)
        case .escalation: byte(5)
        case .security: byte(6)
        case .resolution: byte(7)
        case .postIncident: byte(8)
        case .step: byte(9)
        case .warning: byte(10)
        }
    }

    mutating func record(_ record: CommsRecord) {
        date(record.at)
        person(record.by)
        let message = record.message
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
        let category = try category(), text = try string()
        var item = TimelineItem(id: id, sequence: sequence, occurredAt: occurredAt, loggedAt: loggedAt, actor: actor,
                                category: category, originalText: text)
        item.corrections = try array { r in
            TimelineItem.Correction(at: try r.date(), by: try r.person(), text: try r.string())
        }
        item.strike = try optional { r in TimelineItem.Strike(at: try r.date(), by: try r.person(), reason: try r.string()) }
        item.warning = try optional { try $0.string() }
        return item
    }

    mutating func category() throws -> TimelineItem.Category {
        switch try byte() {
        case 0: return .declared
        case 1: return .entry(try StateSnapshot.entryKinds.element(try byte()))
        case 2: return .comms(try StateSnapshot.channels.element(try byte()))
        case 3: return .role
        case 4: return .status
        case 5: return .escalation
        case 6: return .security
        case 7: return .resolution
        case 8: return .postIncident
        case 9: return .step
        case 10: return .warning
        case let other: throw SnapshotError.invalid("timeline category \(other)")
        }
    }

    mutating func record() throws -> CommsRecord {
        let at = try date(), by = try person()
        let message = CommsMessage(channel: try value(CommsChannel.self), text: try string(),
                                   status: try optional { try $0.value(StatuspageStatus.self) },
                                   components: try array { try $0.string() }, template: try optional { try $0.string() },
                                   nextUpdateDueAt: try optional { try $0.date() }, notifiesSubscribers: try bool())
        return CommsRecord(at: at, by: by, message: message)
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
        post.closedAt = try optional { try $0.date() }
        return post
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
