/// What every view needs to draw: theme, glyphs, clocks, and the cleaning of text from the state.
import Foundation
import IncidentCore
import ScreenGrid

struct RenderContext {
    let theme: Theme
    let glyphs: Glyphs
    let unicode: Bool
    let local: ClockFormat
    let now: Date
    let playbook: Playbook
    let actor: Person
    /// Wrapped text from earlier frames, when drawing with a `RenderCache`.
    let memo: TextMemo?
    /// Since when the shared store's server could not be reached, if it cannot.
    let offlineSince: Date?
    /// Events on screen not yet shared (kept on this machine while offline).
    let unshared: Set<UUID>
    /// The store when it is not the default, in full and short, and whether this console just created it.
    let store: String?
    let storeShortName: String?
    let storeIsNew: Bool

    init(_ snapshot: ConsoleSnapshot, memo: TextMemo? = nil) {
        self.memo = memo
        // Without colour (NO_COLOR, a monochrome terminal) a colour theme would lose its meaning.
        theme = snapshot.colors ? snapshot.theme ?? .standard : .monochrome
        glyphs = Glyphs.forTerminal(unicode: snapshot.unicode)
        unicode = snapshot.unicode
        local = ClockFormat(timeZone: snapshot.timeZone)
        now = snapshot.now
        playbook = snapshot.playbook
        actor = snapshot.actor
        offlineSince = snapshot.offlineSince
        unshared = snapshot.unshared
        store = snapshot.store
        storeShortName = snapshot.storeShortName
        storeIsNew = snapshot.storeIsNew
    }

    /// Text safe to draw: control characters made visible, and ASCII only when the terminal is.
    /// Every string from the state (titles, entries, names) and every literal goes through here.
    func clean(_ text: String, keepNewlines: Bool = false) -> String {
        let safe = TextSanitizer.sanitize(text, keepNewlines: keepNewlines)
        return unicode ? safe : Glyphs.asciiFallback(safe)
    }

    var dash: String { unicode ? "\u{2014}" : "-" }
    var middot: String { unicode ? "\u{00B7}" : "-" }

    /// `text` wrapped to `width`, each line in `style`, continuation lines indented by `indent`.
    func wrapped(_ text: String, _ style: Style, width: Int, indent: Int = 0) -> [StyledLine] {
        guard width > indent + 1 else { return [StyledLine(clean(text), style)] }
        let lines = memo?.wrap(text, width: width - indent, cleaning: .keepNewlines(unicode: unicode)) {
            TextWrap.wrap(clean(text, keepNewlines: true), width: width - indent)
        } ?? TextWrap.wrap(clean(text, keepNewlines: true), width: width - indent)
        return lines.enumerated().map { index, line in
            StyledLine((index == 0 ? "" : String(repeating: " ", count: indent)) + line, style)
        }
    }

    /// `TextWrap.wrap` of text already clean, remembered between frames when there is a memo.
    func wrap(_ text: String, width: Int) -> [String] {
        memo?.wrap(text, width: width, cleaning: nil) { TextWrap.wrap(text, width: width) } ?? TextWrap.wrap(text, width: width)
    }

    /// A checklist mark that reads without colour: "[x]" done, "[ ]" open, "[*]" due now, "[!]" overdue, "[-]" later.
    func mark(_ status: ChecklistItem.Status) -> Span {
        switch status {
        case .done: Span(text: "[x]", style: theme.ok)
        case .open: Span(text: "[ ]", style: theme.normal)
        case .dueNow: Span(text: "[*]", style: theme.warn)
        case .overdue: Span(text: "[!]", style: theme.danger)
        case .later: Span(text: "[-]", style: theme.dim)
        }
    }
}
