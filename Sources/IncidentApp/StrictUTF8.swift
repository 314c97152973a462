/// Decodes bytes from files, standard input and arguments as UTF-8, refusing what could only be kept by changing it.

/// Swift's `String(decoding:as:)` turns invalid UTF-8 into U+FFFD without a word; these
/// functions refuse it instead, naming where it is, so nothing is recorded that differs from
/// what was given.
public enum StrictUTF8 {
    /// The byte offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    public static func firstInvalidOffset(_ bytes: some Sequence<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The text of a file (playbook, theme): refused naming `source` and the line when it is not UTF-8
    /// or holds a NUL byte (which would silently cut off the rest of the file).
    public static func fileText(_ bytes: [UInt8], source: String) throws -> String {
        if let nul = bytes.firstIndex(of: 0) {
            throw AppError.usage("\(source): line \(line(of: nul, in: bytes)): holds a NUL byte (byte \(nul + 1)); "
                + "the file must be plain text: remove it.")
        }
        if let bad = firstInvalidOffset(bytes) {
            throw AppError.usage("\(source): line \(line(of: bad, in: bytes)): not valid UTF-8 (byte \(bad + 1) is \(hex(bytes[bad]))); "
                + "save the file as UTF-8.")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Text read from standard input: refused naming the byte offset when it is not UTF-8.
    public static func standardInputText(_ bytes: [UInt8]) throws -> String {
        if let bad = firstInvalidOffset(bytes) {
            throw AppError.usage("standard input is not valid UTF-8 at byte \(bad + 1) (\(hex(bytes[bad]))); nothing was recorded. "
                + "Convert it first, e.g. with iconv -t UTF-8.")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Argument `number` (1 is the first after the program's name): refused when it is not UTF-8.
    public static func argumentText(_ bytes: [UInt8], number: Int) throws -> String {
        if let bad = firstInvalidOffset(bytes) {
            throw AppError.usage("argument \(number) is not valid UTF-8 (byte \(bad + 1) is \(hex(bytes[bad]))); nothing was recorded. "
                + "Check the terminal's or the script's encoding.")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    static func hex(_ byte: UInt8) -> String {
        "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }
}
