/// What the store side hands the input loop: the incidents as last read, and what a store job came to.
import Foundation
import IncidentConsole
import IncidentCore

/// What the screen shows from the store, as of the worker's last look.
struct StoreView: Sendable {
    /// The incident on screen, if one is open.
    var state: IncidentState?
    var openIncidents: [IncidentListing] = []
    var recentIncidents: [IncidentListing] = []
    /// While the list shows: each open incident's state, for its alarms and reminders.
    var listed: [IncidentID: IncidentState] = [:]
    /// The store problem met by the last look, if any.
    var problem: String?
    /// Since when the shared store's server could not be reached; nil while it can.
    var offlineSince: Date?
    /// The ids of the events on screen that are kept on this machine, not yet shared.
    var unshared: Set<UUID> = []
}

/// Work for the store side, in the order it was asked for.
enum StoreJob: Sendable {
    /// Reads the lists and opens the named incident, or the one open incident.
    case start(explicit: String?)
    /// Reads what other processes appended, if the store changed since the last look.
    case follow
    case open(IncidentID)
    case leave
    case perform(Command)
    case declare(title: String, priority: Priority?, securitySensitive: Bool, at: Date?)
    /// Writes a file the console asked for (the report); not the store, but off the input loop all the same.
    case writeFile(path: String, contents: String, overwrite: Bool)

    /// Whether the console's effects wait for this job (everything a key asked for).
    var settlesEffect: Bool {
        switch self {
        case .start, .follow: false
        case .open, .leave, .perform, .declare, .writeFile: true
        }
    }
}

struct StoreReply: Sendable {
    var job: StoreJob
    /// Nil when nothing changed since the last reply.
    var view: StoreView?
    /// For appends: accepted, refused or failed.
    var outcome: CommandOutcome?
    /// Messages for the person: gone offline, back online, an entry refused when it was sent.
    var notices: [ConsoleMessage] = []
}
