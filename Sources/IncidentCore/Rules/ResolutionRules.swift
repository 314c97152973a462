/// Rules for resolving, downgrading and reopening: decisions made with the product and delivery managers.
import Foundation

extension Rules {
    func resolve(with people: [Person], note: String?) throws -> [Draft] {
        let what = "Not resolved."
        try requireActive(what)
        let note = try optionalText(note, what)
        try requireAfter(state.activePeriods.last?.from, what, state.activePeriods.count > 1 ? "the reopening" : "the declaration")
        try requireLead(what, action: "decides resolution")
        let (pm, dm, assignments) = try managers(in: people, what)
        return assignments + [Draft(.resolved(productManager: pm, deliveryManager: dm, note: note))]
    }

    func downgrade(to priority: Priority, with people: [Person], note: String?) throws -> [Draft] {
        let what = "Not downgraded."
        try requireActive(what)
        let note = try optionalText(note, what)
        guard priority > state.priority else {
            throw Refusal(.invalidInput, what: what, why: "\(priority.rawValue) is not lower than the current \(state.priority.rawValue).",
                          instead: "Choose a lower priority (P1 is the highest).")
        }
        try requireAfter(state.activePeriods.last?.from, what, "the declaration")
        try requireLead(what, action: "decides a downgrade")
        let (pm, dm, assignments) = try managers(in: people, what)
        return assignments + [Draft(.downgraded(from: state.priority, to: priority, productManager: pm, deliveryManager: dm, note: note))]
    }

    func reopen(reason: String) throws -> [Draft] {
        let what = "Not reopened."
        guard state.phase == .resolved || state.phase == .closed else {
            throw Refusal(.wrongPhase, what: what, why: "The incident is still active.", instead: "")
        }
        let reason = try requireText(reason, what, field: "reason")
        try requireAfter(state.resolution?.at, what, "the resolution")
        return joinIfNew() + [Draft(.reopened(reason: reason))]
    }

    func requireLead(_ what: String, action: String) throws {
        guard let lead = holder(of: .lead) else {
            throw Refusal(.notPermitted, what: what, why: "The incident lead \(action), and no lead \(when == nil ? "is" : "was then") assigned.", instead: "Assign a lead first.", remedy: .assignRole(.lead))
        }
        guard lead == actor else {
            throw Refusal(.notPermitted, what: what, why: "The incident lead (\(lead)) \(action) with the product and delivery managers.",
                          instead: "Ask \(lead) to record it.")
        }
    }

    /// Finds the product and delivery managers among `people`: the role holders if assigned,
    /// otherwise the names given, in that order, who are then assigned those roles.
    private func managers(in people: [Person], _ what: String) throws -> (Person, Person, [Draft]) {
        let named = try people.filter { !$0.name.isEmpty }.map { try requirePerson($0, what) }
        if let twice = named.first(where: { person in named.filter { $0.key == person.key }.count > 1 }) {
            throw Refusal(.invalidInput, what: what, why: "\(twice) is named twice; the decision is made with two people, the product manager and the delivery manager.",
                          instead: "Name both, product manager first (--with PM --with DM).")
        }
        var remaining = named
        var assignments: [Draft] = []
        func pick(_ role: Role) throws -> Person {
            if let holder = state.holder(of: role) {
                guard let index = remaining.firstIndex(of: holder) else {
                    throw Refusal(.invalidInput, what: what,
                                  why: "The decision is made with the \(role.title.lowercased()), \(holder), who is not named.",
                                  instead: "Name both managers: the product manager and the delivery manager.")
                }
                return remaining.remove(at: index)
            }
            let others = [Role.productManager, .deliveryManager].compactMap { state.holder(of: $0) }
            guard let index = remaining.firstIndex(where: { !others.contains($0) }) else {
                throw Refusal(.invalidInput, what: what,
                              why: "The decision is made with the product manager and the delivery manager; the \(role.title.lowercased()) is not named.",
                              instead: "Name both, product manager first (--with PM --with DM).")
            }
            let person = remaining.remove(at: index)
            assignments.append(Draft(.roleAssigned(role: role, person: person, previous: nil, productionAccess: nil, warning: nil)))
            return person
        }
        let pm = try pick(.productManager)
        let dm = try pick(.deliveryManager)
        return (pm, dm, assignments)
    }
}
