/// The incident report shown over the incident screen: which version, how far scrolled, and its text as drawn.
import IncidentCore
import IncidentReporting

struct ReportScreen: Sendable, Equatable {
    var audience = ReportAudience.internal
    var scroll = 0

    /// The report of the incident on screen, as Markdown, for this audience.
    func markdown(_ snapshot: ConsoleSnapshot) -> String {
        guard let state = snapshot.incident else { return "" }
        return ReportDocument(state: state, playbook: snapshot.playbook, audience: audience).markdown()
    }

    /// Where `s` offers to save it: the working folder, named after the incident (and the version when public).
    func defaultPath(_ snapshot: ConsoleSnapshot) -> String {
        let id = snapshot.incident?.id?.rawValue ?? "incident"
        return "./\(id)-report\(audience == .public ? "-public" : "").md"
    }
}
