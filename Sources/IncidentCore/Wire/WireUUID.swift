/// Event ids as the wire format writes them (lowercase 8-4-4-4-12 hex) and reads them (either case), without
/// Foundation's C formatting and scanning, which dominated reading a long log.
import Foundation

enum WireUUID {
    private static let digits = Array("0123456789abcdef".utf8)

    static func format(_ id: UUID) -> String {
        let u = id.uuid
        let raw = [u.0, u.1, u.2, u.3, u.4, u.5, u.6, u.7, u.8, u.9, u.10, u.11, u.12, u.13, u.14, u.15]
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (index, byte) in raw.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { out.append(UInt8(ascii: "-")) }
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func parse(_ text: String) -> UUID? {
        let b = Array(text.utf8)
        guard b.count == 36, b[8] == 0x2D, b[13] == 0x2D, b[18] == 0x2D, b[23] == 0x2D else { return nil }
        var bytes = [UInt8](repeating: 0, count: 16)
        var out = 0
        var index = 0
        // Dashes only where the four checked above are: anywhere else a dash is not a hex digit.
        while index < 36 {
            if index == 8 || index == 13 || index == 18 || index == 23 { index += 1; continue }
            guard let high = nibble(b[index]), let low = nibble(b[index + 1]) else { return nil }
            bytes[out] = high << 4 | low
            out += 1
            index += 2
        }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        case 0x41...0x46: byte - 0x41 + 10
        default: nil
        }
    }
}
