/// Rules for declaring an incident and forming its team.
import Foundation

extension Rules {
    func declare(id: IncidentID, title: String, priority: Priority?, security: Bool) throws -> [Draft] {
        guard state.phase == .none else {
            throw Refusal(.alreadyDeclared, what: "Not declared.", why: "Incident \(state.id?.rawValue ?? "") is already declared.",
                          instead: "Work on it, or declare a new incident separately.")
        }
        let title = try requireText(title, "Not declared.", field: "title", limit: TextLimits.titleCharacters)
        guard !id.rawValue.isEmpty else {
            throw Refusal(.invalidInput, what: "Not declared.", why: "The incident has no id.", instead: "")
        }
        // The person declaring is the person on support: they start the response.
        return [Draft(.declared(title: title, priority: priority ?? playbook.defaultPriority, securitySensitive: security, support: actor))]
    }

    func assign(_ role: Role, to person: Person, confirmed: Bool, handOverOnly: Bool) throws -> [Draft] {
        let what = "\(role.title) not assigned."
        let person = try requirePerson(person, what)
        let current = holder(of: role)
        if let when, let later = state.roleHistory.last(where: { $0.role == role && $0.from > when && role.isSingleHolder }) {
            throw Refusal(.invalidInput, what: what,
                          why: "\(later.person) took the \(role.title.lowercased()) role at \(Timestamp.format(later.from)), after \(Timestamp.format(when)).",
                          instead: "Record earlier hand-overs before later ones, or give a time after \(Timestamp.format(later.from)).")
        }
        try requireAfter(state.declaredAt, what, "the declaration")
        if handOverOnly, current == nil || !role.isSingleHolder {
            throw Refusal(.invalidInput, what: "Not handed over.", why: "Nobody holds the \(role.title.lowercased()) role.",
                          instead: "Assign it instead.", remedy: .assignRole(role))
        }
        if role.isSingleHolder, current == person {
            throw Refusal(.alreadyDone, what: what, why: "\(person) is already \(role.title.lowercased()).", instead: "")
        }
        if role == .member, state.members.contains(where: { $0.person == person }) {
            throw Refusal(.alreadyDone, what: what, why: "\(person) is already on the team.", instead: "")
        }
        try requireMayNominate(role, what)
        var access: ProductionAccess?
        var warnings: [String] = []
        if role == .lead {
            access = try productionAccess(of: person, confirmed: confirmed)
            if playbook.leadShouldBeSupport, let support = state.holder(of: .support), support != person {
                warnings.append("The process says the lead should be the person on support (\(support)).")
            }
        }
        if role == .comms, let lead = state.lead, lead == person {
            warnings.append("\(person) is also the incident lead; comms is best done by someone else.")
        }
        if role == .lead, let comms = state.holder(of: .comms), comms == person {
            warnings.append("\(person) is also the incident comms person; comms is best done by someone else.")
        }
        return [Draft(.roleAssigned(role: role, person: person, previous: role.isSingleHolder ? current : nil,
                                    productionAccess: access, warning: warnings.isEmpty ? nil : warnings.joined(separator: " ")))]
    }

    /// The person on support nominates the lead and the comms person; the lead may also reassign comms and support,
    /// and whoever holds one of these roles may hand it over. So nobody makes themselves lead, and confirms their own
    /// production access, unasked.
    private func requireMayNominate(_ role: Role, _ what: String) throws {
        guard [.lead, .comms, .support].contains(role), let support = state.holder(of: .support) else { return }
        var allowed = [support]
        for person in [state.holder(of: role), role == .lead ? nil : state.lead].compactMap({ $0 }) where !allowed.contains(person) {
            allowed.append(person)
        }
        guard !allowed.contains(actor) else { return }
        throw Refusal(.notPermitted, what: what,
                      why: "The person on support (\(support)) assigns the \(role.title.lowercased()) role"
                          + (allowed.count > 1 ? "; so can \(allowed.dropFirst().map(\.name).joined(separator: " or "))" : "") + ".",
                      instead: "Ask \(allowed.map(\.name).joined(separator: " or ")) to assign it.")
    }

    /// The lead must have production access: the roster says so, or the assigner confirms it.
    private func productionAccess(of person: Person, confirmed: Bool) throws -> ProductionAccess {
        if let entry = playbook.rosterEntry(for: person) {
            guard entry.productionAccess else {
                let withAccess = playbook.roster.filter(\.productionAccess).map(\.name)
                throw Refusal(.notPermitted, what: "Incident lead not assigned.",
                              why: "The roster says \(person) has no production access, and the lead must have it.",
                              instead: withAccess.isEmpty ? "Choose someone with production access."
                                  : "Choose someone with production access: \(withAccess.joined(separator: ", ")).")
            }
            return .roster
        }
        guard confirmed else {
            throw Refusal(.needsConfirmation(.productionAccess), what: "Incident lead not assigned.",
                          why: "The roster does not say whether \(person) has production access, and the lead must have it.",
                          instead: "If they have, confirm it.", remedy: .confirm(.productionAccess))
        }
        return .confirmedBy(actor)
    }

    func completeStep(_ id: String, note: String?) throws -> [Draft] {
        let known = playbook.checklist.map(\.id) + (state.securitySensitive ? [StepID.alertInformationAssurance] : [])
        guard known.contains(id) else {
            throw Refusal(.unknownName, what: "Step not marked done.", why: "There is no step called '\(id)'.",
                          instead: "Steps: \(known.joined(separator: ", ")).")
        }
        if let done = state.completedSteps[id] {
            throw Refusal(.alreadyDone, what: "Step not marked done.", why: "'\(id)' is already \(done.skipped ? "skipped" : "done").", instead: "")
        }
        if let how = StepID.recordedByTheirOwnCommand[id] {
            throw Refusal(.notPermitted, what: "Step not marked done.",
                          why: "'\(id)' is done by recording it, so the record shows what was done.", instead: "Record it.", remedy: how)
        }
        if let step = playbook.checklistStep(id), step.stage == .afterResolution {
            try requireResolved("Step not marked done.")
        }
        let note = try optionalText(note, "Step not marked done.")
        return joinIfNew() + [Draft(.stepCompleted(step: id, note: note))]
    }
}
