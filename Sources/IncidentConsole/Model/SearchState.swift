/// A timeline search: the query, the items that match it, and which match is current.
import Foundation
import IncidentCore

struct SearchState: Equatable {
    var query: String
    /// The current match, by entry id: positions shift when a back-dated entry arrives from another process.
    var currentID: UUID?

    /// Where the current match is in the timeline now.
    func currentItem(in state: IncidentState) -> Int? {
        currentID.flatMap { id in state.timeline.firstIndex { $0.id == id } }
    }

    /// Timeline indices whose text, actor or strike reason contain the query (case-insensitive).
    func matches(in state: IncidentState) -> [Int] {
        let needle = query.lowercased()
        return state.timeline.indices.filter { index in
            let item = state.timeline[index]
            return [item.text, item.actor.name, item.strike?.reason ?? "", item.warning ?? ""]
                .contains { $0.lowercased().contains(needle) }
        }
    }

    /// The match after (or before) the current one, wrapping round; the newest first when none is current.
    func step(forward: Bool, in state: IncidentState) -> Int? {
        let all = matches(in: state)
        guard let current = currentItem(in: state) else { return all.last }
        if forward { return all.first { $0 > current } ?? all.first }
        return all.last { $0 < current } ?? all.last
    }
}
