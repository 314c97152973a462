/// Finds bracketed pastes (`ESC [ 2 0 0 ~` … `ESC [ 2 0 1 ~`) in the key codes curses returns, so pasted text is never run as keys.

/// One code as `wget_wch` returned it.
struct RawKey: Equatable, Sendable {
    var code: Int32
    /// True when `wget_wch` returned `KEY_CODE_YES` (a curses key such as `KEY_RESIZE`).
    var isFunctionKey: Bool

    init(_ code: Int32, isFunctionKey: Bool = false) {
        self.code = code
        self.isFunctionKey = isFunctionKey
    }
}

/// A pure state machine fed one code at a time. Curses (with a 25 ms ESC delay and no terminfo entry for the
/// markers) hands `ESC [ 2 0 0 ~` over as six separate codes, so the markers are matched here, above keypad.
/// So are other escape sequences curses leaves undecoded (`EscapeSequence`): each is one key or none.
/// While `isPending`, the caller reads on: briefly after an ESC (`isInPaste` false), for up to a couple of
/// seconds of silence inside a paste, then calls `finish()`.
struct BracketedPasteParser {
    enum Event: Equatable {
        /// Not part of a paste: map it as a key.
        case key(RawKey)
        /// The pasted text, CR and CRLF turned into "\n".
        case paste(String)
    }

    static let startMarker: [Int32] = [27, 91, 50, 48, 48, 126]  // ESC [ 2 0 0 ~
    static let endMarker: [Int32] = [27, 91, 50, 48, 49, 126]    // ESC [ 2 0 1 ~

    private enum State {
        case idle
        /// Codes that so far match the start marker.
        case start([RawKey])
        /// Inside a paste: the text so far, how much of the end marker the last codes match, and keys (a
        /// resize) that arrived meanwhile, to hand over after the paste.
        case paste(text: String.UnicodeScalarView, endMatched: Int, deferred: [RawKey])
    }

    /// Pasted text beyond this many UTF-8 bytes is dropped (still up to the end marker, so it never runs as keys).
    let maximumBytes: Int
    private var state = State.idle
    private var bytes = 0

    init(maximumBytes: Int = 1 << 20) {
        self.maximumBytes = maximumBytes
    }

    /// True while codes are held back: the caller should read on before using the events.
    var isPending: Bool {
        if case .idle = state { false } else { true }
    }

    /// True once the start marker was seen and the end marker not yet.
    var isInPaste: Bool {
        if case .paste = state { true } else { false }
    }

    /// Feeds one code; returns the events it completes (often none while a marker is being matched).
    mutating func feed(_ key: RawKey) -> [Event] {
        switch state {
        case .idle:
            if key == RawKey(Self.startMarker[0]) {
                state = .start([key])
                return []
            }
            return [.key(key)]
        case var .start(matched):
            switch EscapeSequence.step(matched, key) {
            case .more:
                matched.append(key)
                state = .start(matched)
                return []
            case .complete:
                state = .idle
                matched.append(key)
                if matched == Self.startMarker.map({ RawKey($0) }) {
                    bytes = 0
                    state = .paste(text: String.UnicodeScalarView(), endMatched: 0, deferred: [])
                    return []
                }
                // A whole sequence curses did not decode (F1 as `ESC [ 1 1 ~` or `ESC [ [ A` under another
                // terminal's terminfo): one key if known, else nothing. Never an Esc and letters, which would
                // cancel or leave a screen and then run the letters as keys.
                return EscapeSequence.key(matched).map { [.key($0)] } ?? []
            case .notASequence:
                // A lone Esc, Alt-x, or a sequence broken off by a control code: the held codes are keys after
                // all, and this code starts afresh (it may be another ESC).
                state = .idle
                return matched.map(Event.key) + feed(key)
            }
        case .paste(var text, var endMatched, var deferred):
            if key.isFunctionKey {
                deferred.append(key)
            } else if key.code == Self.endMarker[endMatched] {
                endMatched += 1
                if endMatched == Self.endMarker.count {
                    state = .idle
                    return [.paste(Self.normalized(text))] + deferred.map(Event.key)
                }
            } else {
                // The codes that looked like the end marker were text; this one may begin the marker again.
                for code in Self.endMarker.prefix(endMatched) { append(code, to: &text) }
                endMatched = 0
                if key.code == Self.endMarker[0] {
                    endMatched = 1
                } else {
                    append(key.code, to: &text)
                }
            }
            state = .paste(text: text, endMatched: endMatched, deferred: deferred)
            return []
        }
    }

    /// No more input came: held codes are keys, and a paste whose end marker never came is the text read so far.
    mutating func finish() -> [Event] {
        defer { state = .idle }
        switch state {
        case .idle:
            return []
        case let .start(matched):
            return matched.map(Event.key)
        case .paste(var text, let endMatched, let deferred):
            for code in Self.endMarker.prefix(endMatched) { append(code, to: &text) }
            return [.paste(Self.normalized(text))] + deferred.map(Event.key)
        }
    }

    private mutating func append(_ code: Int32, to text: inout String.UnicodeScalarView) {
        guard code >= 0, let scalar = Unicode.Scalar(UInt32(code)) else { return }
        let size = String(scalar).utf8.count
        guard bytes + size <= maximumBytes else { return }
        bytes += size
        text.append(scalar)
    }

    /// CR and CRLF (what terminals send for a pasted line end) become "\n".
    static func normalized(_ text: String.UnicodeScalarView) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            out.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(out)
    }
}
