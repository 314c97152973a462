/// An editable line (or paragraph) of text with a cursor, edited one key at a time.
public struct TextField: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Index into `characters` where the next character goes.
    public private(set) var cursor: Int
    /// A multi-line field keeps pasted newlines; a single-line one turns them into spaces.
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.multiline = multiline
    }

    public var text: String { String(characters) }

    public mutating func insert(_ character: Character) {
        insert(contentsOf: [character])
    }

    /// Inserts several characters at the cursor and moves it past them (a paste).
    public mutating func insert(contentsOf inserted: [Character]) {
        // Regrouped as text: the terminal sends an emoji sequence, a flag or a skin tone one code point at a
        // time, and the pieces must become one character, so that Backspace removes what is seen.
        let before = String(characters[..<cursor]) + String(inserted)
        let after = String(characters[cursor...])
        characters = Array(before + after)
        cursor = min(Array(before).count, characters.count)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func clear() {
        characters = []
        cursor = 0
    }

    /// Ctrl-W: the spaces before the cursor, then the word before them.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }
}
