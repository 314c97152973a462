/// Texts, whole numbers and true/false in a playbook or theme file; floats and dates are refused by name.
extension TOMLReader {
    /// `"..."` on one line, with TOML's escapes.
    mutating func basicString() throws -> String {
        at += 1
        var text: [UInt8] = []
        while true {
            guard let byte = peek, byte != 0x0A, byte != 0x0D else {
                throw problem("a text in quotes must end on the line it starts; expected '\"', found \(found())")
            }
            switch byte {
            case UInt8(ascii: "\""):
                at += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                at += 1
                let scalar = try escape()
                text += Array(String(Character(scalar)).utf8)
            default:
                guard !Self.isControl(byte) else {
                    throw problem("a text may not hold \(found()); write it as an escape such as \\u001B")
                }
                text.append(byte)
                at += 1
            }
        }
    }

    /// After a backslash: \b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX, nothing else.
    private mutating func escape() throws -> Unicode.Scalar {
        let simple: [UInt8: Unicode.Scalar] = [
            UInt8(ascii: "b"): "\u{08}", UInt8(ascii: "t"): "\t", UInt8(ascii: "n"): "\n", UInt8(ascii: "f"): "\u{0C}",
            UInt8(ascii: "r"): "\r", UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\",
        ]
        guard let byte = peek else { throw problem("a text in quotes must end on the line it starts; found the end of the file") }
        if let scalar = simple[byte] {
            at += 1
            return scalar
        }
        let count = byte == UInt8(ascii: "u") ? 4 : byte == UInt8(ascii: "U") ? 8 : 0
        guard count > 0 else {
            let shown = (0x21...0x7E).contains(byte) ? "'\\\(Character(Unicode.Scalar(byte)))'" : "a backslash before \(found())"
            throw problem("unknown escape \(shown) in a text; TOML has \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX and \\UXXXXXXXX")
        }
        at += 1
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let digit = peek.flatMap({ Self.digit($0, radix: 16) }) else {
                throw problem("\\\(Character(Unicode.Scalar(byte))) needs \(count) hexadecimal digits, found \(found())")
            }
            value = value * 16 + UInt32(digit)
            at += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw problem("the escape \(Self.codePoint(value)) is not a Unicode character (surrogates and values above 10FFFF are refused)")
        }
        return scalar
    }

    /// `'...'` on one line, taken as written.
    mutating func literalString() throws -> String {
        at += 1
        let start = at
        while true {
            guard let byte = peek, byte != 0x0A, byte != 0x0D else {
                throw problem("a text in quotes must end on the line it starts; expected \"'\", found \(found())")
            }
            if byte == UInt8(ascii: "'") { break }
            guard !Self.isControl(byte) else {
                throw problem("a text in single quotes may not hold \(found()); use double quotes and an escape such as \\u001B")
            }
            at += 1
        }
        at += 1
        return String(decoding: bytes[start..<(at - 1)], as: UTF8.self)
    }

    /// true, false, or a whole number; a float, date or time is refused as such.
    mutating func scalar() throws -> TOMLValue {
        let start = at
        while let byte = peek, Self.isBareKey(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") {
            at += 1
        }
        let token = Array(bytes[start..<at])
        let word = String(decoding: token, as: UTF8.self)
        guard !token.isEmpty else {
            throw problem("expected a value (a text in quotes, a whole number, true or false, a [list] or an { inline table }), found \(found())")
        }
        if word == "true" { return .boolean(true) }
        if word == "false" { return .boolean(false) }
        let signed = token[0] == UInt8(ascii: "+") || token[0] == UInt8(ascii: "-")
        let body = signed ? Array(token.dropFirst()) : token
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        if ["inf", "nan"].contains(String(decoding: body, as: UTF8.self)) {
            at = start
            throw problem("floats such as \(word) are \(Self.unsupported); use a whole number")
        }
        guard let first = body.first, isDigit(first) else {
            at = start
            throw problem("expected a value (a text in quotes, a whole number, true or false, a [list] or an { inline table }), found '\(word)'")
        }
        at = start
        if token.contains(UInt8(ascii: ":")) || (token.count > 4 && token[0..<4].allSatisfy(isDigit) && token[4] == UInt8(ascii: "-")) {
            throw problem("dates and times such as \(word) are \(Self.unsupported); write the value as a text in quotes")
        }
        let radixes: [UInt8: Int] = [UInt8(ascii: "x"): 16, UInt8(ascii: "o"): 8, UInt8(ascii: "b"): 2]
        let value: Int
        if body.count > 1, first == UInt8(ascii: "0"), let radix = radixes[body[1]] {
            guard !signed else { throw problem("a hexadecimal, octal or binary number such as \(word) takes no sign") }
            value = try number(Array(body.dropFirst(2)), radix: radix, negative: false, word: word)
        } else {
            if body.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                throw problem("floats such as \(word) are \(Self.unsupported); use a whole number")
            }
            if first == UInt8(ascii: "0"), body.count > 1 {
                throw problem("\(word): a whole number may not start with 0 (leading zeros are not allowed)")
            }
            value = try number(body, radix: 10, negative: token[0] == UInt8(ascii: "-"), word: word)
        }
        at = start + token.count
        return .integer(value)
    }

    /// Digits in `radix` with single underscores between them, as an Int64 (signed when `negative`).
    private func number(_ digits: [UInt8], radix: Int, negative: Bool, word: String) throws -> Int {
        var value = 0
        var previousWasDigit = false
        for byte in digits {
            if byte == UInt8(ascii: "_"), previousWasDigit {
                previousWasDigit = false
                continue
            }
            guard let digit = Self.digit(byte, radix: radix) else {
                throw problem("\(word) is not a whole number: digits (underscores only between digits) are expected")
            }
            let shifted = value.multipliedReportingOverflow(by: radix)
            let next = negative ? shifted.partialValue.subtractingReportingOverflow(digit) : shifted.partialValue.addingReportingOverflow(digit)
            guard !shifted.overflow, !next.overflow else {
                throw problem("\(word) is out of range: whole numbers go from \(Int.min) to \(Int.max)")
            }
            value = next.partialValue
            previousWasDigit = true
        }
        guard previousWasDigit else {
            throw problem("\(word) is not a whole number: digits (underscores only between digits) are expected")
        }
        return value
    }

    static func digit(_ byte: UInt8, radix: Int) -> Int? {
        let value: Int
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
        return value < radix ? value : nil
    }
}
