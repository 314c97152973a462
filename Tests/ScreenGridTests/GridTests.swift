/// Drawing into a grid: text, clipping, wide characters, fills, lines and boxes.
import Testing
import ScreenGrid

@Suite struct GridTests {
    @Test func newGridIsBlank() {
        let grid = Grid(width: 3, height: 2)
        #expect(grid.textLines() == ["   ", "   "])
        #expect(grid[2, 1] == Cell.blank)
    }

    @Test func putWritesTextAndReturnsColumnsUsed() {
        var grid = Grid(width: 10, height: 1)
        let red = Style(foreground: .red)
        #expect(grid.put("hi", x: 1, y: 0, style: red) == 2)
        #expect(grid.textLines() == [" hi       "])
        #expect(grid[1, 0] == Cell("h", style: red))
        #expect(grid[3, 0] == Cell.blank)
    }

    @Test func putClipsAtTheEdgeAndAtMaxWidth() {
        var grid = Grid(width: 6, height: 2)
        #expect(grid.put("abcdefgh", x: 2, y: 0) == 4)
        #expect(grid.put("abcdefgh", x: 0, y: 1, maxWidth: 3) == 3)
        #expect(grid.textLines() == ["  abcd", "abc   "])
        #expect(grid.put("x", x: 0, y: 2) == 0)
        #expect(grid.put("x", x: 6, y: 0) == 0)
        #expect(grid.put("x", x: -1, y: 0) == 0)
        #expect(grid.put("x", x: 0, y: 0, maxWidth: 0) == 0)
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("漢字漢", x: 0, y: 0) == 5)
        #expect(grid.textLines() == ["漢字 "])
        #expect(grid[0, 0].text == "漢")
        #expect(grid[1, 0].isContinuation)
        #expect(grid[3, 0].isContinuation)
        #expect(grid[4, 0] == Cell.blank)
    }

    @Test func wideCharacterAtMaxWidthBecomesASpace() {
        var grid = Grid(width: 6, height: 1)
        grid.fill(grid.bounds, character: ".")
        #expect(grid.put("a🔥", x: 0, y: 0, maxWidth: 2) == 2)
        #expect(grid.textLines() == ["a ...."])
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.put("漢字", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)  // right half of 漢
        grid.put("y", x: 2, y: 0)  // left half of 字
        #expect(grid.textLines() == [" xy "])
        #expect(!(0..<4).contains { grid[$0, 0].isContinuation })
    }

    @Test func wideCharacterOverWideCharacterAtAnOffset() {
        var grid = Grid(width: 5, height: 1)
        grid.put("漢字", x: 0, y: 0)
        grid.put("字", x: 1, y: 0)
        #expect(grid.textLines() == [" 字  "])
        #expect(grid[2, 0].isContinuation)
        #expect(!grid[3, 0].isContinuation)
    }

    @Test func controlCharactersAreSanitisedWhenPut() {
        var grid = Grid(width: 10, height: 1)
        #expect(grid.put("\u{1b}[2J", x: 0, y: 0) == 5)
        #expect(grid.textLines() == ["^[[2J     "])
    }

    @Test func subscriptSetterKeepsWideCharactersWhole() {
        var grid = Grid(width: 3, height: 1)
        grid[2, 0] = Cell("漢")
        #expect(grid.textLines() == ["   "])
        grid[0, 0] = Cell("漢")
        #expect(grid[1, 0].isContinuation)
        grid[1, 0] = Cell.continuation(style: .plain)  // ignored
        grid[2, 0] = Cell("z")
        #expect(grid.textLines() == ["漢z"])
    }

    @Test func fillCoversTheClippedRectangle() {
        var grid = Grid(width: 4, height: 3)
        let blue = Style(background: .blue)
        grid.fill(Rect(x: 2, y: 1, width: 5, height: 5), style: blue, character: "#")
        #expect(grid.textLines() == ["    ", "  ##", "  ##"])
        #expect(grid.styleLines() == ["....", "..aa", "..aa"])
        #expect(grid.styleLegend() == ["a: fg=default bg=blue"])
    }

    @Test func boxDrawsAFrameWithATitle() {
        var grid = Grid(width: 12, height: 4)
        grid.box(Rect(x: 0, y: 0, width: 12, height: 4), title: "Log")
        #expect(grid.textLines() == [
            "┌─ Log ────┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
    }

    @Test func boxTitleIsCutWithAnEllipsisAndAsciiGlyphsWork() {
        var grid = Grid(width: 10, height: 3)
        grid.box(grid.bounds, title: "Timeline of events", glyphs: .ascii)
        #expect(grid.textLines() == [
            "+- Tim...+",
            "|        |",
            "+--------+",
        ])
    }

    @Test func boxIsClippedAtTheGrid() {
        var grid = Grid(width: 4, height: 2)
        grid.box(Rect(x: 1, y: 0, width: 6, height: 6))
        #expect(grid.textLines() == [" ┌──", " │  "])
        grid.box(Rect(x: 0, y: 0, width: 1, height: 1))  // too small: nothing drawn
        #expect(grid.textLines() == [" ┌──", " │  "])
    }

    @Test func linesAreClipped() {
        var grid = Grid(width: 5, height: 3)
        grid.hline(x: 3, y: 0, length: 10, glyph: "-")
        grid.vline(x: 0, y: 1, length: 10, glyph: "|")
        grid.hline(x: 0, y: 9, length: 3, glyph: "-")
        #expect(grid.textLines() == ["   --", "|    ", "|    "])
    }

    @Test func styleDumpNamesEachDistinctStyleOnce() {
        var grid = Grid(width: 6, height: 2)
        let alert = Style(foreground: .brightRed, attributes: [.bold, .reverse])
        let dim = Style(attributes: .dim)
        grid.put("ab", x: 0, y: 0, style: alert)
        grid.put("漢", x: 3, y: 0, style: dim)
        grid.put("c", x: 5, y: 1, style: alert)
        #expect(grid.styleLines() == ["aa.bb.", ".....a"])
        #expect(grid.styleLegend() == ["a: fg=brightRed bg=default bold reverse", "b: fg=default bg=default dim"])
        #expect(grid.snapshot() == """
            |ab 漢 |
            |     c|

            aa.bb.
            .....a
            a: fg=brightRed bg=default bold reverse
            b: fg=default bg=default dim

            """)
    }

    @Test func gridsWithTheSameContentAreEqual() {
        var first = Grid(width: 3, height: 1)
        var second = Grid(width: 3, height: 1)
        first.put("a", x: 0, y: 0)
        #expect(first != second)
        second.put("a", x: 0, y: 0)
        #expect(first == second)
    }
}
