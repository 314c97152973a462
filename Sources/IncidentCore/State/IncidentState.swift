/// The state of one incident: a pure, total fold of its events.
import Foundation

public struct IncidentState: Equatable, Sendable {
    public var id: IncidentID?
    public var title: String = ""
    public var priority: Priority = .p1
    public var phase: IncidentPhase = .none
    public var securitySensitive = false
    public var securitySuspectedAt: Date?
    public var declaredAt: Date?
    public var declaredBy: Person?
    /// Sequence number of the last applied event; 0 before any.
    public var lastSequence = 0

    /// Current holders of single-holder roles.
    public var roles: [Role: RoleTenure] = [:]
    /// Current team members, in the order they joined.
    public var members: [RoleTenure] = []
    /// Every tenure ever held, ended ones with `until` set, in order of start.
    public var roleHistory: [RoleTenure] = []
    /// In order of occurrence (back-dated entries take their place in time).
    public var timeline: [TimelineItem] = []
    public var comms = CommsState()
    public var escalation: [String: LevelStatus] = [:]
    public var executiveAlert: ExecutiveAlertDecision?
    public var completedSteps: [String: StepCompletion] = [:]
    public var resolution: Resolution?
    public var post = PostIncidentState()
    /// The latest time marked for each key time of the report.
    public var keyTimes: [KeyTime: KeyTimeMark] = [:]
    /// Declaration (or reopen) to resolution, in order; the last is open while the incident is active.
    public var activePeriods: [ActivePeriod] = []
    public var report = ReportContent()
    /// Every executive-group decision, in order of recording.
    public var executiveDecisions: [ExecutiveAlertDecision] = []
    /// Where each timeline item is, so corrections and strikes find their entry at once in a long log.
    var timelineIndex = TimelineIndex()

    public init() {}

    /// The state after applying `events` in order.
    public static func replay<S: Sequence>(_ events: S) -> IncidentState where S.Element == Event {
        var state = IncidentState()
        for event in events { state.apply(event) }
        return state
    }

    public func holder(of role: Role) -> Person? { roles[role]?.person }
    public var lead: Person? { holder(of: .lead) }

    /// Everyone who holds any role now.
    public var team: [Person] {
        var seen: [Person] = []
        for tenure in roles.values.sorted(by: { $0.role < $1.role }) + members where !seen.contains(tenure.person) {
            seen.append(tenure.person)
        }
        return seen
    }

    public func isOnTeam(_ person: Person) -> Bool { team.contains(person) }

    /// Who held `role` at `time`, from the role history (a back-dated command is judged by it).
    public func holder(of role: Role, at time: Date) -> Person? {
        roleHistory.last { $0.role == role && $0.from <= time && ($0.until.map { time < $0 } ?? true) }?.person
    }

    /// The earliest time the record holds: the declaration, a key time or an entry, whichever is first.
    public var earliestRecordedTime: Date? {
        ([declaredAt, timeline.first?.occurredAt] + keyTimes.values.map(\.at)).compactMap { $0 }.min()
    }

    public func item(_ id: UUID) -> TimelineItem? { timelinePosition(of: id).map { timeline[$0] } }

    /// The item's position in `timeline`: from the index, checked, else (index not built yet, or a timeline
    /// set from outside) by a scan.
    func timelinePosition(of id: UUID) -> Int? {
        if timelineIndex.built, let position = timelineIndex.positions[id], position < timeline.count, timeline[position].id == id {
            return position
        }
        return timeline.firstIndex { $0.id == id }
    }

    /// Builds the index if a snapshot left it unbuilt; `apply` calls it before it looks an entry up.
    mutating func indexTimeline() {
        guard !timelineIndex.built else { return }
        var positions: [UUID: Int] = [:]
        positions.reserveCapacity(timeline.count)
        for (position, item) in timeline.enumerated() where positions[item.id] == nil { positions[item.id] = position }
        timelineIndex = TimelineIndex(positions: positions, built: true)
    }

    /// Whether the index names every item at its place (for tests).
    var timelineIndexIsConsistent: Bool {
        guard timelineIndex.built else { return true }
        var firstPlace: [UUID: Int] = [:]
        for (position, item) in timeline.enumerated() where firstPlace[item.id] == nil { firstPlace[item.id] = position }
        return firstPlace == timelineIndex.positions
    }

    /// Sets the timeline (for a state read back from a snapshot); the index is built when first needed, so a
    /// command that never looks an entry up does not pay for it.
    mutating func restoreTimeline(_ items: [TimelineItem]) {
        timeline = items
        timelineIndex = TimelineIndex(positions: [:], built: items.isEmpty)
    }
}

/// An index derived from the timeline; it never makes two states unequal.
struct TimelineIndex: Equatable, Sendable {
    var positions: [UUID: Int] = [:]
    /// False until built after a snapshot was read; `positions` is then empty and lookups scan.
    var built = true
    static func == (_: Self, _: Self) -> Bool { true }
}
