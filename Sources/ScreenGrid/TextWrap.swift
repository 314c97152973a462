/// Word wrapping by display width.
public enum TextWrap {
    /// Splits `text` into lines no wider than `width` columns.
    ///
    /// Breaks at spaces where possible (the spaces at a break are dropped), hard-splits
    /// words wider than a line, and starts a new line at every "\n" (so "a\n" gives
    /// ["a", ""]). Other spaces, including indentation, are kept. A wide character cannot
    /// fit in a 1-column line: there it is replaced by "?", the only case where a
    /// character is not kept. A width below 1 counts as 1 (a tiny terminal must not crash
    /// the console). Sanitise the text first; this does not.
    public static func wrap(_ text: String, width requestedWidth: Int) -> [String] {
        let width = max(1, requestedWidth)
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            wrapParagraph(paragraph, width: width, into: &lines)
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line: [Character] = []
        var lineWidth = 0
        var lastSpace: Int?  // index in `line` of the last space, a break opportunity
        var skippingSpaces = false  // spaces right after a break are dropped

        func emit(_ characters: ArraySlice<Character>) {
            var end = characters.endIndex
            while end > characters.startIndex, characters[end - 1] == " " { end -= 1 }
            lines.append(String(characters[characters.startIndex..<end]))
        }

        for original in paragraph {
            var character = original
            var columns = TextWidth.of(character)
            if columns > width {
                character = "?"
                columns = 1
            }
            if character == " " {
                if skippingSpaces { continue }
                if lineWidth + 1 > width {
                    emit(line[...])
                    line = []
                    lineWidth = 0
                    lastSpace = nil
                    skippingSpaces = true
                    continue
                }
                line.append(" ")
                lineWidth += 1
                lastSpace = line.count - 1
                continue
            }
            skippingSpaces = false
            if lineWidth + columns > width {
                // Break at the last space unless only spaces precede it (indentation).
                if let space = lastSpace, line[..<space].contains(where: { $0 != " " }) {
                    emit(line[..<space])
                    line = Array(line[(space + 1)...])
                } else {
                    emit(line[...])
                    line = []
                }
                lastSpace = nil
                lineWidth = TextWidth.of(String(line))
                if lineWidth + columns > width {
                    emit(line[...])
                    line = []
                    lineWidth = 0
                }
            }
            line.append(character)
            lineWidth += columns
        }
        if !line.isEmpty || !skippingSpaces {
            lines.append(String(line))
        }
    }
}
