/// Identifiers and names used across the core.
import Foundation

/// A human-typeable incident identifier, such as `INC-20261129-K7Q`.
public struct IncidentID: RawRepresentable, Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ raw: String) { self.rawValue = raw }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(rawValue) }
}

/// A person, by the name the team uses for them (chat handle or first name).
/// Compared case-insensitively, because responders type names in a hurry.
public struct Person: Hashable, Codable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var name: String
    public init(_ name: String) {
        // Most names have nothing to trim; checking the ends first skips Foundation's slower trimming.
        let ends = [name.unicodeScalars.first, name.unicodeScalars.last].compactMap { $0 }
        self.name = ends.contains(where: \.properties.isWhitespace) ? name.trimmingCharacters(in: .whitespacesAndNewlines) : name
    }
    public init(stringLiteral value: String) { self.init(value) }
    /// A name already trimmed (read back from a snapshot of trimmed names).
    init(trimmed name: String) { self.name = name }
    public var description: String { name }
    var key: String { name.lowercased() }
    public static func == (a: Self, b: Self) -> Bool { a.key == b.key }
    public func hash(into h: inout Hasher) { h.combine(key) }
    public static func < (a: Self, b: Self) -> Bool { a.key < b.key }
    public init(from decoder: Decoder) throws { name = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(name) }
}
