/// `apply`: how each event changes incident state. Total and deterministic.
import Foundation

extension IncidentState {
    /// Folds one event into the state. An event that refers to something unknown changes only
    /// what it can, so replaying any log succeeds and always gives the same state.
    public mutating func apply(_ event: Event) {
        lastSequence = event.sequence
        let at = event.occurredAt
        switch event.payload {
        case let .declared(title, priority, security, support):
            id = event.incidentID
            self.title = title
            self.priority = priority
            declaredAt = at
            declaredBy = event.actor
            phase = .active
            activePeriods = [ActivePeriod(from: at)]
            if security { markSecuritySensitive(at: at) }
            startTenure(RoleTenure(role: .support, person: support, from: at))
        case let .roleAssigned(role, person, _, access, _):
            startTenure(RoleTenure(role: role, person: person, from: at, productionAccess: access))
            if role == .lead { completeStep(StepID.nominateLead, at: at, by: event.actor) }
            if role == .comms { completeStep(StepID.nominateComms, at: at, by: event.actor) }
        case let .entryCorrected(entry, text):
            indexTimeline()
            if let index = timelinePosition(of: entry) {
                timeline[index].corrections.append(.init(at: event.loggedAt, by: event.actor, text: text))
            }
        case let .entryStruck(entry, reason):
            indexTimeline()
            if let index = timelinePosition(of: entry), timeline[index].strike == nil {
                timeline[index].strike = .init(at: event.loggedAt, by: event.actor, reason: reason)
            }
        case let .commsSent(message):
            applyComms(message, at: at, by: event.actor)
        case let .statuspageStatusChanged(status):
            comms.statuspageStatus = status
            // Marking the Statuspage incident resolved posts the final update to tenants.
            if status == .resolved, phase == .resolved {
                comms.finalUpdateAt = at
                completeStep(StepID.finalTenantUpdate, at: at, by: event.actor)
            }
        case let .escalationStepped(level, _, step, note):
            escalation[level] = LevelStatus(step: step, since: at, by: event.actor, note: note)
        case let .executiveAlertDecided(alert, decidedBy, note):
            let decision = ExecutiveAlertDecision(alert: alert, decidedBy: decidedBy, at: at, note: note)
            executiveAlert = decision
            executiveDecisions.append(decision)
        case .securityBreachSuspected:
            markSecuritySensitive(at: at)
        case let .resolved(pm, dm, note):
            phase = .resolved
            resolution = Resolution(at: at, by: event.actor, productManager: pm, deliveryManager: dm, note: note)
            if let last = activePeriods.indices.last, activePeriods[last].until == nil { activePeriods[last].until = at }
        case let .downgraded(_, to, _, _, _):
            priority = to
        case .reopened:
            phase = .active
            resolution = nil
            comms.finalUpdateAt = nil
            comms.reopenedAt = at
            activePeriods.append(ActivePeriod(from: at))
            // What was done after the resolution is due again after this one.
            for step in Self.afterResolutionSteps { completedSteps[step] = nil }
            post = PostIncidentState(reviewScheduledFor: post.reviewScheduledFor, reviewOverrideReason: post.reviewOverrideReason)
        case let .stepCompleted(step, note):
            completeStep(step, at: at, by: event.actor, note: note)
        case let .commsReminderSnoozed(until, _):
            comms.snoozedUntil = until
        case let .reviewScheduled(date, reason):
            post.reviewScheduledFor = date
            post.reviewOverrideReason = reason
        case let .reviewHeld(attendees):
            post.reviewHeldAt = at
            post.reviewAttendees = attendees
            completeStep(StepID.holdReview, at: at, by: event.actor)
        case let .reportWritten(location):
            post.reportWrittenAt = at
            post.reportLocation = location
            completeStep(StepID.writeReport, at: at, by: event.actor)
        case let .reportPublished(reason):
            post.publishedAt = at
            post.publishOverrideReason = reason
            completeStep(StepID.publishReport, at: at, by: event.actor)
        case let .publicationWithheld(reason):
            post.withheldReason = reason
            post.withheldAt = at
            completeStep(StepID.publishReport, at: at, by: event.actor)
        case .closed:
            phase = .closed
            post.closedAt = at
        case let .keyTimeMarked(marker, note):
            keyTimes[marker] = KeyTimeMark(at: at, by: event.actor, note: note)
        case let .reportTextWritten(section, text):
            report.sections[section] = ReportText(text: text, at: at, by: event.actor)
        case let .rootCauseWritten(category, text):
            report.rootCause = RootCause(category: category, text: text, at: at, by: event.actor)
        case let .followUpAgreed(action, owner, tracker):
            report.followUps.append(FollowUpAction(id: event.id, action: action, owner: owner, tracker: tracker, at: at, by: event.actor))
        case let .stepSkipped(step, reason):
            if completedSteps[step] == nil { completedSteps[step] = StepCompletion(at: at, by: event.actor, note: nil, skipReason: reason) }
        case .entryLogged, .supplierContacted:
            break
        }
        if event.payload.appearsOnTimeline {
            insertTimelineItem(TimelineItem(id: event.id, sequence: event.sequence, occurredAt: at, loggedAt: event.loggedAt,
                                            actor: event.actor, payload: event.payload))
        }
    }

    /// The checklist's steps after resolution (the checklist is always the standard process's).
    static let afterResolutionSteps = Playbook.standard.checklist.filter { $0.stage == .afterResolution }.map(\.id)

    private mutating func startTenure(_ tenure: RoleTenure) {
        if tenure.role.isSingleHolder {
            endTenure(of: tenure.role, at: tenure.from)
            roles[tenure.role] = tenure
        } else {
            guard !members.contains(where: { $0.person == tenure.person }) else { return }
            members.append(tenure)
        }
        roleHistory.append(tenure)
    }

    private mutating func endTenure(of role: Role, at: Date) {
        guard let current = roles[role] else { return }
        if let index = roleHistory.lastIndex(where: { $0.role == role && $0.person == current.person && $0.until == nil }) {
            roleHistory[index].until = at
        }
        roles[role] = nil
    }

    private mutating func markSecuritySensitive(at: Date) {
        securitySensitive = true
        if securitySuspectedAt == nil { securitySuspectedAt = at }
    }

    private mutating func completeStep(_ id: String, at: Date, by: Person, note: String? = nil) {
        guard completedSteps[id] == nil else { return }
        completedSteps[id] = StepCompletion(at: at, by: by, note: note)
    }

    private mutating func applyComms(_ message: CommsMessage, at: Date, by: Person) {
        let record = CommsRecord(at: at, by: by, message: message)
        if comms.lastMessage.map({ $0.at <= at }) ?? true { comms.lastMessage = record }
        switch message.channel {
        case .team:
            if comms.teamToldAt == nil { comms.teamToldAt = at }
            completeStep(StepID.tellTeamChannel, at: at, by: by)
        case .email:
            break
        case .statuspage:
            if comms.statuspageOpenedAt == nil { comms.statuspageOpenedAt = at }
            completeStep(StepID.createStatuspageIncident, at: at, by: by)
            comms.tenantUpdateCount += 1
            // A back-dated update older than the latest one does not become "the last update".
            if comms.lastTenantUpdate.map({ $0.at <= at }) ?? true { comms.lastTenantUpdate = record }
            if let status = message.status { comms.statuspageStatus = status }
            if !message.components.isEmpty { comms.components = message.components }
            if message.status == .resolved, phase == .resolved {
                comms.finalUpdateAt = at
                completeStep(StepID.finalTenantUpdate, at: at, by: by)
            }
        }
    }

    private mutating func insertTimelineItem(_ item: TimelineItem) {
        // Keep time order; among equal times, log order.
        var index = timeline.endIndex
        while index > timeline.startIndex, timeline[index - 1].occurredAt > item.occurredAt { index -= 1 }
        timeline.insert(item, at: index)
        guard timelineIndex.built else { return }
        // Only the items from the insertion point on have moved (none when appended at the end, the usual case).
        // Backwards, and keeping an earlier holder of the same id, so the index names an id's first item.
        for position in (index..<timeline.endIndex).reversed() {
            let id = timeline[position].id
            if let earlier = timelineIndex.positions[id], earlier < index, timeline[earlier].id == id { continue }
            timelineIndex.positions[id] = position
        }
    }
}
