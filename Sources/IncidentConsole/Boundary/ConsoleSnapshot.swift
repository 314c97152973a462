/// What the console is given for one key batch or one frame: state, time, size and capabilities.
import Foundation
import IncidentCore
import ScreenGrid

/// One incident in a list (picker, recent incidents), as the store summarises it.
public struct IncidentListing: Sendable, Equatable {
    public var id: IncidentID
    public var title: String
    public var priority: Priority
    public var phase: IncidentPhase
    public var declaredAt: Date
    /// What is overdue in it, such as "tenant update overdue", when the list knows.
    public var alarm: String?

    public init(id: IncidentID, title: String, priority: Priority, phase: IncidentPhase, declaredAt: Date, alarm: String? = nil) {
        self.id = id
        self.title = title
        self.priority = priority
        self.phase = phase
        self.declaredAt = declaredAt
        self.alarm = alarm
    }
}

/// Everything outside the console's own state: the console never reads a clock, a file or a terminal.
public struct ConsoleSnapshot: Sendable {
    /// The incident on screen; nil (or an undeclared state) shows the welcome screen or the picker.
    public var state: IncidentState?
    /// Incidents not yet closed; with no `state` and at least one of these, the picker is shown.
    public var openIncidents: [IncidentListing]
    /// Recently closed or resolved incidents, listed on the welcome screen.
    public var recentIncidents: [IncidentListing]
    public var playbook: Playbook
    public var now: Date
    /// The responders' local zone; the header shows UTC and this.
    public var timeZone: TimeZone
    /// Who is at this keyboard.
    public var actor: Person
    public var size: Size
    /// False when the locale is not UTF-8: ASCII glyphs and text only.
    public var unicode: Bool
    /// False for NO_COLOR or a monochrome terminal: attributes only.
    public var colors: Bool
    /// The colour theme; nil for `Theme.standard`. Ignored without colours.
    public var theme: Theme?
    /// True while an append is on its way to the store: the message area says "Saving..." and keys wait.
    public var saving: Bool
    /// The frames' render cache, when there is one: scrolling the timeline then lays out only entries not laid out
    /// before. It changes no result.
    public var renderCache: RenderCache?
    /// How typed times are read ("when" fields, a review's date).
    public var readTime: TimeReader
    /// Since when the shared store's server could not be reached: the header says "offline since HH:MM".
    public var offlineSince: Date?
    /// The ids of the events on screen kept on this machine and not yet sent: marked "not yet shared".
    public var unshared: Set<UUID>
    /// The store, when it is not the default one (a path or a server address, without a password): the header
    /// names it, so two responders can tell they are on the same record.
    public var store: String?
    /// The store file did not exist before this console opened it: the welcome screen says so, since a mistyped path
    /// opens a new, empty store.
    public var storeIsNew = false

    public init(state: IncidentState? = nil, openIncidents: [IncidentListing] = [], recentIncidents: [IncidentListing] = [],
                playbook: Playbook = .standard, now: Date, timeZone: TimeZone, actor: Person, size: Size,
                unicode: Bool = true, colors: Bool = true, theme: Theme? = nil, saving: Bool = false,
                renderCache: RenderCache? = nil, readTime: TimeReader = .iso, offlineSince: Date? = nil, unshared: Set<UUID> = [],
                store: String? = nil, storeIsNew: Bool = false) {
        self.state = state
        self.openIncidents = openIncidents
        self.recentIncidents = recentIncidents
        self.playbook = playbook
        self.now = now
        self.timeZone = timeZone
        self.actor = actor
        self.size = size
        self.unicode = unicode
        self.colors = colors
        self.theme = theme
        self.saving = saving
        self.renderCache = renderCache
        self.readTime = readTime
        self.offlineSince = offlineSince
        self.unshared = unshared
        self.store = store
        self.storeIsNew = storeIsNew
    }

    /// The declared incident on screen, if any.
    var incident: IncidentState? {
        guard let state, state.phase != .none else { return nil }
        return state
    }
}

/// Which screen the snapshot calls for.
enum ConsoleScreen: Equatable {
    case welcome, picker, incident

    init(_ snapshot: ConsoleSnapshot) {
        if snapshot.incident != nil {
            self = .incident
        } else if !snapshot.openIncidents.isEmpty {
            self = .picker
        } else {
            self = .welcome
        }
    }
}

extension ConsoleSnapshot {
    /// The store's short name for a narrow header: a file's name, or a server's database and host.
    var storeShortName: String? {
        guard let store else { return nil }
        if store.contains("://") {
            let rest = store.split(separator: "/", omittingEmptySubsequences: true).dropFirst().map(String.init)
            let host = rest.first.map { $0.split(separator: "@").last.map(String.init) ?? $0 } ?? store
            let database = rest.count > 1 ? rest[1].split(separator: "?").first.map(String.init) ?? "" : ""
            return database.isEmpty ? host : "\(database)@\(host)"
        }
        return URL(fileURLWithPath: store).lastPathComponent
    }
}
