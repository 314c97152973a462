/// The names of a theme's styles, as theme files spell them.
import ScreenGrid

extension Theme {
    /// Every style a theme sets, in the order theme files list them.
    public static let styleNames = [
        "normal", "dim", "strong", "header", "border", "focus-border", "pane-title", "focus-title", "key-hint",
        "ok", "warn", "danger", "alarm", "security", "selection", "search-match",
        "declared", "action", "finding", "decision", "production-change", "note", "comms", "process",
    ]

    /// The style called `name` in a theme file, or nil for an unknown name.
    public static func style(named name: String) -> WritableKeyPath<Theme, Style>? {
        switch name {
        case "normal": \.normal
        case "dim": \.dim
        case "strong": \.strong
        case "header": \.header
        case "border": \.border
        case "focus-border": \.focusBorder
        case "pane-title": \.paneTitle
        case "focus-title": \.focusTitle
        case "key-hint": \.keyHint
        case "ok": \.ok
        case "warn": \.warn
        case "danger": \.danger
        case "alarm": \.alarm
        case "security": \.security
        case "selection": \.selection
        case "search-match": \.searchMatch
        case "declared": \.declared
        case "action": \.action
        case "finding": \.finding
        case "decision": \.decision
        case "production-change": \.productionChange
        case "note": \.note
        case "comms": \.comms
        case "process": \.process
        default: nil
        }
    }
}
