/// Drawing glyphs (box lines, marks, arrows) in a Unicode set and an ASCII fallback set.
///
/// Every glyph is one column wide in both sets, except `ellipsis` in ASCII ("...").
public struct Glyphs: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// `├`: a vertical line with a branch to the right.
    public var teeRight: String
    /// `┤`: a vertical line with a branch to the left.
    public var teeLeft: String
    public var bullet: String
    public var arrowUp: String
    public var arrowDown: String
    public var arrowLeft: String
    public var arrowRight: String
    /// Points at the selected row.
    public var selection: String
    public var check: String
    public var cross: String
    public var warning: String
    public var ellipsis: String
    /// A filled block, for bars and meters.
    public var block: String
    /// A light shade, for empty parts of bars and meters.
    public var shade: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeRight: "├", teeLeft: "┤", bullet: "•", arrowUp: "↑", arrowDown: "↓", arrowLeft: "←",
        arrowRight: "→", selection: "▶", check: "✓", cross: "✗", warning: "⚠", ellipsis: "…",
        block: "█", shade: "░")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "+", teeLeft: "+", bullet: "*", arrowUp: "^", arrowDown: "v", arrowLeft: "<",
        arrowRight: ">", selection: ">", check: "x", cross: "X", warning: "!", ellipsis: "...",
        block: "#", shade: ".")

    /// The set to use for a terminal that can (or cannot) show Unicode.
    public static func forTerminal(unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }

    /// `text` with every non-ASCII grapheme replaced by "?" (one per grapheme), for
    /// terminals whose locale is not UTF-8.
    public static func asciiFallback(_ text: String) -> String {
        var result = ""
        for character in text {
            result.append(character.isASCII ? character : "?")
        }
        return result
    }
}
