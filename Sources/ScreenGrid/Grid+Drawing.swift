/// Drawing helpers on `Grid`: text, fills, lines and boxes, all clipped to the grid.
extension Grid {
    /// Draws one line of text starting at (`x`, `y`) and returns the columns used.
    ///
    /// The text is sanitised first (control characters become visible, see `TextSanitizer`;
    /// a "\n" shows as `^J`: wrap with `TextWrap` for several lines). Drawing stops at the
    /// grid's right edge and after `maxWidth` columns. A wide character is never split: if
    /// only one column is left, a space in `style` is drawn there instead (and counted).
    /// Zero-width graphemes (a lone combining mark, a zero-width space) are not drawn.
    /// Nothing is drawn when `y` is outside the grid or `x` is negative.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let limit = min(width - x, max(0, maxWidth ?? Int.max))
        var used = 0
        for character in TextSanitizer.sanitize(text) {
            let columns = TextWidth.of(character)
            if columns == 0 { continue }
            if used + columns > limit {
                if used < limit {
                    self[x + used, y] = Cell(" ", style: style)
                    used += 1
                }
                break
            }
            self[x + used, y] = Cell(character, style: style)
            used += columns
        }
        return used
    }

    /// Fills the part of `rect` inside the grid with `character` (a space by default).
    public mutating func fill(_ rect: Rect, style: Style = .plain, character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        // The common case (a space, a printable ASCII character) needs no sanitising and is one cell wide:
        // one cell value written into every position; the subscript still blanks halves of wide characters cut at the edges.
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
            let cell = Cell(character, style: style)
            for y in area.y..<area.maxY {
                for x in area.x..<area.maxX { self[x, y] = cell }
            }
            return
        }
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                x += max(1, put(String(character), x: x, y: y, style: style, maxWidth: area.maxX - x))
            }
        }
    }

    /// A horizontal line of `glyph` (e.g. `glyphs.horizontal`) from (`x`, `y`) rightwards.
    public mutating func hline(x: Int, y: Int, length: Int, glyph: String, style: Style = .plain) {
        var column = max(0, x)
        let end = min(width, x + length)
        while column < end {
            column += max(1, put(glyph, x: column, y: y, style: style, maxWidth: end - column))
        }
    }

    /// A vertical line of `glyph` (e.g. `glyphs.vertical`) from (`x`, `y`) downwards.
    public mutating func vline(x: Int, y: Int, length: Int, glyph: String, style: Style = .plain) {
        for row in max(0, y)..<max(max(0, y), min(height, y + length)) {
            put(glyph, x: x, y: row, style: style, maxWidth: 1)
        }
    }

    /// Draws a frame on the edge of `rect`, with an optional title in the top edge
    /// (`┌─ Title ──┐`, cut with an ellipsis when too long). The inside is left alone.
    /// Rectangles smaller than 2×2 are not drawn.
    public mutating func box(
        _ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil,
        glyphs: Glyphs = .unicode
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        hline(x: rect.x + 1, y: rect.y, length: rect.width - 2, glyph: glyphs.horizontal, style: style)
        hline(x: rect.x + 1, y: bottom, length: rect.width - 2, glyph: glyphs.horizontal, style: style)
        vline(x: rect.x, y: rect.y + 1, length: rect.height - 2, glyph: glyphs.vertical, style: style)
        vline(x: right, y: rect.y + 1, length: rect.height - 2, glyph: glyphs.vertical, style: style)
        put(glyphs.topLeft, x: rect.x, y: rect.y, style: style, maxWidth: 1)
        put(glyphs.topRight, x: right, y: rect.y, style: style, maxWidth: 1)
        put(glyphs.bottomLeft, x: rect.x, y: bottom, style: style, maxWidth: 1)
        put(glyphs.bottomRight, x: right, y: bottom, style: style, maxWidth: 1)
        if let title, !title.isEmpty, rect.width >= 5 {
            // Two columns of frame on the left ("┌─"), one on the right ("┐").
            let room = rect.width - 3
            let label = TextWidth.truncate(" " + title + " ", toWidth: room, ellipsis: glyphs.ellipsis)
            put(label, x: rect.x + 2, y: rect.y, style: titleStyle ?? style, maxWidth: room)
        }
    }
}
