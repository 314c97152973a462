/// Control characters, escape sequences and bidi controls become visible text.
import Testing
import ScreenGrid

@Suite struct TextSanitizerTests {
    @Test func plainTextIsUnchanged() {
        #expect(TextSanitizer.sanitize("API down: 漢字 🔥 é") == "API down: 漢字 🔥 é")
    }

    @Test func escapeSequenceIsShownInCaretNotation() {
        #expect(TextSanitizer.sanitize("\u{1b}[31mred") == "^[[31mred")
        #expect(TextSanitizer.sanitize("\u{1b}]0;title\u{07}") == "^[]0;title^G")
    }

    @Test func otherC0ControlsAndDelAreCaretNotation() {
        #expect(TextSanitizer.sanitize("a\u{07}b") == "a^Gb")
        #expect(TextSanitizer.sanitize("\u{00}\u{08}\u{7F}") == "^@^H^?")
        #expect(TextSanitizer.sanitize("a\rb") == "a^Mb")
        #expect(TextSanitizer.sanitize("\u{1F}") == "^_")
    }

    @Test func tabBecomesOneSpace() {
        #expect(TextSanitizer.sanitize("a\tb") == "a b")
    }

    @Test func c1ControlsAreShownAsCodePoints() {
        #expect(TextSanitizer.sanitize("x\u{9B}31m") == "x<U+009B>31m")
        #expect(TextSanitizer.sanitize("\u{80}\u{9F}") == "<U+0080><U+009F>")
    }

    @Test func bidiControlsAreShownAsCodePoints() {
        #expect(TextSanitizer.sanitize("abc\u{202E}def") == "abc<U+202E>def")
        #expect(TextSanitizer.sanitize("\u{2066}x\u{2069}") == "<U+2066>x<U+2069>")
        #expect(TextSanitizer.sanitize("\u{202A}") == "<U+202A>")
    }

    @Test func newlinesAreEscapedUnlessKept() {
        #expect(TextSanitizer.sanitize("a\nb") == "a^Jb")
        #expect(TextSanitizer.sanitize("a\nb", keepNewlines: true) == "a\nb")
        #expect(TextSanitizer.sanitize("a\r\nb", keepNewlines: true) == "a\nb")
        #expect(TextSanitizer.sanitize("a\r\nb") == "a^M^Jb")
        #expect(TextSanitizer.sanitize("a\rb", keepNewlines: true) == "a^Mb")
    }

    @Test func resultNeverContainsAScalarThatNeedsEscaping() {
        let hostile = (0..<0xA0).compactMap(Unicode.Scalar.init).map(String.init).joined() + "\u{202B}\u{2068}"
        let safe = TextSanitizer.sanitize(hostile)
        #expect(!safe.unicodeScalars.contains(where: TextSanitizer.needsEscaping))
        #expect(safe.hasPrefix("^@^A^B"))
    }
}

@Suite struct TextSanitizerEdgeTests {
    @Test func bidiMarksAreShownAsCodePointsToo() {
        #expect(TextSanitizer.sanitize("a\u{200E}b\u{200F}c\u{061C}d") == "a<U+200E>b<U+200F>c<U+061C>d")
    }

    @Test func jsonKeepsItsValuesWithEscapesForWhatATerminalWouldObey() throws {
        let value = "a\u{7F}b\u{9B}31m\u{202E}\u{2067}\u{200F}\u{61C}é漢"
        let json = "{\n  \"k\" : \"\(value)\"\n}"
        let escaped = TextSanitizer.escapeJSON(json)
        #expect(escaped == "{\n  \"k\" : \"a\\u007Fb\\u009B31m\\u202E\\u2067\\u200F\\u061Cé漢\"\n}")
        #expect(TextSanitizer.escapeJSON("{\"plain\": 1}") == "{\"plain\": 1}")
    }

    /// Appending to a String's unicode scalar view copied the whole text each time: 1 MB of entries took
    /// 15 s to show, 2 MB 61 s. 4 MB holding a control character every 64 scalars would take minutes that way;
    /// one pass takes well under a second, far inside the limit.
    @Test(.timeLimit(.minutes(1)))
    func sanitisingIsLinearInTheSizeOfTheText() {
        let line = String(repeating: "word ", count: 12) + "é\u{1B}[1m\n"
        let text = String(repeating: line, count: 4_000_000 / line.utf8.count)
        let safe = TextSanitizer.sanitize(text, keepNewlines: true)
        #expect(safe.utf8.count == text.utf8.count + text.utf8.count / line.utf8.count)
        #expect(!safe.unicodeScalars.contains { $0 != "\n" && TextSanitizer.needsEscaping($0) })
        let json = TextSanitizer.escapeJSON(String(repeating: "\u{9B}x", count: 1_000_000))
        #expect(json.utf8.count == 7_000_000)
    }
}
