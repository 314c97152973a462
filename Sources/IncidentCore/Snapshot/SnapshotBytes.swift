/// The byte-level reader and writer behind state snapshots: little-endian integers, exact dates, length-prefixed UTF-8.
import Foundation

/// Appends values to a growing byte buffer. Dates are written as the bits of their `timeIntervalSinceReferenceDate`
/// (what `Date` holds), so they read back exactly; strings as a length and their UTF-8 bytes.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) { uint64(UInt64(bitPattern: Int64(value))) }

    /// Counts and lengths: one byte below 255, else 255 and eight bytes.
    mutating func count(_ value: Int) {
        if value >= 0, value < 255 { bytes.append(UInt8(value)) } else { bytes.append(255); int(value) }
    }

    /// A date's own representation (seconds since 2001), so it reads back exactly.
    mutating func date(_ value: Date) { uint64(value.timeIntervalSinceReferenceDate.bitPattern) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func uuid(_ value: UUID) {
        withUnsafeBytes(of: value.uuid) { bytes.append(contentsOf: $0) }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout SnapshotWriter, T) -> Void) {
        if let value { byte(1); write(&self, value) } else { byte(0) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout SnapshotWriter, T) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }
}

/// Why a snapshot could not be read; the caller then replays the log instead.
public enum SnapshotError: Error, Equatable, Sendable {
    case truncated
    case notASnapshot
    case otherFormat(UInt16)
    case invalid(String)
}

/// Reads what `SnapshotWriter` wrote, refusing anything short or out of range rather than trapping.
/// Reads in place from a buffer that must outlive it (see `StateSnapshot.decode`).
struct SnapshotReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw SnapshotError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let other: throw SnapshotError.invalid("flag \(other)")
        }
    }

    mutating func uint64() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw SnapshotError.truncated }
        var value: UInt64 = 0
        for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return value
    }

    /// Sequence numbers and counts: never negative, and far from overflowing when an event adds one.
    mutating func int() throws -> Int {
        let value = Int64(bitPattern: try uint64())
        guard value >= 0, value <= 1 << 48 else { throw SnapshotError.invalid("number \(value)") }
        return Int(value)
    }

    mutating func count() throws -> Int {
        let first = try byte()
        let value = first < 255 ? Int(first) : try int()
        guard value >= 0 else { throw SnapshotError.invalid("count \(value)") }
        return value
    }

    mutating func date() throws -> Date {
        // Only times the record can hold, so no view meets a date it cannot do arithmetic on.
        let seconds = Double(bitPattern: try uint64())
        // NaN first: it compares as inside every range (`<=` is `!(>)`).
        let date = Date(timeIntervalSinceReferenceDate: seconds)
        guard seconds.isFinite, Timestamp.recordable.contains(date) else { throw SnapshotError.invalid("date") }
        return date
    }

    mutating func string() throws -> String {
        let length = try count()
        guard bytes.count - offset >= length else { throw SnapshotError.truncated }
        defer { offset += length }
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self) else {
            throw SnapshotError.invalid("text")
        }
        return text
    }

    mutating func uuid() throws -> UUID {
        guard bytes.count - offset >= 16 else { throw SnapshotError.truncated }
        let b = bytes, o = offset
        offset += 16
        return UUID(uuid: (b[o], b[o + 1], b[o + 2], b[o + 3], b[o + 4], b[o + 5], b[o + 6], b[o + 7], b[o + 8], b[o + 9],
                           b[o + 10], b[o + 11], b[o + 12], b[o + 13], b[o + 14], b[o + 15]))
    }

    mutating func optional<T>(_ read: (inout SnapshotReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout SnapshotReader) throws -> T) throws -> [T] {
        let count = try count()
        // Every element takes at least a byte, so a count beyond what is left is damage, not a huge allocation.
        guard count <= bytes.count - offset else { throw SnapshotError.truncated }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    /// A closed vocabulary stored by its raw string.
    mutating func value<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        let raw = try string()
        guard let value = T(rawValue: raw) else { throw SnapshotError.invalid("\(T.self) '\(raw)'") }
        return value
    }
}
