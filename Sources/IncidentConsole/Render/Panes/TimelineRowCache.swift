/// Timeline rows kept between frames: each entry's lines per width and look, the whole timeline's rows, the search's matches.
import Foundation
import IncidentCore
import ScreenGrid

/// An entry is laid out again only when the entry itself (text, corrections, strike, warning, anything in it), its
/// "not yet shared" mark, or
/// something its rows depend on (width, the date in times, search highlight, theme, glyphs, time zone) changed.
/// Each cached value is kept beside the exact inputs it was made from and compared with them, never trusted on a
/// summary such as a sequence number. Used from one thread, the one that renders.
final class TimelineRowCache {
    /// What every row depends on besides its entry.
    struct Parameters: Equatable {
        var width: Int
        /// Times carry the date once the incident spans more than one local day.
        var multiDay: Bool
        /// The search query as drawn (cleaned), or nil.
        var query: String?
        var theme: Theme
        var unicode: Bool
        var timeZone: TimeZone

        init(width: Int, multiDay: Bool, search: SearchState?, context: RenderContext) {
            self.width = width
            self.multiDay = multiDay
            query = search.map { context.clean($0.query) }
            theme = context.theme
            unicode = context.unicode
            timeZone = context.local.timeZone
        }
    }

    private struct Laid {
        var item: TimelineItem
        var isCurrentMatch: Bool
        var unshared: Bool
        var lines: [StyledLine]
    }

    private struct Whole {
        var incident: IncidentID?
        var timeline: [TimelineItem]
        var currentMatch: Int?
        var unshared: Set<UUID>
        var rows: [TimelineRow]
    }

    private struct Search {
        var timeline: [TimelineItem]
        var search: SearchState
        var matches: [Int]
        var current: Int?
    }

    private var parameters: Parameters?
    private var incident: IncidentID?
    private var laid: [UUID: Laid] = [:]
    private var whole: Whole?
    private var search: Search?

    /// Forgets everything laid out for other parameters or another incident (so memory follows the incident on screen).
    func prepare(_ parameters: Parameters, incident: IncidentID?) {
        guard parameters != self.parameters || incident != self.incident else { return }
        self.parameters = parameters
        self.incident = incident
        laid = [:]
        whole = nil
    }

    /// The lines of `item` as `layout` makes them, laid out again only when the item or its current-match mark changed.
    func lines(of item: TimelineItem, isCurrentMatch: Bool, unshared: Bool = false, layout: () -> [StyledLine]) -> [StyledLine] {
        // The item is compared whole: equal storage makes this cheap, and any change to it lays it out again.
        if let kept = laid[item.id], kept.isCurrentMatch == isCurrentMatch, kept.unshared == unshared, kept.item == item { return kept.lines }
        let lines = layout()
        laid[item.id] = Laid(item: item, isCurrentMatch: isCurrentMatch, unshared: unshared, lines: lines)
        return lines
    }

    /// Every row of the timeline, kept while the timeline and the current match stay the same.
    func allRows(_ state: IncidentState, currentMatch: Int?, unshared: Set<UUID> = [], build: () -> [TimelineRow]) -> [TimelineRow] {
        if var kept = whole, kept.incident == state.id, kept.currentMatch == currentMatch, kept.unshared == unshared,
           kept.timeline == state.timeline {
            // Keep the newest copy, so the next comparison finds the same storage and returns at once.
            kept.timeline = state.timeline
            whole = kept
            return kept.rows
        }
        let rows = build()
        whole = Whole(incident: state.id, timeline: state.timeline, currentMatch: currentMatch, unshared: unshared, rows: rows)
        return rows
    }

    /// The search's matches and current match, found again only when the timeline or the search changed.
    func searchResult(_ search: SearchState, in state: IncidentState) -> (matches: [Int], current: Int?) {
        if var kept = self.search, kept.search == search, kept.timeline == state.timeline {
            kept.timeline = state.timeline
            self.search = kept
            return (kept.matches, kept.current)
        }
        let found = Search(timeline: state.timeline, search: search, matches: search.matches(in: state),
                           current: search.currentItem(in: state))
        self.search = found
        return (found.matches, found.current)
    }
}
