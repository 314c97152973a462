/// A frame drawn with the render cache is the frame drawn without it, through long runs of ticks, edits, keys and looks.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class RenderCacheTests: XCTestCase {
    /// Thousands of frames, each drawn with one cache kept across all of them and drawn fresh: every grid must be equal.
    /// Keys go to two models, one given the cache in its snapshots (scrolling uses its rows), one not.
    /// The steps mix idle seconds (over minutes, hours and a midnight), new, corrected and struck entries, resizes
    /// (the too-small screen included), scrolling, search, focus, help, prompts, messages, themes, glyphs, time zones,
    /// saving and leaving the incident; a cache that missed any of these inputs would keep a stale cell.
    func testCachedFramesEqualFreshFramesThroughLongRuns() {
        for seed in UInt64(1)...4 {
            var run = CacheRun(seed: seed)
            for step in 0..<400 {
                let what = run.step()
                guard run.checkFrame(step: step, what: what) else { return }
            }
        }
    }

    /// Scrolled back to the oldest entries (the whole timeline laid out), a correction, a strike and a warning on
    /// an entry already laid out show at once: the cached rows of an entry are made again when the entry changes.
    func testChangedEntryIsLaidOutAgainWhenScrolledBack() {
        var story = Story.busy()
        for number in 1...60 {
            story.run(.log(.note, text: "note \(number): the router pool is still at 100% CPU, more detail to follow", at: nil), as: "ana")
            story.advance(minutes: 0.5)
        }
        let cache = RenderCache()
        var model = ConsoleModel()
        _ = model.type(keys("g"), story.snapshot(width: 120, height: 40))
        XCTAssertFalse(model.isFollowingTimeline)
        let oldest = story.state.timeline.first { if case .entry = $0.category { true } else { false } }!.id
        var frames = 0
        func expectFresh(_ what: String, file: StaticString = #filePath, line: UInt = #line) {
            let snapshot = story.snapshot(width: 120, height: 40)
            let cached = ConsoleRenderer.render(model, snapshot, cache: cache)
            let fresh = ConsoleRenderer.render(model, snapshot)
            XCTAssertEqual(cached.textLines(), fresh.textLines(), what, file: file, line: line)
            XCTAssertTrue(cached == fresh, "\(what): the styles differ", file: file, line: line)
            frames += 1
        }
        expectFresh("first frame")
        expectFresh("same frame again")
        story.run(.correct(entry: oldest, text: "Router pool at 100% CPU since 09:20 (corrected: 09:18); 502s from the London edge"), as: "kim")
        expectFresh("after a correction of the oldest entry")
        XCTAssertTrue(ConsoleRenderer.render(model, story.snapshot(width: 120, height: 40), cache: cache)
            .textLines().joined().contains("(corrected)"))
        story.run(.strike(entry: oldest, reason: "wrong incident"), as: "kim")
        expectFresh("after a strike of the oldest entry")
        story.advance(minutes: 1)
        expectFresh("a minute later")
        XCTAssertEqual(frames, 5)
    }

    /// While following, an idle second changes the clocks and countdown, and the timeline still equals a fresh frame
    /// when the time crosses midnight (times then carry the date).
    func testIdleSecondsAcrossMidnightMatchFreshFrames() {
        var story = Story.busy()
        let cache = RenderCache()
        let model = ConsoleModel()
        // 23:59:50 London on the day of the story is 22:59:50 UTC.
        let beforeMidnight = Date(timeIntervalSince1970: 1_782_946_790)
        story.now = beforeMidnight
        for _ in 0..<20 {
            let snapshot = story.snapshot(width: 120, height: 40)
            let cached = ConsoleRenderer.render(model, snapshot, cache: cache), fresh = ConsoleRenderer.render(model, snapshot)
            XCTAssertEqual(cached.textLines(), fresh.textLines())
            XCTAssertTrue(cached == fresh, "the styles differ")
            story.now = story.now.addingTimeInterval(1)
        }
        XCTAssertTrue(ConsoleRenderer.render(model, story.snapshot(width: 120, height: 40), cache: cache).textLines().joined().contains("1 Jul"))
    }
}

/// A seeded walk through the console's inputs, drawing a frame after every step.
private struct CacheRun {
    var random: SplitMix
    var story = Story.busy()
    /// Given keys with the render cache in its snapshots (as the run loop gives them), and drawn with it.
    var model = ConsoleModel()
    /// Given the same keys without a cache, and drawn fresh.
    var freshModel = ConsoleModel()
    let cache = RenderCache()
    var size = Size(width: 120, height: 40)
    var unicode = true
    var colors = true
    var theme: Theme?
    var timeZone = london
    var saving = false
    var leftIncident = false
    var logged: [UUID] = []

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
        // Text that draws differently without Unicode, in a pane that wraps it.
        story.run(.escalate(level: "head-of-reliability-engineering", step: .reached, note: "Zoë — on the bridge, café line"), as: "lee")
    }

    var snapshot: ConsoleSnapshot {
        let listing = IncidentListing(id: Story.id, title: story.state.title, priority: story.state.priority, phase: story.state.phase,
                                      declaredAt: story.state.declaredAt ?? story.now)
        let other = IncidentListing(id: IncidentID("INC-20260701-ZZZ"), title: "DNS slow", priority: .p3, phase: .active,
                                    declaredAt: story.now)
        return ConsoleSnapshot(state: leftIncident ? nil : story.state, openIncidents: random.peek % 3 == 0 ? [listing] : [listing, other],
                               playbook: story.playbook, now: story.now, timeZone: timeZone, actor: "kim", size: size,
                               unicode: unicode, colors: colors, theme: theme, saving: saving)
    }

    var cachedSnapshot: ConsoleSnapshot {
        var snapshot = snapshot
        snapshot.renderCache = cache
        return snapshot
    }

    /// Takes one step; says what it did.
    mutating func step() -> String {
        let roll = random.next() % 100
        switch roll {
        case 0..<40:
            story.now = story.now.addingTimeInterval(1)
            return "a second"
        case 40..<44:
            story.now = story.now.addingTimeInterval(Double(60 - Int(story.now.timeIntervalSince1970) % 60))
            return "to the next minute"
        case 44..<46:
            story.now = story.now.addingTimeInterval(3600 + Double(random.next() % 7200))
            return "an hour or more"
        case 46..<54:
            let kinds: [EntryKind] = [.action, .finding, .decision, .productionChange, .note]
            let text = String(repeating: "router pool \(logged.count) checked, edge 502s ", count: 1 + Int(random.next() % 4))
            let kind = kinds[Int(random.next() % 5)]
            // Only the lead (kim) logs production changes.
            story.run(.log(kind, text: text, at: nil), as: kind == .productionChange ? "kim" : ["kim", "ana", "bob"][Int(random.next() % 3)])
            logged.append(story.state.timeline.last!.id)
            return "a new entry"
        case 54..<58:
            guard let entry = pick() else { return "nothing to correct" }
            story.run(.correct(entry: entry, text: "corrected \(random.next() % 1000): router pool scaled, not restarted"), as: "kim")
            return "a correction"
        case 58..<60:
            guard let entry = pick() else { return "nothing to strike" }
            story.run(.strike(entry: entry, reason: "struck \(random.next() % 1000)"), as: "kim")
            logged.removeAll { $0 == entry }
            return "a strike"
        case 60..<62:
            story.run(.sendComms(CommsRequest(channel: .team, text: "update \(random.next() % 100)")), as: "lee")
            return "a team update"
        case 62..<66:
            let sizes = [Size(width: 120, height: 40), Size(width: 100, height: 30), Size(width: 80, height: 24),
                         Size(width: 200, height: 60), Size(width: 79, height: 30), Size(width: 160, height: 45)]
            size = sizes[Int(random.next() % UInt64(sizes.count))]
            return "resize to \(size.width)x\(size.height)"
        case 66..<84:
            let choices: [[KeyEvent]] = [keys("k"), keys("j"), keys("kkkkk"), keys("g"), keys("G"), [.pageUp], [.pageDown],
                                         keys("/router") + [.enter], keys("n"), keys("N"), [.escape], keys("1"), keys("2"),
                                         keys("3"), keys("4"), keys("jj"), keys("?"), keys("a") + keys("half typed"),
                                         [.escape], keys("x"), keys("/zzz") + [.enter], keys("/router") + [.enter] + keys("NNN"),
                                         keys("NN"), keys("gn"), keys("/edge") + [.enter] + keys("gjjj")]
            let chosen = choices[Int(random.next() % UInt64(choices.count))]
            _ = model.type(chosen, cachedSnapshot)
            _ = freshModel.type(chosen, snapshot)
            return "keys \(chosen.map(\.label).joined(separator: " "))"
        case 84..<87:
            let themes: [Theme?] = [nil, .monochrome, Self.custom, Self.framesOnly]
            theme = themes[Int(random.next() % 4)]
            return "theme"
        case 87..<89:
            colors.toggle()
            return "colours \(colors)"
        case 89..<91:
            unicode.toggle()
            return "unicode \(unicode)"
        case 91..<93:
            let zones = [london, TimeZone(identifier: "UTC")!, TimeZone(identifier: "Asia/Tokyo")!]
            timeZone = zones[Int(random.next() % 3)]
            return "time zone \(timeZone.identifier)"
        case 93..<95:
            saving.toggle()
            return "saving \(saving)"
        case 95..<97:
            let failure = CommandOutcome.failed(message: "The store is busy: another process holds it; try again in a moment (\(random.next() % 10))")
            _ = model.receive(failure, snapshot: cachedSnapshot)
            _ = freshModel.receive(failure, snapshot: snapshot)
            return "a failure message"
        default:
            leftIncident.toggle()
            return leftIncident ? "left the incident" : "back in the incident"
        }
    }

    mutating func pick() -> UUID? {
        logged.isEmpty ? nil : logged[Int(random.next() % UInt64(logged.count))]
    }

    /// Draws the frame both ways; false (with a failure) when they differ.
    func checkFrame(step: Int, what: String) -> Bool {
        let cached = ConsoleRenderer.render(model, cachedSnapshot, cache: cache)
        let fresh = ConsoleRenderer.render(freshModel, snapshot)
        guard cached != fresh else { return true }
        let rows = zip(cached.textLines(), fresh.textLines()).enumerated().filter { $0.element.0 != $0.element.1 }
            .map { "row \($0.offset):\n  cached: \($0.element.0)\n  fresh:  \($0.element.1)" }
        XCTFail("seed \(random.seed), step \(step) (\(what)): the cached frame differs\n" + (rows.isEmpty ? "(styles only)" : rows.joined(separator: "\n")))
        return false
    }

    static let custom: Theme = {
        var theme = Theme.standard
        theme.dim = Style(foreground: .magenta)
        theme.searchMatch = Style(foreground: .white, background: .red)
        theme.action = Style(foreground: .yellow)
        theme.border = Style(foreground: .green)
        return theme
    }()

    /// Differs from the standard theme only in the panes' frames, which no line of text uses.
    static let framesOnly: Theme = {
        var theme = Theme.standard
        theme.border = Style(foreground: .red)
        theme.focusBorder = Style(foreground: .yellow, attributes: .bold)
        theme.paneTitle = Style(attributes: .underline)
        theme.focusTitle = Style(foreground: .white, background: .blue)
        return theme
    }()
}

/// A small seeded generator, so a failing walk can be run again.
private struct SplitMix {
    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// The next value without advancing (for choices that must not change the walk).
    var peek: UInt64 { Self.mix(state &+ 0x9E37_79B9_7F4A_7C15) }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
