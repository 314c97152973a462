/// A countdown in large block digits: 5 rows (one pixel a cell) or 3 rows (half blocks, Unicode only).
import ScreenGrid

enum BigDigits {
    /// A 3x5 pixel font: "#" is ink.
    private static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
    ]

    enum Size { case tall, compact }

    /// Columns the text takes with `pixelWidth` columns per pixel.
    static func width(of text: String, pixelWidth: Int) -> Int {
        let glyphs = text.compactMap { font[$0] }
        // The one-pixel gap between glyphs is scaled like the glyphs.
        return (glyphs.reduce(0) { $0 + $1[0].count } + max(0, glyphs.count - 1)) * pixelWidth
    }

    /// The rows of `text` (digits and colons), each row as one string; tall rows repeat `pixelHeight` times.
    static func rows(_ text: String, size: Size, pixelWidth: Int, pixelHeight: Int = 1, unicode: Bool) -> [String] {
        let glyphs = text.compactMap { font[$0] }
        let pixels = (0..<5).map { row in glyphs.map { $0[row] }.joined(separator: " ") }
        func scaled(_ cell: String) -> String { String(repeating: cell, count: pixelWidth) }
        switch size {
        case .tall:
            let ink = unicode ? "\u{2588}" : "#"
            return pixels.flatMap { row in
                Array(repeating: row.map { $0 == "#" ? scaled(ink) : scaled(" ") }.joined(), count: max(1, pixelHeight))
            }
        case .compact:
            // Each row of cells shows two rows of pixels: full, upper or lower half block.
            return [0, 2, 4].map { top in
                let upper = Array(pixels[top]), lower = top + 1 < 5 ? Array(pixels[top + 1]) : Array(repeating: " ", count: upper.count)
                return zip(upper, lower).map { pair -> String in
                    switch (pair.0 == "#", pair.1 == "#") {
                    case (true, true): scaled("\u{2588}")
                    case (true, false): scaled("\u{2580}")
                    case (false, true): scaled("\u{2584}")
                    case (false, false): scaled(" ")
                    }
                }.joined()
            }
        }
    }
}
