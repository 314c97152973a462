/// Makes stored or typed text safe to draw: control characters become visible, never raw.
///
/// Text from the store or the user must never reach the terminal as-is: an ESC could start
/// an escape sequence, a bidi override could make text read differently from what is stored.
/// Nothing is dropped silently; each dangerous character is shown in a visible notation:
/// - C0 controls in caret notation: ESC → `^[`, BEL → `^G`, NUL → `^@`, CR → `^M`;
/// - DEL → `^?`;
/// - C1 controls (U+0080–U+009F) and bidi controls (embedding/override U+202A–U+202E,
///   isolates U+2066–U+2069, marks U+200E, U+200F, U+061C) as `<U+009B>`;
/// - TAB → one space (a tab's width depends on the terminal's tab stops);
/// - "\n" → `^J`, or kept as a line break with `keepNewlines` (then "\r\n" counts as one
///   line break, and a lone "\r" is still shown as `^M`).
///
/// So `"\u{1b}[31mred"` is shown as `^[[31mred`. Linear in the size of the text: one pass,
/// appending to one growing buffer.
public enum TextSanitizer {
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscaping($0) && !(keepNewlines && $0 == "\n") }) else { return text }
        // One UTF-8 buffer, decoded once: appending to a String's unicode scalar view copies the
        // whole string each time, which made this quadratic (1 MB took 15 s).
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        var pendingReturn = false  // a "\r" that may start a "\r\n" line break
        for scalar in text.unicodeScalars {
            if keepNewlines {
                if pendingReturn {
                    pendingReturn = false
                    if scalar == "\n" {
                        result.append(0x0A)
                        continue
                    }
                    result += [0x5E, 0x4D]  // ^M
                }
                if scalar == "\n" {
                    result.append(0x0A)
                    continue
                }
                if scalar == "\r" {
                    pendingReturn = true
                    continue
                }
            }
            appendVisible(scalar, to: &result)
        }
        if pendingReturn { result += [0x5E, 0x4D] }
        return String(decoding: result, as: UTF8.self)
    }

    /// True if the scalar must not be written to a terminal raw.
    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || isBidiControl(value)
    }

    /// The visible notation for one scalar (itself if it is harmless).
    static func visible(_ scalar: Unicode.Scalar) -> String {
        var bytes: [UInt8] = []
        appendVisible(scalar, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `scalar`'s visible notation.
    static func appendVisible(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0x09:
            bytes.append(0x20)
        case 0x00..<0x20:
            bytes += [0x5E, UInt8(value + 0x40)]
        case 0x7F:
            bytes += [0x5E, 0x3F]
        case 0x80...0x9F:
            bytes += codePointNotation(value).utf8
        default:
            if isBidiControl(value) {
                bytes += codePointNotation(value).utf8
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    /// True for the bidi controls that can make text read differently from what is stored.
    public static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
            || value == 0x061C
    }

    /// JSON text safe for a terminal with the same meaning: DEL, C1 controls and bidi controls
    /// (which a JSON encoder leaves raw inside strings) become `\uXXXX` escapes; C0 controls,
    /// which valid JSON never holds raw, are escaped the same way should any be there.
    /// These characters can only occur inside JSON strings, so the value decodes unchanged;
    /// tab, line feed and carriage return are whitespace between tokens and stay.
    public static func escapeJSON(_ json: String) -> String {
        func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
            scalar != "\n" && scalar != "\t" && scalar != "\r" && Self.needsEscaping(scalar)
        }
        guard json.unicodeScalars.contains(where: needsEscaping) else { return json }
        var result: [UInt8] = []
        result.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            if needsEscaping(scalar) {
                result += unicodeEscape(scalar.value).utf8
            } else {
                UTF8.encode(scalar) { result.append($0) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `\u001B`: the escape JSON and TOML strings share for a character below U+10000.
    public static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func codePointNotation(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
