/// How a cell looks: colours and text attributes.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)

    /// Names in a fixed order ("bold+reverse"), used in style dumps.
    public var names: [String] {
        var result: [String] = []
        if contains(.bold) { result.append("bold") }
        if contains(.dim) { result.append("dim") }
        if contains(.reverse) { result.append("reverse") }
        if contains(.underline) { result.append("underline") }
        return result
    }
}

public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = Style()

    /// A stable one-line description ("fg=red bg=default bold"), used in style dumps.
    public var summary: String {
        var parts = ["fg=\(foreground.name)", "bg=\(background.name)"]
        parts.append(contentsOf: attributes.names)
        return parts.joined(separator: " ")
    }
}
