/// The moves the rules must refuse: the wrong person, wrong input, or a command out of place.
import Foundation
import IncidentCore

extension ScriptPicker {
    /// A command someone else must make, or made by a name that is no name.
    mutating func wrongActor() -> Move {
        let notLead = someone(besides: [lead])
        switch random.int(7) {
        case 0: return (.wrongActor, .log(.productionChange, text: text("Change"), at: nil), notLead)
        case 1: return (.wrongActor, .resolve(with: managers(), note: nil), notLead)
        case 2: return (.wrongActor, .downgrade(to: .p4, with: managers(), note: nil), notLead)
        case 3:
            return (.wrongActor, .assignRole(.lead, someone(besides: [lead]), productionAccessConfirmed: true),
                    someone(besides: [support, lead]))
        case 4:
            return (.wrongActor, .assignRole(.comms, someone(besides: [comms]), productionAccessConfirmed: false),
                    someone(besides: [support, lead, comms]))
        case 5:
            return (.wrongActor, .handOverRole(.support, to: someone(besides: [support]), productionAccessConfirmed: false),
                    someone(besides: [support, lead]))
        default:
            let (_, command, _) = sensible()
            return (.wrongActor, command, random.pick(ProcessScript.nonNames))
        }
    }

    /// A command whose input the rules refuse in this state.
    mutating func wrongInput() -> Move {
        let person = anyone()
        let entries = loggedEntries
        let command: Command
        switch random.int(34) {
        case 0: command = .log(.action, text: random.pick(["", "  \n "]), at: nil)
        case 1: command = .log(.action, text: text("Later"), at: now.addingTimeInterval(600))
        case 2: command = .log(.action, text: text("Long ago"), at: (state.declaredAt ?? now).addingTimeInterval(-8 * 86_400))
        case 3: command = .sendComms(CommsRequest(channel: .statuspage, text: text("Update"), components: ["nope"]))
        case 4: command = .sendComms(CommsRequest(channel: .statuspage, text: text("Update"), components: ["API"], template: "nope"))
        case 5: command = .sendComms(CommsRequest(channel: .statuspage, text: text("Update"), confirmedNoNotification: random.chance(30)))
        case 6: command = .sendComms(CommsRequest(channel: .team, text: text("Told"), status: .identified))
        case 7: command = .sendComms(CommsRequest(channel: .statuspage, text: text("Update"), components: ["API"],
                                                  nextUpdateInMinutes: random.pick([0, 9_999])))
        case 8: command = .sendComms(CommsRequest(channel: .statuspage, text: text("Fixed"), status: .resolved, components: ["API"]))
        case 9: command = .setStatuspageStatus(state.comms.statuspageStatus ?? .resolved)
        case 10: command = .assignRole(.lead, "newcomer", productionAccessConfirmed: false)
        case 11: command = .assignRole(.support, support, productionAccessConfirmed: false)
        case 12: command = .handOverRole(random.pick([.member, .productManager, .deliveryManager]), to: "newcomer", productionAccessConfirmed: false)
        case 13: command = .completeStep(random.pick(["nope", StepID.nominateLead, StepID.writeReport, StepID.publishReport]), note: nil)
        case 14: command = .completeStep(state.completedSteps.keys.sorted().first ?? StepID.joinIncidentChannel, note: nil)
        case 15: command = .snoozeCommsReminder(minutes: random.pick([0, 7, 60]))
        case 16: command = .escalate(level: "nope", step: .contacting, note: nil)
        case 17: command = .escalate(level: ProcessScript.playbook.escalation.lastResort.id, step: .contacting, note: nil)
        case 18: command = .decideExecutiveAlert(alert: true, decidedBy: person, note: nil)
        case 19: command = .resolve(with: random.chance(50) ? [person, person] : [], note: nil)
        case 20: command = .downgrade(to: .p1, with: managers(), note: nil)
        case 21: command = .reopen(reason: random.chance(50) ? " " : text("Again"))
        case 22:
            let base = state.resolution?.at ?? now
            command = .scheduleReview(at: base.addingTimeInterval(random.chance(50) ? -86_400 : 30 * 86_400), overrideReason: nil)
        case 23: command = .recordReviewHeld(attendees: random.chance(50) ? [] : [person])
        case 24: command = .publishReport(overrideReason: nil)
        case 25: command = .close
        case 26: command = .declare(id: ProcessScript.incident, title: text("Again"), priority: nil, securitySensitive: false)
        case 27: command = .correct(entry: random.chance(30) ? UUID() : entries.last?.id ?? UUID(), text: entries.last?.text ?? "same")
        case 28: command = .strike(entry: entries.first(where: { $0.strike != nil })?.id ?? UUID(), reason: text("Again"))
        case 29: command = .skipStep(random.pick(["nope", StepID.publishReport, StepID.trackerStory]), reason: random.pick(["", " ", text("No")]))
        case 30: command = .recordSupplierContact(supplier: random.pick(["Acme", "AWS"]), step: .case, reference: random.chance(50) ? nil : " ")
        case 31:
            let supplier = ProcessScript.playbook.suppliers.first { SupplierContacts(state: state).latest(for: $0.name) == nil }?.name ?? "Acme"
            command = .recordSupplierContact(supplier: supplier, step: .answered, reference: nil)
        case 32:
            let level = ProcessScript.playbook.escalation.levels.first { state.escalation[$0.id] == nil }?.id ?? "nope"
            command = .escalate(level: level, step: .unavailable, note: nil)
        default: command = .suspectSecurityBreach(note: String(repeating: "x", count: 25_001))
        }
        let actor: Person = switch command {
        case .resolve, .downgrade, .log(.productionChange, _, _): leadOrSupport
        case .assignRole, .handOverRole: support
        default: person
        }
        return (.wrongInput, command, actor)
    }

    /// Any command by anyone, chosen without regard to the state.
    mutating func stray() -> Move {
        let actor = random.pick(ProcessScript.people)
        let command: Command = switch random.int(14) {
        case 0: .assignRole(random.pick(Role.allCases), random.pick(ProcessScript.people), productionAccessConfirmed: random.chance(50))
        case 1: .log(random.pick(EntryKind.allCases), text: text("Stray"), at: nil)
        case 2: .sendComms(CommsRequest(channel: random.pick(CommsChannel.allCases), text: text("Stray"), components: ["API"]))
        case 3: .setStatuspageStatus(random.pick(StatuspageStatus.allCases))
        case 4: .escalate(level: random.pick(ProcessScript.playbook.escalation.allLevels).id, step: random.pick(EscalationStep.allCases), note: nil)
        case 5: .resolve(with: [random.pick(ProcessScript.people), random.pick(ProcessScript.people)], note: nil)
        case 6: .reopen(reason: text("Stray"))
        case 7: .scheduleReview(at: now.addingTimeInterval(86_400), overrideReason: nil)
        case 8: .recordReportWritten(location: nil)
        case 9: .withholdPublication(reason: text("Stray"))
        case 10: .close
        case 11: .skipStep(random.pick(ProcessScript.playbook.checklist).id, reason: text("Stray"))
        case 12: .recordSupplierContact(supplier: random.pick(ProcessScript.playbook.suppliers).name, step: random.pick(SupplierStep.allCases),
                                        reference: random.chance(50) ? "REF-1" : nil)
        default: .completeStep(random.pick(ProcessScript.playbook.checklist).id, note: nil)
        }
        return (.stray, command, actor)
    }
}
