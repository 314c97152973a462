/// Plain-text dumps of a grid's text and styles, for snapshot tests.
extension Grid {
    /// Each row as text: one character per cell, continuation cells left out (so a wide
    /// character appears once, as in `tmux capture-pane`), trailing spaces kept so every
    /// line shows the full width.
    public func textLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line.append(self[x, y].text)
            }
            return line
        }
    }

    /// Each row as one letter per cell (continuations included, so rows are `width` long):
    /// "." for `Style.plain`, then "a", "b", … for other styles in order of first appearance
    /// (row by row). `styleLegend()` says which letter is which style.
    public func styleLines() -> [String] {
        let letters = styleLetters()
        return (0..<height).map { y in
            String((0..<width).map { x in letters.letter[self[x, y].style] ?? "." })
        }
    }

    /// One line per letter used in `styleLines()`: "a: fg=red bg=default bold".
    public func styleLegend() -> [String] {
        let letters = styleLetters()
        return letters.order.map { "\(letters.letter[$0]!): \($0.summary)" }
    }

    /// Text rows, then style rows, then the legend, as one string for a snapshot file.
    public func snapshot() -> String {
        var lines = textLines().map { "|" + $0 + "|" }
        lines.append("")
        lines.append(contentsOf: styleLines())
        lines.append(contentsOf: styleLegend())
        return lines.joined(separator: "\n") + "\n"
    }

    private func styleLetters() -> (letter: [Style: Character], order: [Style]) {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var letter: [Style: Character] = [:]
        var order: [Style] = []
        for y in 0..<height {
            for x in 0..<width {
                let style = self[x, y].style
                guard style != .plain, letter[style] == nil else { continue }
                letter[style] = order.count < alphabet.count ? alphabet[order.count] : "*"
                order.append(style)
            }
        }
        return (letter, order)
    }
}
