/// Semantic styles: what each part of the screen means, mapped to colours or (monochrome) to attributes only.
import IncidentCore
import ScreenGrid

public struct Theme: Sendable, Equatable {
    public var normal: Style
    public var dim: Style
    public var strong: Style
    /// The header bar.
    public var header: Style
    public var border: Style
    public var focusBorder: Style
    public var paneTitle: Style
    public var focusTitle: Style
    /// The key in a key-bar entry; the label uses `dim`.
    public var keyHint: Style
    public var ok: Style
    public var warn: Style
    public var danger: Style
    /// The overdue banner and other alarms that must not be missed.
    public var alarm: Style
    public var security: Style
    public var selection: Style
    public var searchMatch: Style
    /// Timeline kinds: the symbol and the kind word take this style.
    public var declared: Style
    public var action: Style
    public var finding: Style
    public var decision: Style
    public var productionChange: Style
    public var note: Style
    public var comms: Style
    public var process: Style

    public func kind(_ category: TimelineItem.Category) -> Style {
        switch category {
        case .declared: declared
        case .entry(.action): action
        case .entry(.finding): finding
        case .entry(.decision): decision
        case .entry(.productionChange): productionChange
        case .entry(.note): note
        case .comms: comms
        case .role, .status, .escalation, .step, .postIncident, .resolution, .keyTime, .report: process
        case .security: security
        case .warning: warn
        }
    }

    private static func color(_ foreground: Color, _ attributes: Attributes = []) -> Style {
        Style(foreground: foreground, attributes: attributes)
    }

    public static let standard = Theme(
        normal: .plain, dim: Style(attributes: .dim), strong: Style(attributes: .bold),
        header: Style(foreground: .brightWhite, background: .blue, attributes: .bold),
        border: color(.brightBlack), focusBorder: color(.cyan, .bold),
        paneTitle: .plain, focusTitle: Style(foreground: .black, background: .cyan, attributes: .bold),
        keyHint: color(.cyan, .bold),
        ok: color(.green), warn: color(.yellow), danger: color(.red, .bold),
        alarm: Style(foreground: .brightWhite, background: .red, attributes: .bold),
        security: Style(foreground: .brightWhite, background: .magenta, attributes: .bold),
        selection: Style(attributes: .reverse),
        searchMatch: Style(foreground: .black, background: .yellow),
        declared: color(.brightWhite, .bold), action: color(.cyan), finding: color(.blue, .bold), decision: color(.magenta, .bold),
        productionChange: color(.yellow, .bold), note: .plain, comms: color(.green), process: color(.brightBlack))

    /// For NO_COLOR and monochrome terminals: attributes carry the meaning.
    public static let monochrome = Theme(
        normal: .plain, dim: Style(attributes: .dim), strong: Style(attributes: .bold),
        header: Style(attributes: .reverse),
        border: .plain, focusBorder: Style(attributes: .bold),
        paneTitle: .plain, focusTitle: Style(attributes: [.bold, .reverse]),
        keyHint: Style(attributes: .bold),
        ok: .plain, warn: Style(attributes: [.bold, .underline]), danger: Style(attributes: .bold),
        alarm: Style(attributes: [.bold, .reverse]),
        security: Style(attributes: [.bold, .reverse]),
        selection: Style(attributes: .reverse),
        searchMatch: Style(attributes: [.reverse, .underline]),
        declared: Style(attributes: .bold), action: .plain, finding: .plain, decision: Style(attributes: .bold),
        productionChange: Style(attributes: .bold), note: .plain, comms: .plain, process: Style(attributes: .dim))
}
