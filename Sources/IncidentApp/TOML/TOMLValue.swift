/// What a playbook or theme file holds once read: tables keeping their keys in file order, and the values in them.

/// A TOML table: its keys in the order the file gives them, and the value of each.
public struct TOMLTable: Equatable, Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    public init() {}

    public init(dictionaryLiteral elements: (String, TOMLValue)...) {
        for (key, value) in elements { self[key] = value }
    }

    public subscript(key: String) -> TOMLValue? {
        get { values[key] }
        set {
            if values[key] == nil, newValue != nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            values[key] = newValue
        }
    }
}

/// One value the reader knows: a text, a whole number, true or false, a list, or a table.
public indirect enum TOMLValue: Equatable, Sendable {
    case text(String)
    case integer(Int)
    case boolean(Bool)
    case list([TOMLValue])
    case subtable(TOMLTable)

    public var string: String? { if case let .text(value) = self { value } else { nil } }
    public var int: Int? { if case let .integer(value) = self { value } else { nil } }
    public var bool: Bool? { if case let .boolean(value) = self { value } else { nil } }
    public var array: [TOMLValue]? { if case let .list(value) = self { value } else { nil } }
    public var table: TOMLTable? { if case let .subtable(value) = self { value } else { nil } }
}

extension TOMLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: TOMLValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TOMLValue)...) {
        var table = TOMLTable()
        for (key, value) in elements { table[key] = value }
        self = .subtable(table)
    }
}
