/// Word wrapping by display width.
import Testing
import ScreenGrid

@Suite struct TextWrapTests {
    @Test func wrapsAtSpaces() {
        #expect(TextWrap.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.wrap("the quick brown fox", width: 19) == ["the quick brown fox"])
    }

    @Test func hardSplitsLongWords() {
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("go supercalifragilistic", width: 8) == ["go", "supercal", "ifragili", "stic"])
    }

    @Test func honoursNewlines() {
        #expect(TextWrap.wrap("one\ntwo three", width: 5) == ["one", "two", "three"])
        #expect(TextWrap.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextWrap.wrap("a\n", width: 5) == ["a", ""])
        #expect(TextWrap.wrap("", width: 5) == [""])
    }

    @Test func keepsIndentationButDropsSpacesAtBreaks() {
        #expect(TextWrap.wrap("  - item one", width: 8) == ["  - item", "one"])
        #expect(TextWrap.wrap("a     b", width: 3) == ["a", "b"])
    }

    @Test func wideCharactersAreNeverSplit() {
        #expect(TextWrap.wrap("漢字漢字", width: 5) == ["漢字", "漢字"])
        #expect(TextWrap.wrap("ab 🔥🔥", width: 3) == ["ab", "🔥", "🔥"])
        #expect(TextWrap.wrap("漢", width: 1) == ["?"])
        #expect(TextWrap.wrap("ab", width: 0) == ["a", "b"])  // treated as width 1
    }

    @Test(arguments: [1, 2, 3, 5, 7, 12, 40])
    func neverWiderThanWidthAndKeepsEveryNonSpaceCharacter(width: Int) {
        let text = "Database 漢字 failover at 03:12 — 🔥 replica lag 4000ms; e\u{301}té supercalifragilistic\nnext  line"
        let lines = TextWrap.wrap(text, width: width)
        for line in lines {
            #expect(TextWidth.of(line) <= width, "\(line.debugDescription) wider than \(width)")
        }
        let kept = lines.joined().filter { $0 != " " }
        var expected = text.filter { $0 != " " && $0 != "\n" }
        if width == 1 { expected = String(expected.map { TextWidth.of($0) == 2 ? "?" : $0 }) }
        #expect(kept == expected)
    }
}
