/// Display widths of ASCII, CJK, emoji, combining and joined text.
import Testing
import ScreenGrid

@Suite struct TextWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(TextWidth.of("hello, world") == 12)
        #expect(TextWidth.of("") == 0)
    }

    @Test func cjkIsTwoColumnsPerCharacter() {
        #expect(TextWidth.of("漢字") == 4)
        #expect(TextWidth.of("かな") == 4)
        #expect(TextWidth.of("한국어") == 6)
        #expect(TextWidth.of("ＡＢ") == 4)  // fullwidth forms
        #expect(TextWidth.of("ｱ") == 1)  // halfwidth katakana
    }

    @Test func emojiIsTwoColumns() {
        #expect(TextWidth.of("🔥") == 2)
        #expect(TextWidth.of("🚨 down") == 7)
        #expect(TextWidth.of(Character("✅")) == 2)
    }

    @Test func combiningMarksAddNothing() {
        let decomposed = "e\u{301}"
        #expect(decomposed.count == 1)
        #expect(TextWidth.of(decomposed) == 1)
        #expect(TextWidth.of("cafe\u{301}") == 4)
        #expect(TextWidth.of(Character("\u{301}")) == 0)  // a lone combining mark
    }

    @Test func zwjSequencesAndFlagsAreTwoColumns() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(family.count == 1)
        #expect(TextWidth.of(family) == 2)
        #expect(TextWidth.of("🏳️‍🌈") == 2)
        #expect(TextWidth.of("🇩🇪") == 2)
        #expect(TextWidth.of("👍🏽") == 2)  // skin tone modifier
    }

    @Test func textPresentationSymbolsAreOneColumnUnlessAskedForEmoji() {
        #expect(TextWidth.of("⚠") == 1)
        #expect(TextWidth.of("⚠\u{FE0F}") == 2)
        #expect(TextWidth.of("1\u{FE0F}\u{20E3}") == 2)  // keycap
        #expect(TextWidth.of("✓") == 1)
        #expect(TextWidth.of("─│┌") == 3)
    }

    @Test func controlAndFormatCharactersAreZero() {
        #expect(TextWidth.of("\u{1B}") == 0)
        #expect(TextWidth.of("\u{200B}") == 0)
        #expect(TextWidth.of("\u{9B}") == 0)
    }

    @Test func hangulJamoSequenceTakesTheWidthOfItsBase() {
        let syllable = "\u{1100}\u{1161}"
        #expect(syllable.count == 1)
        #expect(TextWidth.of(syllable) == 2)
    }

    @Test func truncateCutsByColumnsAndAddsEllipsis() {
        #expect(TextWidth.truncate("incident", toWidth: 8) == "incident")
        #expect(TextWidth.truncate("incident", toWidth: 5) == "inci…")
        #expect(TextWidth.truncate("漢字漢字", toWidth: 5) == "漢字…")
        #expect(TextWidth.truncate("漢字漢字", toWidth: 4, ellipsis: "...") == "...")
        #expect(TextWidth.truncate("漢字漢字", toWidth: 5, ellipsis: "...") == "漢...")
        #expect(TextWidth.truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
        #expect(TextWidth.truncate("abc", toWidth: 0) == "")
    }
}
