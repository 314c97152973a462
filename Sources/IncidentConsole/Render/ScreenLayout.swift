/// Where things go on the screen: header, banner, the four panes, message line and key bar.
import ScreenGrid

struct ScreenLayout {
    static let minimum = Size(width: 80, height: 24)
    static let headerRows = 2
    /// At this width the panes spread over three columns.
    static let wideWidth = 160

    let size: Size
    let banner: Int?
    /// The rows between the header (and banner) and the message line.
    let body: Rect
    let panes: [Pane: Rect]
    var messageRow: Int { size.height - 2 }
    var keyBarRow: Int { size.height - 1 }

    init(size: Size, banner bannerVisible: Bool) {
        self.size = size
        banner = bannerVisible ? Self.headerRows : nil
        let top = Self.headerRows + (bannerVisible ? 1 : 0)
        body = Rect(x: 0, y: top, width: size.width, height: max(0, size.height - top - 2))
        panes = size.width >= Self.wideWidth ? Self.wide(body) : Self.standard(body)
    }

    /// The layout for a snapshot: the banner row is there only while something is overdue.
    init(_ snapshot: ConsoleSnapshot, context: RenderContext) {
        let banner = snapshot.incident.flatMap { BannerView.text($0, context: context) }
        self.init(size: snapshot.size, banner: banner != nil)
    }

    var fitsMinimum: Bool { size.width >= Self.minimum.width && size.height >= Self.minimum.height }

    /// Timeline on the left at full height; Comms, Roles and Escalation stacked on the right.
    private static func standard(_ body: Rect) -> [Pane: Rect] {
        let rightWidth = max(38, body.width * 2 / 5)
        let leftWidth = body.width - rightWidth
        let commsHeight = max(7, body.height * 2 / 5)
        let rolesHeight = max(6, (body.height - commsHeight) / 2)
        let escalationHeight = body.height - commsHeight - rolesHeight
        let x = body.x + leftWidth
        return [
            .timeline: Rect(x: body.x, y: body.y, width: leftWidth, height: body.height),
            .comms: Rect(x: x, y: body.y, width: rightWidth, height: commsHeight),
            .roles: Rect(x: x, y: body.y + commsHeight, width: rightWidth, height: rolesHeight),
            .escalation: Rect(x: x, y: body.y + commsHeight + rolesHeight, width: rightWidth, height: escalationHeight),
        ]
    }

    /// Timeline, then a column of Comms over Roles, then Escalation at full height.
    private static func wide(_ body: Rect) -> [Pane: Rect] {
        let columnWidth = body.width / 4
        let timelineWidth = body.width - 2 * columnWidth
        let commsHeight = body.height / 2
        let middle = body.x + timelineWidth
        return [
            .timeline: Rect(x: body.x, y: body.y, width: timelineWidth, height: body.height),
            .comms: Rect(x: middle, y: body.y, width: columnWidth, height: commsHeight),
            .roles: Rect(x: middle, y: body.y + commsHeight, width: columnWidth, height: body.height - commsHeight),
            .escalation: Rect(x: middle + columnWidth, y: body.y, width: columnWidth, height: body.height),
        ]
    }
}
