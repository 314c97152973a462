/// What the renderer keeps between frames, so an idle second redraws only what the clock changed.
import ScreenGrid

/// Owned by whoever draws frames one after another (the run loop) and passed to `ConsoleRenderer.render`; a frame
/// drawn with it is the same grid as one drawn without it. It keeps the incident screen as last drawn without the
/// overlays (help, prompt, message, key bar), what each pane drew, and the timeline's laid-out rows. The header and
/// banner rows and the overlays are drawn every frame; a pane only when what it draws (its rows, frame, scroll,
/// theme) is not what it drew last time. Not thread-safe: used from one thread at a time (the run loop's), which is
/// what makes it `@unchecked Sendable` (it travels in a `ConsoleSnapshot`).
public final class RenderCache: @unchecked Sendable {
    let timelineRows = TimelineRowCache()
    let texts = TextMemo()
    /// The incident screen as last drawn, without overlays; nil until one is drawn, and after another screen.
    var base: Grid?
    var timeline: TimelinePane?
    var panes: [Pane: SidePane] = [:]
    /// The report last written for the report screen, and what it was written from: it is written again only when
    /// the incident or the version changed (the document depends on the state alone, not on the time).
    var report: (source: ReportSource, markdown: String)?

    public init() {}

    /// The screen drawn last is not the incident screen: its cells say nothing about the next frame.
    func forgetScreen() {
        base = nil
        timeline = nil
        panes = [:]
    }

    /// The report for `source`, written by `write` unless it was written for the same source last time.
    func report(for source: ReportSource, write: () -> String) -> String {
        if let report, report.source == source { return report.markdown }
        let markdown = write()
        report = (source, markdown)
        return markdown
    }

    /// The incident screen as last drawn, when it has `size`; else a blank grid, and nothing drawn is known.
    func takeBase(size: Size) -> Grid {
        defer { base = nil }  // handed over, so drawing into it copies nothing
        if let base, base.size == size { return base }
        forgetScreen()
        return Grid(size: size)
    }
}
