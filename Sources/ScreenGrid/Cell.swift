/// One column of the screen: a grapheme and its style, or the right half of a wide one.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster. A continuation cell holds a space here.
    public var text: Character
    public var style: Style
    /// True for the second column of a wide (2-column) character; terminals skip it.
    public var isContinuation: Bool

    public init(_ text: Character = " ", style: Style = .plain) {
        self.text = text
        self.style = style
        self.isContinuation = false
    }

    /// The right half of a wide character that starts one column to the left.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    /// An empty column.
    public static let blank = Cell()

    /// Columns this cell's character takes (0 for a continuation).
    public var width: Int { isContinuation ? 0 : TextWidth.of(text) }
}
