/// The incident report shown over the incident screen: which version, how far scrolled, and its text as drawn.
import IncidentCore
import IncidentReporting

struct ReportScreen: Sendable, Equatable {
    var audience = ReportAudience.internal
    var scroll = 0

    /// The report of the incident on screen, as Markdown, for this audience; with a render cache, written again only
    /// when the record or the version changed.
    func markdown(_ snapshot: ConsoleSnapshot) -> String {
        guard let state = snapshot.incident else { return "" }
        let write = { ReportDocument(state: state, playbook: snapshot.playbook, audience: audience).markdown() }
        guard let cache = snapshot.renderCache else { return write() }
        return cache.report(for: ReportSource(incident: state.id, sequence: state.lastSequence, audience: audience,
                                              playbook: snapshot.playbook), write: write)
    }

    /// Where `s` offers to save it: the working folder, named after the incident (and the version when public).
    func defaultPath(_ snapshot: ConsoleSnapshot) -> String {
        let id = snapshot.incident?.id?.rawValue ?? "incident"
        return "./\(id)-report\(audience == .public ? "-public" : "").md"
    }
}

/// What a report is written from: the incident as of its last event, the version, and the playbook.
struct ReportSource: Equatable {
    var incident: IncidentID?
    var sequence: Int
    var audience: ReportAudience
    var playbook: Playbook
}
