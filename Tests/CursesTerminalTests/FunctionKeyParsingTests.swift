/// F1 and other keys sent as escape sequences curses did not decode: one key each, and the next key stays a key.
import CNcurses
import ScreenGrid
import Testing
@testable import CursesTerminal

@Suite struct FunctionKeyParsingTests {
    /// Codes as curses returns them, through the parser and the key mapping, as `CursesTerminal.readKey` chains them.
    private func keys(_ text: String, finish: Bool = true) -> [KeyEvent] {
        var parser = BracketedPasteParser()
        var events = text.unicodeScalars.flatMap { parser.feed(RawKey(Int32($0.value))) }
        if finish { events += parser.finish() }
        return events.compactMap { event in
            switch event {
            case let .key(raw): KeyMapping.map(code: raw.code, isFunctionKey: raw.isFunctionKey)
            case let .paste(text): .paste(text)
            }
        }
    }

    @Test(arguments: [
        ("\u{1B}OP", "xterm and tmux"), ("\u{1B}[11~", "vt220, rxvt, PuTTY"), ("\u{1B}[[A", "the Linux console"),
        ("\u{1B}[1;2P", "xterm, with Shift"), ("\u{1B}O2P", "older xterm, with Shift"),
    ])
    func f1IsOneKeyAndTheNextKeyIsKept(sequence: String, terminal: String) {
        #expect(keys(sequence + "q") == [.function(1), .character("q")], "F1 from \(terminal)")
        #expect(keys(sequence + "\u{1B}OPa") == [.function(1), .function(1), .character("a")], "F1 twice then a, from \(terminal)")
        #expect(keys(sequence + "\u{1B}") == [.function(1), .escape], "F1 then Esc, from \(terminal)")
    }

    @Test func f1DecodedByCursesIsF1() {
        #expect(KeyMapping.map(code: cn_key_f(1), isFunctionKey: true) == .function(1))
        var parser = BracketedPasteParser()
        #expect(parser.feed(RawKey(cn_key_f(1), isFunctionKey: true)) == [.key(RawKey(cn_key_f(1), isFunctionKey: true))])
        #expect(!parser.isPending, "nothing is held back after a decoded F1")
    }

    @Test func otherFunctionAndCursorKeys() {
        #expect(keys("\u{1B}[15~\u{1B}[17~\u{1B}[24~") == [.function(5), .function(6), .function(12)])
        #expect(keys("\u{1B}OA\u{1B}[B\u{1B}[1;5C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(keys("\u{1B}[H\u{1B}[4~\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[Z") == [.home, .end, .pageUp, .pageDown, .delete, .backTab])
        #expect(keys("\u{1B}OM") == [.enter], "the keypad's Enter")
    }

    @Test func unknownSequencesAreNoKeysAndNothingAfterThemIsLost() {
        #expect(keys("\u{1B}[2~a") == [.character("a")], "Insert: no key here")
        #expect(keys("\u{1B}[?1;2cR") == [.character("R")], "a terminal's answer is not typed")
    }

    @Test func escAloneAltAndBrokenSequencesAreKeysAsBefore() {
        #expect(keys("\u{1B}") == [.escape])
        #expect(keys("\u{1B}x") == [.escape, .character("x")], "Alt-x")
        #expect(keys("\u{1B}[1", finish: true) == [.escape, .character("["), .character("1")], "cut off by silence")
        #expect(keys("\u{1B}[1\u{03}") == [.escape, .character("["), .character("1"), .control("c")], "broken by a control code")
        #expect(keys("\u{1B}[200~F1 pasted\u{1B}[201~") == [.paste("F1 pasted")], "the paste markers are still pastes")
    }
}
