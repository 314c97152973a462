/// Bracketed paste: the pure marker parser, fed key codes as curses returns them.
import CNcurses
import Testing
@testable import CursesTerminal

@Suite struct BracketedPasteParserTests {
    private func codes(_ text: String) -> [RawKey] { text.unicodeScalars.map { RawKey(Int32($0.value)) } }

    private func feed(_ parser: inout BracketedPasteParser, _ text: String) -> [BracketedPasteParser.Event] {
        codes(text).flatMap { parser.feed($0) }
    }

    @Test func plainKeysPassStraightThrough() {
        var parser = BracketedPasteParser()
        #expect(feed(&parser, "qR") == codes("qR").map(BracketedPasteParser.Event.key))
        #expect(!parser.isPending)
    }

    @Test func aPasteIsOneEventWithLineEndsAsNewlines() {
        var parser = BracketedPasteParser()
        let events = feed(&parser, "\u{1B}[200~q first\r\nR second\rthird\n\u{1B}[201~x")
        #expect(events == [.paste("q first\nR second\nthird\n"), .key(RawKey(120))])
        #expect(!parser.isPending)
    }

    @Test func aPasteInChunksStaysOnePaste() {
        var parser = BracketedPasteParser()
        var events = feed(&parser, "\u{1B}")
        #expect(events.isEmpty && parser.isPending && !parser.isInPaste)
        events += feed(&parser, "[200~quit")
        #expect(events.isEmpty && parser.isInPaste)
        events += feed(&parser, " now\u{1B}[2")  // the end marker split too
        #expect(events.isEmpty && parser.isPending)
        events += feed(&parser, "01~")
        #expect(events == [.paste("quit now")])
    }

    @Test func aMissingEndMarkerGivesWhatWasRead() {
        var parser = BracketedPasteParser()
        #expect(feed(&parser, "\u{1B}[200~half a paste\u{1B}[20").isEmpty)
        #expect(parser.finish() == [.paste("half a paste\u{1B}[20")])
        #expect(!parser.isPending)
    }

    @Test func escapeAndOtherSequencesAreKeys() {
        var parser = BracketedPasteParser()
        #expect(feed(&parser, "\u{1B}").isEmpty)
        #expect(parser.finish() == [.key(RawKey(27))], "a lone Esc after the wait")
        // A whole sequence curses left undecoded is one key (Ctrl-Up is Up), not Esc and letters.
        #expect(feed(&parser, "\u{1B}[1;5A") == [.key(RawKey(KEY_UP, isFunctionKey: true))])
        // An ESC that breaks off a marker may start the next one.
        let events = feed(&parser, "\u{1B}[2\u{1B}[200~a\u{1B}[201~")
        #expect(events == codes("\u{1B}[2").map(BracketedPasteParser.Event.key) + [.paste("a")])
    }

    @Test func escapesInsideAPasteThatAreNotTheEndMarkerAreText() {
        var parser = BracketedPasteParser()
        #expect(feed(&parser, "\u{1B}[200~a\u{1B}[20x\u{1B}\u{1B}[201~") == [.paste("a\u{1B}[20x\u{1B}")])
    }

    @Test func aResizeDuringAPasteComesAfterIt() {
        var parser = BracketedPasteParser()
        var events = feed(&parser, "\u{1B}[200~ab")
        events += parser.feed(RawKey(410, isFunctionKey: true))
        events += feed(&parser, "c\u{1B}[201~")
        #expect(events == [.paste("abc"), .key(RawKey(410, isFunctionKey: true))])
    }

    @Test func textBeyondTheLimitIsDroppedUpToTheEndMarker() {
        var parser = BracketedPasteParser(maximumBytes: 4)
        #expect(feed(&parser, "\u{1B}[200~abé" + String(repeating: "q", count: 100) + "\u{1B}[201~R")
            == [.paste("abé"), .key(RawKey(82))])
    }
}
