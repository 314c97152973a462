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
