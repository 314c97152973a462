/// Makes stored or typed text safe to draw: control characters become visible, never raw.
///
/// Text from the store or the user must never reach the terminal as-is: an ESC could start
/// an escape sequence, a bidi override could make text read differently from what is stored.
/// Nothing is dropped silently; each dangerous character is shown in a visible notation:
/// - C0 controls in caret notation: ESC → `^[`, BEL → `^G`, NUL → `^@`, CR → `^M`;
/// - DEL → `^?`;
/// - C1 controls (U+0080–U+009F) and bidi embedding/override/isolate controls
///   (U+202A–U+202E, U+2066–U+2069) as `<U+009B>`;
/// - TAB → one space (a tab's width depends on the terminal's tab stops);
/// - "\n" → `^J`, or kept as a line break with `keepNewlines` (then "\r\n" counts as one
///   line break, and a lone "\r" is still shown as `^M`).
///
/// So `"\u{1b}[31mred"` is shown as `^[[31mred`.
public enum TextSanitizer {
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if keepNewlines {
                if scalar == "\n" {
                    result.append(scalar)
                    continue
                }
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" {
                    result.append("\n")
                    index += 1
                    continue
                }
            }
            result.append(contentsOf: visible(scalar).unicodeScalars)
        }
        return String(result)
    }

    /// True if the scalar must not be written to a terminal raw.
    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || isBidiControl(value)
    }

    /// The visible notation for one scalar (itself if it is harmless).
    static func visible(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        switch value {
        case 0x09:
            return " "
        case 0x00..<0x20:
            return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
        case 0x7F:
            return "^?"
        case 0x80...0x9F:
            return codePointNotation(value)
        default:
            return isBidiControl(value) ? codePointNotation(value) : String(scalar)
        }
    }

    private static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    private static func codePointNotation(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
