/// Rules for the escalation ladder and the security breach path.
import Foundation

extension Rules {
    func escalate(_ levelID: String, step: EscalationStep, note: String?) throws -> [Draft] {
        let what = "Escalation not recorded."
        let settings = playbook.escalation
        guard let level = settings.level(levelID) else {
            throw Refusal(.unknownName, what: what, why: "There is no escalation level '\(levelID)'.",
                          instead: "Levels: \(settings.allLevels.map(\.id).joined(separator: ", ")).")
        }
        let note = try optionalText(note, what)
        if state.escalation[levelID]?.step == step {
            throw Refusal(.alreadyDone, what: what, why: "\(level.title) is already marked \(step.rawValue).", instead: "")
        }
        if levelID == settings.lastResort.id, step != .unavailable {
            let notYet = settings.levels.filter { state.escalation[$0.id]?.step != .unavailable }
            if !notYet.isEmpty {
                throw Refusal(.notPermitted, what: what,
                              why: "The \(level.title) is contacted only when \(settings.levels.map(\.title).joined(separator: " and ")) are unavailable; \(notYet.map(\.title).joined(separator: " and ")) not recorded unavailable.",
                              instead: "Contact them first, and record each as unavailable if they cannot be reached.", remedy: .escalate(level: nil, step: .unavailable))
            }
        }
        if step == .unavailable, state.escalation[levelID] == nil, note == nil {
            throw Refusal(.notPermitted, what: what,
                          why: "\(level.title) is not recorded as contacted, so nothing shows they were tried.",
                          instead: "Record the attempt first (incident escalate \(levelID) contacting), or give the reason they are unavailable as the note (--note).")
        }
        if let index = settings.levels.firstIndex(where: { $0.id == levelID }), step != .unavailable, note == nil,
           let skipped = settings.levels[..<index].first(where: { state.escalation[$0.id] == nil }) {
            throw Refusal(.notPermitted, what: what,
                          why: "Levels are contacted in order, and \(skipped.title) comes before \(level.title) and is not contacted yet.",
                          instead: "Contact \(skipped.title) first (incident escalate \(skipped.id) contacting), or give the reason for skipping as the note (--note): it is recorded.")
        }
        var drafts = joinIfNew() + [Draft(.escalationStepped(level: levelID, title: level.title, step: step, note: note))]
        if levelID == settings.securityContact.id, step == .reached, state.completedSteps[StepID.alertInformationAssurance] == nil {
            drafts.append(Draft(.stepCompleted(step: StepID.alertInformationAssurance, note: nil)))
        }
        return drafts
    }

    func decideExecutiveAlert(_ alert: Bool, by: Person, note: String?) throws -> [Draft] {
        let what = "Executive alert decision not recorded."
        let settings = playbook.escalation
        let reached = (settings.levels + [settings.lastResort]).filter { state.escalation[$0.id]?.step == .reached }
        guard !reached.isEmpty else {
            throw Refusal(.wrongPhase, what: what,
                          why: "The person reached beyond the team decides whether to alert the \(settings.executiveGroup); nobody is recorded reached.",
                          instead: "Escalate first, and record who you reached.", remedy: .escalate(level: nil, step: .reached))
        }
        let by = try requirePerson(by, what)
        let note = try optionalText(note, what)
        // One decision per person reached; a later one is a change and says why.
        let lastReach = reached.compactMap { state.escalation[$0.id]?.since }.max() ?? .distantPast
        if let decided = state.executiveAlert, decided.at >= lastReach, note == nil {
            throw Refusal(.alreadyDone, what: what,
                          why: "\(decided.decidedBy) already decided \(decided.alert ? "to alert" : "not to alert") the \(settings.executiveGroup) at \(Timestamp.format(decided.at)).",
                          instead: "To change the decision, record it again with the reason for the change as its note (--note).")
        }
        return [Draft(.executiveAlertDecided(alert: alert, decidedBy: by, note: note))]
    }

    /// A breach is suspected once.
    func requireNoBreachSuspected() throws {
        guard state.securitySuspectedAt == nil else {
            throw Refusal(.alreadyDone, what: "Not recorded.", why: "A security breach is already suspected.",
                          instead: "Alert Information Assurance if not done.", remedy: .escalate(level: "information-assurance", step: .reached))
        }
    }

    func suspectSecurityBreach(note: String?) throws -> [Draft] {
        let note = try optionalText(note, "Not recorded.")
        try requireNoBreachSuspected()
        return joinIfNew() + [Draft(.securityBreachSuspected(note: note))]
    }
}
