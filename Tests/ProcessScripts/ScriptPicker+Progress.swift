/// The moves that follow the process: the next step it needs, or another that fits the phase.
import Foundation
import IncidentCore

extension ScriptPicker {
    /// The next thing the process needs, by the person who does it.
    mutating func progress() -> Move {
        state.phase == .resolved ? afterResolution() : response()
    }

    private mutating func response() -> Move {
        if lead == nil {
            let person = random.chance(50) ? support : someone(besides: [])
            return (.progress, .assignRole(.lead, person, productionAccessConfirmed: true), support)
        }
        if comms == nil {
            let person = someone(besides: [lead])
            return (.progress, .assignRole(.comms, person, productionAccessConfirmed: false), random.chance(70) ? support : leadOrSupport)
        }
        if state.comms.teamToldAt == nil { return (.progress, .sendComms(CommsRequest(channel: .team, text: text("Incident declared"))), commsWorker) }
        if state.comms.statuspageOpenedAt == nil { return (.progress, statuspageUpdate(status: .investigating), commsWorker) }
        if state.securitySensitive, state.completedSteps[StepID.alertInformationAssurance] == nil, random.chance(50) {
            return random.chance(50)
                ? (.progress, .escalate(level: "information-assurance", step: .reached, note: nil), leadOrSupport)
                : (.progress, .completeStep(StepID.alertInformationAssurance, note: nil), leadOrSupport)
        }
        let roll = random.int(100)
        if roll < 30 { return (.progress, .resolve(with: managers(), note: random.chance(30) ? text("Fixed") : nil), leadOrSupport) }
        return sensible()
    }

    private mutating func afterResolution() -> Move {
        if state.completedSteps[StepID.finalTenantUpdate] == nil {
            let useStatus = state.comms.statuspageOpenedAt != nil && random.chance(40)
            return (.progress, useStatus ? .setStatuspageStatus(.resolved) : statuspageUpdate(status: .resolved), commsWorker)
        }
        if state.completedSteps[StepID.statusPageOperational] == nil {
            return (.progress, .completeStep(StepID.statusPageOperational, note: nil), commsWorker)
        }
        if state.securitySensitive, state.completedSteps[StepID.alertInformationAssurance] == nil {
            return (.progress, .completeStep(StepID.alertInformationAssurance, note: text("Told IA")), leadOrSupport)
        }
        if state.post.reviewScheduledFor == nil, let resolved = state.resolution?.at {
            // Scheduled for a time between the resolution and now, so that it can be recorded held.
            let at = resolved.addingTimeInterval(now.timeIntervalSince(resolved) * Double(random.int(100)) / 100)
            return (.progress, .scheduleReview(at: at, overrideReason: nil), leadOrSupport)
        }
        if state.report.sections[.summary] == nil, random.chance(50) { return reportText() }
        if state.post.reviewHeldAt == nil {
            return (.progress, .recordReviewHeld(attendees: [leadOrSupport, commsWorker, anyone()]), leadOrSupport)
        }
        if state.post.reportWrittenAt == nil {
            return (.progress, .recordReportWritten(location: random.chance(50) ? "https://example.org/report" : nil), random.pick([leadOrSupport, commsWorker]))
        }
        if state.completedSteps[StepID.publishReport] == nil {
            let withhold = random.chance(state.securitySensitive ? 60 : 20)
            return withhold
                ? (.progress, .withholdPublication(reason: text("Sensitive")), commsWorker)
                : (.progress, .publishReport(overrideReason: state.securitySensitive ? text("Agreed with IA") : nil), commsWorker)
        }
        // Every step must be done or skipped before closing: tick or skip what is still open.
        if let open = Checklist.openBeforeClosing(state: state, playbook: ProcessScript.playbook).first, random.chance(90) {
            if StepID.recordedByTheirOwnCommand[open.id] == nil, random.chance(50) {
                return (.progress, .completeStep(open.id, note: nil), anyone())
            }
            return (.progress, .skipStep(open.id, reason: text("Not needed")), anyone())
        }
        return random.chance(8) ? reopen(.progress) : (.progress, .close, anyone())
    }

    mutating func statuspageUpdate(status: StatuspageStatus?) -> Command {
        let components = Array(ProcessScript.playbook.statuspage.components.shuffled(using: &random).prefix(1 + random.int(2)))
        let cadence = ProcessScript.playbook.cadenceMinutes(for: state.priority)
        return .sendComms(CommsRequest(channel: .statuspage, text: text("Update"), status: status, components: components,
                                       nextUpdateInMinutes: random.chance(25) ? 1 + random.int(cadence) : nil))
    }

    /// Something that makes sense in this phase, by someone who may do it.
    mutating func sensible() -> Move {
        let entries = loggedEntries
        switch random.int(21) {
        case 0, 1: return (.sensible, .log(random.pick([.action, .finding, .decision, .note]), text: text("Entry"), at: nil), anyone())
        case 2: return (.sensible, .log(.productionChange, text: text("Change"), at: nil), leadOrSupport)
        case 3:
            let at = now.addingTimeInterval(-Double(random.int(120)) * 60)
            return (.sensible, .log(.finding, text: text("Earlier"), at: max(at, state.declaredAt ?? at)), anyone())
        case 4:
            guard let entry = entries.last(where: { $0.strike == nil }) else { break }
            return random.chance(60)
                ? (.sensible, .correct(entry: entry.id, text: text("Corrected")), anyone())
                : (.sensible, .strike(entry: entry.id, reason: text("Wrong")), anyone())
        case 5: return (.sensible, statuspageUpdate(status: random.pick([nil, .identified, .monitoring])), commsWorker)
        case 6:
            let channel: CommsChannel = random.chance(50) ? .team : .email
            return (.sensible, .sendComms(CommsRequest(channel: channel, text: text("Told"))), commsWorker)
        case 7:
            let status = random.pick([StatuspageStatus.identified, .monitoring] + (state.phase == .resolved ? [.resolved] : []))
            return (.sensible, .setStatuspageStatus(status), commsWorker)
        case 8, 9: return escalation()
        case 10: return (.sensible, .suspectSecurityBreach(note: random.chance(50) ? text("Keys leaked") : nil), anyone())
        case 11:
            let step = random.pick([StepID.joinIncidentChannel, StepID.trackerStory]
                + (state.phase == .resolved ? [StepID.statusPageOperational] : [])
                + (state.securitySensitive ? [StepID.alertInformationAssurance] : []))
            return (.sensible, .completeStep(step, note: nil), anyone())
        case 12: return assignment()
        case 13: return (.sensible, .snoozeCommsReminder(minutes: random.pick(ProcessScript.playbook.reminders.snoozeMinutes)), commsWorker)
        case 14:
            let lower = Priority.allCases.filter { $0 > state.priority }
            guard let to = lower.first else { break }
            return (.sensible, .downgrade(to: to, with: managers(), note: nil), leadOrSupport)
        case 15:
            if state.phase == .active { return (.sensible, .resolve(with: managers(), note: nil), leadOrSupport) }
            return reopen(.sensible)
        case 16: return keyTime()
        case 17: return reportText()
        case 18: return backdated()
        case 19: return random.chance(50) ? supplierContact() : skip()
        default: break
        }
        return (.sensible, .log(.action, text: text("Action"), at: nil), anyone())
    }

    /// A key time marked now, or earlier: the impact start before the declaration, the others in order.
    private mutating func keyTime() -> Move {
        let marker = KeyTime.allCases.first { state.keyTimes[$0] == nil } ?? random.pick(KeyTime.allCases)
        let latest = state.keyTimes.values.map(\.at).max() ?? state.declaredAt ?? now
        let at: Date = switch marker {
        case .impactStarted: (state.declaredAt ?? now).addingTimeInterval(-Double(random.int(180)) * 60)
        default: min(now, latest.addingTimeInterval(Double(random.int(30)) * 60))
        }
        let command = Command.markKeyTime(marker, note: random.chance(30) ? text("Seen") : nil)
        return (.sensible, at < now ? .backdated(command, at: at) : command, anyone())
    }

    /// A part of the report written, the root cause, or a follow-up action agreed.
    private mutating func reportText() -> Move {
        switch random.int(4) {
        case 0: return (.sensible, .writeReportText(random.pick(ReportSection.allCases), text: text("Report")), anyone())
        case 1: return (.sensible, .writeRootCause(random.pick(RootCauseCategory.allCases), text: text("Cause")), leadOrSupport)
        case 2:
            return (.sensible, .agreeFollowUp(action: text("Fix"), owner: anyone(), tracker: random.chance(50) ? "#\(random.int(999))" : nil), leadOrSupport)
        default: return (.sensible, .writeReportText(.summary, text: text("Summary")), commsWorker)
        }
    }

    /// A command recorded after the fact, by the person who did it then, at a time since the declaration.
    private mutating func backdated() -> Move {
        let start = max(state.activePeriods.last?.from ?? now, state.roleHistory.map(\.from).max() ?? now)
        let at = start.addingTimeInterval(now.timeIntervalSince(start) * Double(random.int(100)) / 100)
        let lead = state.holder(of: .lead, at: at) ?? leadOrSupport
        switch random.int(4) {
        case 0: return (.sensible, .backdated(.log(random.pick([.action, .finding, .decision]), text: text("Earlier"), at: nil), at: at), anyone())
        case 1: return (.sensible, .backdated(.log(.productionChange, text: text("Earlier change"), at: nil), at: at), lead)
        case 2: return (.sensible, .backdated(statuspageUpdate(status: nil), at: at), commsWorker)
        default:
            if state.phase == .active { return (.sensible, .backdated(.resolve(with: managers(), note: nil), at: at), lead) }
            return (.sensible, .backdated(.escalate(level: random.pick(ProcessScript.playbook.escalation.levels).id, step: .contacting, note: nil), at: at), leadOrSupport)
        }
    }

    /// The next rung of the ladder: contact, then reached or unavailable; the executive alert once someone is reached.
    private mutating func escalation() -> Move {
        let settings = ProcessScript.playbook.escalation
        if (settings.levels + [settings.lastResort]).contains(where: { state.escalation[$0.id]?.step == .reached }), state.executiveAlert == nil {
            return (.sensible, .decideExecutiveAlert(alert: random.chance(50), decidedBy: someone(besides: []), note: nil), leadOrSupport)
        }
        let ladder = Ladder(state: state, playbook: ProcessScript.playbook, now: now)
        guard let next = ladder.next ?? ladder.levels.first(where: { $0.status?.step == .contacting }) else {
            return (.sensible, .escalate(level: random.pick(settings.levels).id, step: .contacting, note: nil), leadOrSupport)
        }
        let step: EscalationStep = next.status?.step == .contacting ? (random.chance(50) ? .reached : .unavailable) : .contacting
        return (.sensible, .escalate(level: next.id, step: step, note: random.chance(30) ? text("Phoned") : nil), leadOrSupport)
    }

    /// A supplier contacted, a case opened with its reference, or an answer, as the process goes.
    private mutating func supplierContact() -> Move {
        let supplier = random.pick(ProcessScript.playbook.suppliers).name
        let earlier = SupplierContacts(state: state).latest(for: supplier)
        let step: SupplierStep = earlier == nil ? random.pick([.contacted, .case]) : random.pick(SupplierStep.allCases)
        let reference: String? = step == .case || random.chance(20) ? "CASE-\(random.int(9999))" : nil
        return (.sensible, .recordSupplierContact(supplier: supplier, step: step, reference: reference), anyone())
    }

    /// A step not needed, skipped with a reason.
    private mutating func skip() -> Move {
        let steps = [StepID.joinIncidentChannel, StepID.trackerStory, StepID.tellTeamChannel]
            + (state.phase == .resolved ? [StepID.statusPageOperational, StepID.holdReview] : [])
        return (.sensible, .skipStep(random.pick(steps), reason: text("Not needed")), anyone())
    }

    /// A role change by someone who may make it.
    private mutating func assignment() -> Move {
        switch random.int(5) {
        case 0: return (.sensible, .assignRole(.member, someone(besides: state.members.map(\.person)), productionAccessConfirmed: false), anyone())
        case 1: return (.sensible, .assignRole(.productManager, someone(besides: [lead, state.holder(of: .deliveryManager)]), productionAccessConfirmed: false), anyone())
        case 2: return (.sensible, .assignRole(.deliveryManager, someone(besides: [lead, state.holder(of: .productManager)]), productionAccessConfirmed: false), anyone())
        case 3:
            guard let lead else { break }
            return (.sensible, .handOverRole(.lead, to: someone(besides: [lead]), productionAccessConfirmed: true), random.chance(50) ? lead : support)
        default:
            guard let comms else { break }
            return (.sensible, .handOverRole(.comms, to: someone(besides: [comms, lead]), productionAccessConfirmed: false), random.pick([comms, support]))
        }
        return (.sensible, .assignRole(.member, anyone(), productionAccessConfirmed: false), anyone())
    }
}
