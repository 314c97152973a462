/// Glyph sets, the ASCII fallback, key labels and the fake terminal.
import Testing
import ScreenGrid

@Suite struct GlyphsAndKeysTests {
    @Test func asciiFallbackReplacesEachNonAsciiGraphemeWithAQuestionMark() {
        #expect(Glyphs.asciiFallback("API ok") == "API ok")
        #expect(Glyphs.asciiFallback("漢字 e\u{301} 🔥 ─") == "?? ? ? ?")
    }

    @Test func asciiGlyphsAreAsciiAndUnicodeGlyphsAreOneColumn() {
        let ascii = Glyphs.ascii, unicode = Glyphs.unicode
        let asciiAll = [ascii.horizontal, ascii.vertical, ascii.topLeft, ascii.bullet, ascii.check, ascii.warning,
                        ascii.ellipsis, ascii.arrowUp, ascii.selection, ascii.block]
        #expect(asciiAll.allSatisfy { $0.allSatisfy(\.isASCII) })
        let unicodeAll = [unicode.horizontal, unicode.vertical, unicode.topLeft, unicode.topRight, unicode.bottomLeft,
                          unicode.bottomRight, unicode.teeLeft, unicode.teeRight, unicode.bullet, unicode.check,
                          unicode.cross, unicode.warning, unicode.ellipsis, unicode.arrowUp, unicode.arrowDown,
                          unicode.arrowLeft, unicode.arrowRight, unicode.selection, unicode.block, unicode.shade]
        #expect(unicodeAll.allSatisfy { TextWidth.of($0) == 1 })
        #expect(Glyphs.forTerminal(unicode: false) == .ascii)
    }

    @Test func keyLabels() {
        #expect(KeyEvent.character("q").label == "q")
        #expect(KeyEvent.character(" ").label == "Space")
        #expect(KeyEvent.tab.label == "Tab")
        #expect(KeyEvent.backTab.label == "Shift-Tab")
        #expect(KeyEvent.escape.label == "Esc")
        #expect(KeyEvent.pageUp.label == "PgUp")
        #expect(KeyEvent.control("c").label == "Ctrl-C")
        #expect(KeyEvent.function(5).label == "F5")
        #expect(KeyEvent.paste("q and more").label == "paste")
    }

    @Test func fakeTerminalReplaysKeysAndRecordsEffects() {
        let terminal = FakeTerminal(width: 20, height: 5, keys: [.character("a")])
        terminal.type(text: "b")
        terminal.resize(width: 30, height: 6)
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .character("a"))
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .character("b"))
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .resize)
        #expect(terminal.size == Size(width: 30, height: 6))
        #expect(terminal.readKey(timeoutMilliseconds: 100) == nil)
        #expect(terminal.timeoutCount == 1)

        var grid = Grid(width: 30, height: 6)
        grid.put("hello", x: 0, y: 0)
        terminal.present(grid)
        #expect(terminal.screenLines.first == "hello" + String(repeating: " ", count: 25))
        terminal.notify(title: "SEV1", body: "db\u{1b}]0;x\u{07}")
        #expect(terminal.notifications == [.init(title: "SEV1", body: "db^[]0;x^G")])
        terminal.bell()
        terminal.shutdown()
        #expect(terminal.bellCount == 1)
        #expect(terminal.isShutDown)
    }
}
