/// Lays the timeline out as rows for a pane width: time, kind symbol, actor, wrapped text, marks.
import Foundation
import IncidentCore
import ScreenGrid

struct TimelineRow {
    var itemIndex: Int
    var line: StyledLine
}

enum TimelineLayout {
    /// Every row of the timeline. With a cache, only entries not laid out before (or changed since) cost a layout,
    /// and an unchanged timeline costs nothing.
    static func rows(_ state: IncidentState, width: Int, context: RenderContext, search: SearchState? = nil,
                     cache: TimelineRowCache? = nil) -> [TimelineRow] {
        let (rowsOfItem, currentMatch) = itemRows(state, width: width, context: context, search: search, cache: cache)
        guard let cache else { return state.timeline.indices.flatMap(rowsOfItem) }
        return cache.allRows(state, currentMatch: currentMatch, unshared: context.unshared) { state.timeline.indices.flatMap(rowsOfItem) }
    }

    /// Lays out one item (by index), with the search highlight; and the index of the current match.
    private static func itemRows(_ state: IncidentState, width: Int, context: RenderContext, search: SearchState?,
                                 cache: TimelineRowCache?) -> (rows: (Int) -> [TimelineRow], currentMatch: Int?) {
        let multiDay = spansDays(state, context)
        let currentMatch = search.flatMap { search in cache.map { $0.searchResult(search, in: state).current } ?? search.currentItem(in: state) }
        let query = search.map { context.clean($0.query) }
        cache?.prepare(TimelineRowCache.Parameters(width: width, multiDay: multiDay, search: search, context: context), incident: state.id)
        let layout = { (index: Int) -> [StyledLine] in
            lines(for: state.timeline[index], width: width, multiDay: multiDay, context: context,
                  isCurrentMatch: index == currentMatch, unshared: context.unshared.contains(state.timeline[index].id)).map { line in
                query.map { line.highlighting($0, with: context.theme.searchMatch) } ?? line
            }
        }
        let rows = { (index: Int) -> [TimelineRow] in
            let item = state.timeline[index]
            let lines = cache.map { $0.lines(of: item, isCurrentMatch: index == currentMatch, unshared: context.unshared.contains(item.id)) {
                layout(index)
            } }
                ?? layout(index)
            return lines.map { TimelineRow(itemIndex: index, line: $0) }
        }
        return (rows, currentMatch)
    }

    /// Only the newest rows, enough to fill `minimumRows`: while following, a frame costs the same
    /// however long the incident has run. `complete` says whether every item was laid out.
    static func tailRows(_ state: IncidentState, width: Int, context: RenderContext, search: SearchState? = nil,
                         minimumRows: Int, cache: TimelineRowCache? = nil) -> (rows: [TimelineRow], complete: Bool) {
        let rowsOfItem = itemRows(state, width: width, context: context, search: search, cache: cache).rows
        var chunks: [[TimelineRow]] = []
        var count = 0
        var index = state.timeline.count
        while index > 0, count < minimumRows {
            index -= 1
            let chunk = rowsOfItem(index)
            chunks.append(chunk)
            count += chunk.count
        }
        return (chunks.reversed().flatMap { $0 }, index == 0)
    }

    /// True once the incident runs over more than one local calendar day: times then carry the date.
    /// The timeline is in time order, so its first and last items bound every other.
    static func spansDays(_ state: IncidentState, _ context: RenderContext) -> Bool {
        guard let first = state.declaredAt ?? state.timeline.first?.occurredAt else { return false }
        let earliest = min(first, state.timeline.first?.occurredAt ?? first)
        let last = max(context.now, state.timeline.last?.occurredAt ?? first)
        return !context.local.sameDay(first, last) || !context.local.sameDay(first, earliest)
    }

    static func lines(for item: TimelineItem, width: Int, multiDay: Bool, context: RenderContext,
                      isCurrentMatch: Bool, unshared: Bool = false) -> [StyledLine] {
        let theme = context.theme
        let struck = item.strike != nil
        let time = multiDay ? context.local.dayMonthTime(item.occurredAt) : context.local.hourMinute(item.occurredAt)
        let indent = TextWidth.of(time) + 1
        let kindStyle = struck ? theme.dim : theme.kind(item.category)
        let bodyStyle = struck ? theme.dim : theme.normal
        let marker = KindMark.symbol(item.category, unicode: context.unicode) + " " + (KindMark.word(item.category).map { $0 + " " } ?? "")
        let actor = context.clean(item.actor.name) + ": "
        var body = context.clean(item.text, keepNewlines: true)
        if !item.corrections.isEmpty { body += " (corrected)" }
        if item.isBackdated { body += " (back-dated, logged \(context.local.hourMinute(item.loggedAt)))" }

        let room = max(1, width - indent)
        let wrapped = TextWrap.wrap(marker + actor + body, width: room)
        var result: [StyledLine] = []
        for (number, text) in wrapped.enumerated() {
            var line = StyledLine()
            if number == 0 {
                line.add(time, isCurrentMatch ? theme.selection : theme.dim)
                line.add(" ")
                line.spans += splitPrefix(text, parts: [(marker, kindStyle), (actor, struck ? theme.dim : theme.strong)], rest: bodyStyle)
            } else {
                line.add(String(repeating: " ", count: indent))
                line.add(text, bodyStyle)
            }
            result.append(line)
        }
        let pad = String(repeating: " ", count: indent)
        if let strike = item.strike {
            let text = "\(context.glyphs.cross) struck by \(context.clean(strike.by.name)): \(context.clean(strike.reason))"
            result += TextWrap.wrap(text, width: room).map { StyledLine([Span(text: pad, style: .plain), Span(text: $0, style: theme.danger)]) }
        }
        if unshared {
            // Kept on this machine while the server is away: the team does not see it yet.
            let text = "\(context.glyphs.warning) not yet shared: kept on this machine"
            result += TextWrap.wrap(text, width: room).map { StyledLine([Span(text: pad, style: .plain), Span(text: $0, style: theme.warn)]) }
        }
        if let warning = item.warning {
            let text = "\(context.glyphs.warning) \(context.clean(warning))"
            result += TextWrap.wrap(text, width: room).map { StyledLine([Span(text: pad, style: .plain), Span(text: $0, style: theme.warn)]) }
        }
        return result
    }

    /// Styles the leading parts of a wrapped first line; whatever the wrap cut off stays in `rest`.
    private static func splitPrefix(_ text: String, parts: [(String, Style)], rest: Style) -> [Span] {
        var remaining = Substring(text)
        var spans: [Span] = []
        for (part, style) in parts {
            let taken = remaining.prefix(part.count)
            guard !taken.isEmpty else { break }
            spans.append(Span(text: String(taken), style: style))
            remaining = remaining.dropFirst(taken.count)
        }
        if !remaining.isEmpty { spans.append(Span(text: String(remaining), style: rest)) }
        return spans
    }
}
