/// Curses key codes to `KeyEvent`, as a pure function.
import CNcurses
import ScreenGrid
import Testing
@testable import CursesTerminal

@Suite struct KeyMappingTests {
    @Test func functionKeyCodes() {
        #expect(KeyMapping.map(code: KEY_UP, isFunctionKey: true) == .up)
        #expect(KeyMapping.map(code: KEY_DOWN, isFunctionKey: true) == .down)
        #expect(KeyMapping.map(code: KEY_LEFT, isFunctionKey: true) == .left)
        #expect(KeyMapping.map(code: KEY_RIGHT, isFunctionKey: true) == .right)
        #expect(KeyMapping.map(code: KEY_HOME, isFunctionKey: true) == .home)
        #expect(KeyMapping.map(code: KEY_END, isFunctionKey: true) == .end)
        #expect(KeyMapping.map(code: KEY_PPAGE, isFunctionKey: true) == .pageUp)
        #expect(KeyMapping.map(code: KEY_NPAGE, isFunctionKey: true) == .pageDown)
        #expect(KeyMapping.map(code: KEY_BACKSPACE, isFunctionKey: true) == .backspace)
        #expect(KeyMapping.map(code: KEY_DC, isFunctionKey: true) == .delete)
        #expect(KeyMapping.map(code: KEY_BTAB, isFunctionKey: true) == .backTab)
        #expect(KeyMapping.map(code: KEY_ENTER, isFunctionKey: true) == .enter)
        #expect(KeyMapping.map(code: KEY_RESIZE, isFunctionKey: true) == .resize)
        #expect(KeyMapping.map(code: KEY_F0 + 1, isFunctionKey: true) == .function(1))
        #expect(KeyMapping.map(code: KEY_F0 + 12, isFunctionKey: true) == .function(12))
        #expect(KeyMapping.map(code: KEY_MOUSE, isFunctionKey: true) == nil)
        #expect(KeyMapping.map(code: KEY_IC, isFunctionKey: true) == nil)
    }

    @Test func characterCodes() {
        #expect(KeyMapping.map(code: 27, isFunctionKey: false) == .escape)
        #expect(KeyMapping.map(code: 127, isFunctionKey: false) == .backspace)
        #expect(KeyMapping.map(code: 8, isFunctionKey: false) == .backspace)
        #expect(KeyMapping.map(code: 9, isFunctionKey: false) == .tab)
        #expect(KeyMapping.map(code: 10, isFunctionKey: false) == .enter)
        #expect(KeyMapping.map(code: 13, isFunctionKey: false) == .enter)
        #expect(KeyMapping.map(code: 3, isFunctionKey: false) == .control("c"))
        #expect(KeyMapping.map(code: 1, isFunctionKey: false) == .control("a"))
        #expect(KeyMapping.map(code: 12, isFunctionKey: false) == .control("l"))
        #expect(KeyMapping.map(code: 23, isFunctionKey: false) == .control("w"))
        #expect(KeyMapping.map(code: 0, isFunctionKey: false) == .control("@"))
        #expect(KeyMapping.map(code: 0x71, isFunctionKey: false) == .character("q"))
        #expect(KeyMapping.map(code: 0x20, isFunctionKey: false) == .character(" "))
        #expect(KeyMapping.map(code: 0x6F22, isFunctionKey: false) == .character("漢"))
        #expect(KeyMapping.map(code: 0x9B, isFunctionKey: false) == nil)
        #expect(KeyMapping.map(code: 0xD800, isFunctionKey: false) == nil)  // a lone surrogate
        // Function-key codes are only function keys when curses says so.
        #expect(KeyMapping.map(code: KEY_UP, isFunctionKey: false) == .character(Character(Unicode.Scalar(UInt32(KEY_UP))!)))
    }
}

@Suite struct ColorAndEscapeTests {
    @Test func coloursFitTheTerminal() {
        #expect(ColorMapping.resolve(.default, colorCount: 256) == .init(number: -1, needsBold: false))
        #expect(ColorMapping.resolve(.red, colorCount: 8) == .init(number: 1, needsBold: false))
        #expect(ColorMapping.resolve(.brightRed, colorCount: 256) == .init(number: 9, needsBold: false))
        #expect(ColorMapping.resolve(.brightRed, colorCount: 8) == .init(number: 1, needsBold: true))
        #expect(ColorMapping.resolve(.indexed(208), colorCount: 256) == .init(number: 208, needsBold: false))
        #expect(ColorMapping.resolve(.indexed(196), colorCount: 8) == .init(number: 1, needsBold: true))  // pure red
        #expect(ColorMapping.resolve(.indexed(196), colorCount: 16) == .init(number: 9, needsBold: false))
        #expect(ColorMapping.resolve(.indexed(17), colorCount: 8) == .init(number: 0, needsBold: true))  // dark blue → grey
        #expect(ColorMapping.resolve(.indexed(255), colorCount: 8) == .init(number: 7, needsBold: true))
        #expect(ColorMapping.resolve(.indexed(232), colorCount: 8) == .init(number: 0, needsBold: false))
    }

    @Test func colourPairsAreAllocatedOnceAndRunOut() {
        var created: [[Int16]] = []
        var pairs = ColorPairs(limit: 3) { created.append([$0, $1, $2]) }
        #expect(pairs.pair(foreground: -1, background: -1) == 0)
        #expect(pairs.pair(foreground: 1, background: -1) == 1)
        #expect(pairs.pair(foreground: 1, background: -1) == 1)
        #expect(pairs.pair(foreground: 2, background: 4) == 2)
        #expect(pairs.pair(foreground: 3, background: 4) == 0)  // only pairs 1 and 2 exist
        #expect(created == [[1, 1, -1], [2, 2, 4]])
    }

    @Test func notificationEscapesAreSanitised() {
        let text = NotificationEscape.sequences(title: "SEV1; db", body: "lag\u{07}\u{1b}]0;pwn")
        #expect(text == "\u{1B}]9;SEV1, db: lag^G^[]0;pwn\u{07}" + "\u{1B}]777;notify;SEV1, db;lag^G^[]0;pwn\u{07}")
        #expect(text.unicodeScalars.filter { $0.value < 0x20 }.count == 4)  // two ESC, two BEL: the frames only
    }

    @Test func insideTmuxEachNotificationIsWrappedForPassthrough() {
        let text = NotificationEscape.sequences(title: "SEV1", body: "due", insideTmux: true)
        let osc9 = "\u{1B}\u{1B}]9;SEV1: due\u{07}"
        let osc777 = "\u{1B}\u{1B}]777;notify;SEV1;due\u{07}"
        #expect(text == "\u{1B}Ptmux;\(osc9)\u{1B}\\" + "\u{1B}Ptmux;\(osc777)\u{1B}\\")
    }

    @Test func aCellHoldsTheFirstEmojiOfASequenceAndItsMarksButNoJoiner() {
        func cell(_ text: Character) -> String { String(String.UnicodeScalarView(CursesTerminal.cellScalars(of: text))) }
        #expect(cell("👩\u{200D}💻") == "👩")
        #expect(cell("🇬🇧") == "🇬")
        #expect(cell("👍🏽") == "👍")
        #expect(cell("❤\u{FE0F}") == "❤\u{FE0F}", "a variation selector stays with its character")
        #expect(cell("e\u{301}") == "e\u{301}", "a combining accent stays")
        #expect(cell("漢") == "漢")
    }

    @Test func utf8LocaleIsDetectedFromTheEnvironment() {
        #expect(LocaleSetup.wantsUTF8(["LANG": "en_US.UTF-8"]))
        #expect(LocaleSetup.wantsUTF8(["LC_ALL": "de_DE.utf8", "LANG": "C"]))
        #expect(!LocaleSetup.wantsUTF8(["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
        #expect(LocaleSetup.wantsUTF8(["LC_ALL": "", "LANG": "en_US.UTF-8"]))
        #expect(!LocaleSetup.wantsUTF8([:]))
    }
}
