/// A strict reader for the TOML a playbook or theme file uses: tables, keys, texts, whole numbers, true/false, lists.
///
/// Everything else TOML 1.0 has (floats, dates and times, multi-line texts) is refused by name, and every mistake
/// is a `TOMLProblem` naming its line; no input makes it crash. Lists and inline tables nest at most 32 deep.
struct TOMLReader {
    static let maximumBytes = 1 << 20
    static let maximumDepth = 32
    static let unsupported = "not supported in a playbook or theme file"

    let bytes: [UInt8]
    var at = 0
    var line = 1

    static func read(_ text: String) throws -> TOMLTable {
        var reader = TOMLReader(bytes: Array(text.utf8))
        return try reader.document()
    }

    static func isBareKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// U+0000 to U+001F and U+007F: TOML allows only tab among them, in comments and texts alike.
    static func isControl(_ byte: UInt8) -> Bool { (byte < 0x20 && byte != 0x09) || byte == 0x7F }

    var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

    func peek(_ offset: Int) -> UInt8? { at + offset < bytes.count ? bytes[at + offset] : nil }

    func problem(_ message: String) -> TOMLProblem { TOMLProblem(line: line, message: message) }

    /// What is at the reading position, fit to print: a visible character in quotes, else its code point.
    func found() -> String {
        guard let byte = peek else { return "the end of the file" }
        switch byte {
        case 0x0A: return "the end of the line"
        case 0x0D: return peek(1) == 0x0A ? "the end of the line" : "a carriage return (U+000D) without a line feed after it"
        case 0x20: return "a space"
        case 0x27: return "\"'\""
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x00..<0x80: return "the control character \(Self.codePoint(UInt32(byte)))"
        default:
            let scalar = String(decoding: bytes[at..<min(at + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
            return "the character \(Self.codePoint(scalar?.value ?? 0xFFFD))"
        }
    }

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    mutating func skipSpaces() {
        while let byte = peek, byte == 0x20 || byte == 0x09 { at += 1 }
    }

    /// Past a `#` comment, up to (not over) the end of its line.
    mutating func skipComment() throws {
        at += 1
        while let byte = peek, byte != 0x0A, !(byte == 0x0D && peek(1) == 0x0A) {
            guard !Self.isControl(byte) else {
                throw problem("a comment may not hold \(found()); TOML allows no control character but tab there")
            }
            at += 1
        }
    }

    /// Over a line ending if one is here.
    mutating func skipNewline() -> Bool {
        if peek == 0x0A { at += 1 } else if peek == 0x0D, peek(1) == 0x0A { at += 2 } else { return false }
        line += 1
        return true
    }

    /// Spaces, comments and line endings, as a multi-line list allows between its items.
    mutating func skipBlank() throws {
        while true {
            skipSpaces()
            if peek == UInt8(ascii: "#") { try skipComment() }
            guard skipNewline() else { return }
        }
    }

    /// Spaces, a comment, then the end of the line (or of the file).
    mutating func endOfLine(after what: String) throws {
        skipSpaces()
        if peek == UInt8(ascii: "#") { try skipComment() }
        guard peek == nil || skipNewline() else {
            throw problem("expected the end of the line after \(what), found \(found())")
        }
    }

    mutating func document() throws -> TOMLTable {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
        let root = TOMLTableNode(.header)
        var current = root
        while true {
            skipSpaces()
            guard let byte = peek else { break }
            switch byte {
            case UInt8(ascii: "["): current = try header(root)
            case UInt8(ascii: "#"), 0x0A, 0x0D: try endOfLine(after: "a comment")
            default: try keyValue(into: current)
            }
        }
        return root.table
    }

    /// `[a.b]` or `[[a.b]]` and the rest of its line.
    mutating func header(_ root: TOMLTableNode) throws -> TOMLTableNode {
        let start = line
        at += 1
        let many = peek == UInt8(ascii: "[")
        if many { at += 1 }
        skipSpaces()
        let path = try key()
        skipSpaces()
        let close = many ? "]]" : "]"
        guard peek == UInt8(ascii: "]"), !many || peek(1) == UInt8(ascii: "]") else {
            throw problem("expected '\(close)' to close the table header, found \(found())")
        }
        at += close.utf8.count
        let table = try TOMLTableNode.header(root, path: path, many: many, line: start)
        let name = TOMLTableNode.name(path)
        try endOfLine(after: many ? "[[\(name)]]" : "[\(name)]")
        return table
    }

    /// `key = value` and the rest of its line.
    mutating func keyValue(into table: TOMLTableNode) throws {
        let start = line
        let (path, value) = try pair(depth: 0)
        try TOMLTableNode.assign(value, to: path, in: table, line: start)
        try endOfLine(after: "the value of \(TOMLTableNode.shown(path))")
    }

    /// `key = value`, here or inside an inline table.
    mutating func pair(depth: Int) throws -> ([String], TOMLValue) {
        let path = try key()
        skipSpaces()
        guard peek == UInt8(ascii: "=") else {
            throw problem("expected '=' after the key \(TOMLTableNode.shown(path)), found \(found())")
        }
        at += 1
        skipSpaces()
        return (path, try value(depth: depth))
    }

    /// A key: bare or quoted parts joined by dots.
    mutating func key() throws -> [String] {
        var path = [try simpleKey()]
        while true {
            let before = at
            skipSpaces()
            guard peek == UInt8(ascii: ".") else {
                at = before
                return path
            }
            at += 1
            skipSpaces()
            path.append(try simpleKey())
            guard path.count <= Self.maximumDepth else {
                throw problem("a key may have at most \(Self.maximumDepth) dotted parts")
            }
        }
    }

    mutating func simpleKey() throws -> String {
        switch peek {
        case UInt8(ascii: "\"")?:
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") { throw problem("a key cannot be a multi-line text") }
            return try basicString()
        case UInt8(ascii: "'")?:
            if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") { throw problem("a key cannot be a multi-line text") }
            return try literalString()
        default:
            let start = at
            while let byte = peek, Self.isBareKey(byte) { at += 1 }
            guard at > start else {
                throw problem("expected a key (letters, digits, '_' and '-', or a key in quotes), found \(found())")
            }
            return String(decoding: bytes[start..<at], as: UTF8.self)
        }
    }

    mutating func value(depth: Int) throws -> TOMLValue {
        switch peek {
        case UInt8(ascii: "\"")?:
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                throw problem("multi-line texts (\"\"\") are \(Self.unsupported); write the text on one line, with \\n for a line break")
            }
            return .text(try basicString())
        case UInt8(ascii: "'")?:
            if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") {
                throw problem("multi-line texts (''') are \(Self.unsupported); write the text on one line, with \\n for a line break")
            }
            return .text(try literalString())
        case UInt8(ascii: "[")?: return try list(depth: depth + 1)
        case UInt8(ascii: "{")?: return try inlineTable(depth: depth + 1)
        default: return try scalar()
        }
    }

    mutating func list(depth: Int) throws -> TOMLValue {
        guard depth <= Self.maximumDepth else { throw problem("lists and inline tables may nest at most \(Self.maximumDepth) deep") }
        at += 1
        var items: [TOMLValue] = []
        while true {
            try skipBlank()
            if peek == UInt8(ascii: "]") {
                at += 1
                return .list(items)
            }
            items.append(try value(depth: depth))
            try skipBlank()
            if peek == UInt8(ascii: ",") {
                at += 1
            } else if peek != UInt8(ascii: "]") {
                throw problem("expected ',' or ']' in the list, found \(found())")
            }
        }
    }

    /// `{ a = 1, b.c = "x" }`: on one line, no comma after the last pair.
    mutating func inlineTable(depth: Int) throws -> TOMLValue {
        guard depth <= Self.maximumDepth else { throw problem("lists and inline tables may nest at most \(Self.maximumDepth) deep") }
        at += 1
        let table = TOMLTableNode(.dotted)
        skipSpaces()
        if peek == UInt8(ascii: "}") {
            at += 1
            return .subtable(table.table)
        }
        while true {
            skipSpaces()
            if peek == UInt8(ascii: "}") { throw problem("an inline table takes no comma after its last pair") }
            let (path, value) = try pair(depth: depth)
            try TOMLTableNode.assign(value, to: path, in: table, line: line)
            skipSpaces()
            switch peek {
            case UInt8(ascii: ",")?: at += 1
            case UInt8(ascii: "}")?:
                at += 1
                return .subtable(table.table)
            case 0x0A?, 0x0D?: throw problem("an inline table must end on the line it starts: expected ',' or '}', found \(found())")
            default: throw problem("expected ',' or '}' in the inline table, found \(found())")
            }
        }
    }
}
