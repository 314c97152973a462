/// Who holds which role, for how long, and the history of hand-overs.
import Foundation

public struct RoleHolder: Sendable, Equatable {
    public var role: Role
    public var person: Person?
    public var since: Date?
    public var heldFor: TimeInterval?
    public var productionAccess: ProductionAccess?
}

public struct RolesView: Sendable, Equatable {
    /// One row per single-holder role, in process order, filled or not.
    public var holders: [RoleHolder]
    public var members: [RoleHolder]
    public var history: [RoleTenure]

    public init(state: IncidentState, now: Date) {
        holders = Role.allCases.filter(\.isSingleHolder).map { role in
            let tenure = state.roles[role]
            return RoleHolder(role: role, person: tenure?.person, since: tenure?.from,
                              heldFor: tenure.map { now.seconds(since: $0.from) }, productionAccess: tenure?.productionAccess)
        }
        members = state.members.map {
            RoleHolder(role: .member, person: $0.person, since: $0.from, heldFor: now.seconds(since: $0.from), productionAccess: nil)
        }
        history = state.roleHistory
    }
}
