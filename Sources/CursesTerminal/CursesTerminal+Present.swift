/// Presenting a `Grid` through curses: write changed cells, then one refresh.
import CNcurses
import ScreenGrid

extension CursesTerminal {
    public func present(_ grid: Grid) {
        guard !isShutDown else { return }
        let screenSize = size
        let columns = min(grid.width, screenSize.width), rows = min(grid.height, screenSize.height)
        let previous = presented.flatMap { $0.size == grid.size ? $0 : nil }
        if previous == nil { werase(window) }
        for y in 0..<rows {
            var forceNext = false  // a cell curses drew wider than we expected covered the next one
            for x in 0..<columns {
                let cell = grid[x, y]
                if cell.isContinuation, !forceNext { continue }
                if !forceNext, let previous, previous[x, y] == cell { continue }
                forceNext = write(cell.isContinuation ? .blank : cell, x: x, y: y, columns: columns)
            }
        }
        presented = grid
        placeCursor()
        wrefresh(window)
    }

    public func showCursor(at position: Point?) {
        cursor = position
        guard !isShutDown else { return }
        placeCursor()
        wrefresh(window)
    }

    /// Moves the (visible or hidden) cursor where the prompt wants it.
    func placeCursor() {
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible { curs_set(1) }
            cursorVisible = true
        } else {
            if cursorVisible { curs_set(0) }
            cursorVisible = false
        }
    }

    /// Writes one cell; returns true if curses drew it wider than expected, so the next
    /// cell must be written again even if unchanged.
    private func write(_ cell: Cell, x: Int, y: Int, columns: Int) -> Bool {
        var text = cell.text
        var width = cell.width
        if width == 0 || cell.text.unicodeScalars.contains(where: TextSanitizer.needsEscaping) {
            text = " "  // the grid sanitises text; a raw control or lone mark must still not get out
            width = 1
        }
        if width == 2, x + 1 >= columns {
            text = " "  // a wide character clipped by a smaller screen
            width = 1
        }
        if !capabilities.unicode, !text.isASCII {
            text = "?"
            if width == 2 {
                add("?", style: cell.style, x: x + 1, y: y)
            }
            width = 1
        }
        add(text, style: cell.style, x: x, y: y)
        guard x + width < columns else { return false }
        let drawnTo = Int(getcurx(window))
        if width == 2, drawnTo == x + 1 {
            add(" ", style: cell.style, x: x + 1, y: y)  // curses found it narrow: clear the second column
        } else if width == 1, drawnTo == x + 2 {
            add("?", style: cell.style, x: x, y: y)  // curses found it wide: keep the layout
            return true
        }
        return false
    }

    private func add(_ text: Character, style: Style, x: Int, y: Int) {
        var characters = Self.cellScalars(of: text).prefix(Int(cn_cchar_max())).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        let (attributes, pair) = cursesStyle(style)
        var cell = cchar_t()
        setcchar(&cell, characters, attributes, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    /// What one curses cell can hold of a character: its first scalar and the zero-width marks after it. A cell
    /// takes one spacing character, so an emoji sequence (joined by U+200D), a flag or a skin tone keeps its first
    /// emoji; handing curses the rest would be refused or spill the joiner into the next cell.
    static func cellScalars(of text: Character) -> [Unicode.Scalar] {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return [] }
        var kept = [first]
        while let next = scalars.next(), next.value != 0x200D, TextWidth.of(next) == 0 {
            kept.append(next)
        }
        return kept
    }

    /// Curses attributes and colour pair for a style on this terminal.
    func cursesStyle(_ style: Style) -> (attr_t, Int16) {
        var attributes = cn_a_normal()
        if style.attributes.contains(.bold) { attributes |= cn_a_bold() }
        if style.attributes.contains(.dim) { attributes |= cn_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= cn_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= cn_a_underline() }
        let colorCount = capabilities.colorCount
        guard colorCount > 0 else {
            if style.background != .default { attributes |= cn_a_reverse() }
            return (attributes, 0)
        }
        let foreground = ColorMapping.resolve(style.foreground, colorCount: colorCount)
        let background = ColorMapping.resolve(style.background, colorCount: colorCount)
        if foreground.needsBold { attributes |= cn_a_bold() }
        var foregroundNumber = foreground.number, backgroundNumber = background.number
        if !defaultColorsAvailable {
            if foregroundNumber < 0 { foregroundNumber = 7 }
            if backgroundNumber < 0 { backgroundNumber = 0 }
        }
        let pair = colorPairs.pair(foreground: foregroundNumber, background: backgroundNumber)
        return (attributes, pair)
    }
}
