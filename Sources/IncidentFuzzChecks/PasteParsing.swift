/// The console's bracketed-paste parser and key mapping, as `CursesTerminal.readKey` chains them.
import ScreenGrid
#if DEBUG
@testable import CursesTerminal
#else
import CursesTerminal
#endif

/// Debug builds (the fuzz and test builds) use the terminal's own internal parser; a release build, which cannot
/// see it, maps each code as a key.
struct PasteParsing {
    #if DEBUG
    private var parser = BracketedPasteParser()
    #endif

    mutating func feed(_ code: (code: Int32, isFunctionKey: Bool)) -> [KeyEvent] {
        #if DEBUG
        keys(parser.feed(RawKey(code.code, isFunctionKey: code.isFunctionKey)))
        #else
        KeyMapping.map(code: code.code, isFunctionKey: code.isFunctionKey).map { [$0] } ?? []
        #endif
    }

    /// The terminal went quiet: held codes are keys, an unfinished paste is the text so far.
    mutating func finish() -> [KeyEvent] {
        #if DEBUG
        keys(parser.finish())
        #else
        []
        #endif
    }

    #if DEBUG
    private func keys(_ events: [BracketedPasteParser.Event]) -> [KeyEvent] {
        events.compactMap { event in
            switch event {
            case let .key(raw): KeyMapping.map(code: raw.code, isFunctionKey: raw.isFunctionKey)
            case let .paste(text): .paste(text)
            }
        }
    }
    #endif
}
