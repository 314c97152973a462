/// What the fuzz checks demand of text: no control characters where only text belongs, none at all on a screen.
import ScreenGrid

enum ScreenSafety {
    /// A C0 or C1 control or DEL other than newline and tab: what typed text must never hold.
    static func firstControl(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }
    }

    /// Fails if any cell of the grid holds a character that must not reach a terminal raw (controls, ESC, C1, bidi).
    static func check(_ grid: Grid, _ what: String) throws {
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let text = grid[x, y].text
                if let bad = text.unicodeScalars.first(where: TextSanitizer.needsEscaping) {
                    throw FuzzFailure("\(what): the cell at column \(x), row \(y) holds U+\(hex(bad)) raw")
                }
            }
        }
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
