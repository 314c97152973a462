/// Where the timeline is scrolled: following the newest entry, or held at an entry the user scrolled back to.
import Foundation
import IncidentCore

enum TimelineScroll: Equatable {
    case following
    /// The top row shows row `offset` of item `item`; `seenCount` is how many items existed when the user scrolled back.
    case anchored(item: UUID, offset: Int, seenCount: Int)
}

/// The visible window of timeline rows for one scroll position and pane height.
struct TimelineViewport {
    let top: Int
    let maxTop: Int
    let height: Int
    /// Items added since the user scrolled back (0 while following).
    let newBelow: Int
    let moreBelow: Bool

    init(rows: [TimelineRow], state: IncidentState, height: Int, scroll: TimelineScroll) {
        self.height = height
        let maxTop = max(0, rows.count - height)
        self.maxTop = maxTop
        switch scroll {
        case .following:
            top = maxTop
            newBelow = 0
        case let .anchored(item, offset, seenCount):
            let first = state.timeline.firstIndex { $0.id == item }.flatMap { index in rows.firstIndex { $0.itemIndex == index } }
            top = first.map { min(maxTop, max(0, $0 + offset)) } ?? maxTop
            newBelow = max(0, state.timeline.count - seenCount)
        }
        moreBelow = top < maxTop
    }

    /// The scroll position that puts row `top` at the top; following once it reaches the bottom going down.
    static func scroll(toTop top: Int, rows: [TimelineRow], state: IncidentState, height: Int,
                       current: TimelineScroll) -> TimelineScroll {
        let maxTop = max(0, rows.count - height)
        guard top < maxTop, rows.indices.contains(top) else { return .following }
        let itemIndex = rows[top].itemIndex
        let firstRow = rows.firstIndex { $0.itemIndex == itemIndex } ?? top
        let seen: Int = if case let .anchored(_, _, seenCount) = current { seenCount } else { state.timeline.count }
        return .anchored(item: state.timeline[itemIndex].id, offset: top - firstRow, seenCount: seen)
    }
}
