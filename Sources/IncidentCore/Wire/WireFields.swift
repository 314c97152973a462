/// Reading one JSON object's fields by name and type, with errors that name the kind and the field.
import Foundation

struct WireFields {
    let kind: String
    let fields: [String: JSONValue]

    init(kind: String, _ value: JSONValue?, what: String = "data") throws(EventDecodingError) {
        self.kind = kind
        guard case let .object(fields)? = value else { throw .malformedPayload(kind: kind, detail: "\(what) is not a JSON object") }
        self.fields = fields
    }

    func fail(_ key: String, _ problem: String) -> EventDecodingError {
        .malformedPayload(kind: kind, detail: "field '\(key)' \(problem)")
    }

    /// The value, with JSON null read as absent.
    func present(_ key: String) -> JSONValue? {
        guard let value = fields[key], value != .null else { return nil }
        return value
    }

    func optionalString(_ key: String) throws(EventDecodingError) -> String? {
        guard let value = present(key) else { return nil }
        guard case let .string(text) = value else { throw fail(key, "is not text") }
        return text
    }

    func string(_ key: String) throws(EventDecodingError) -> String {
        guard let text = try optionalString(key) else { throw fail(key, "is missing") }
        return text
    }

    func person(_ key: String) throws(EventDecodingError) -> Person {
        let person = Person(try string(key))
        guard !person.name.isEmpty else { throw fail(key, "is an empty name") }
        return person
    }

    func optionalPerson(_ key: String) throws(EventDecodingError) -> Person? {
        guard present(key) != nil else { return nil }
        return try person(key)
    }

    func people(_ key: String) throws(EventDecodingError) -> [Person] {
        try strings(key).map { Person($0) }
    }

    func strings(_ key: String) throws(EventDecodingError) -> [String] {
        guard let value = present(key) else { throw fail(key, "is missing") }
        guard case let .array(items) = value else { throw fail(key, "is not a list") }
        var texts: [String] = []
        for item in items {
            guard case let .string(text) = item else { throw fail(key, "holds something that is not text") }
            texts.append(text)
        }
        return texts
    }

    func bool(_ key: String) throws(EventDecodingError) -> Bool {
        guard case let .bool(flag)? = present(key) else { throw fail(key, "is not true or false") }
        return flag
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws(EventDecodingError) -> Int {
        guard case let .int(number)? = present(key), let value = Int(exactly: number), range.contains(value) else {
            throw fail(key, "is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func value<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(EventDecodingError) -> T where T.RawValue == String {
        guard let parsed = try optionalValue(key, type) else { throw fail(key, "is missing") }
        return parsed
    }

    func optionalValue<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(EventDecodingError) -> T? where T.RawValue == String {
        guard let text = try optionalString(key) else { return nil }
        guard let parsed = T(rawValue: text) else { throw fail(key, "has an unknown value '\(text.prefix(40))'") }
        return parsed
    }

    func uuid(_ key: String) throws(EventDecodingError) -> UUID {
        guard let id = WireUUID.parse(try string(key)) else { throw fail(key, "is not an id") }
        return id
    }

    func date(_ key: String) throws(EventDecodingError) -> Date {
        guard let date = try optionalDate(key) else { throw fail(key, "is missing") }
        return date
    }

    /// A time in the record's format and range (1970 to 9999).
    func optionalDate(_ key: String) throws(EventDecodingError) -> Date? {
        guard let text = try optionalString(key) else { return nil }
        guard let date = Timestamp.parse(text) else { throw fail(key, "is not a time from 1970 to 9999 (\(text.prefix(40)))") }
        return date
    }
}

/// Building one JSON object, leaving out absent optional values.
struct WireObject {
    var fields: [String: JSONValue] = [:]

    mutating func set(_ key: String, _ text: String?) { if let text { fields[key] = .string(text) } }
    mutating func set(_ key: String, _ person: Person?) { if let person { fields[key] = .string(person.name) } }
    mutating func set(_ key: String, _ flag: Bool) { fields[key] = .bool(flag) }
    mutating func set(_ key: String, _ number: Int) { fields[key] = .int(Int64(number)) }
    mutating func set(_ key: String, _ date: Date?) { if let date { fields[key] = .string(Timestamp.format(date)) } }
    mutating func set(_ key: String, _ id: UUID) { fields[key] = .string(WireUUID.format(id)) }
    mutating func set<T: RawRepresentable>(_ key: String, _ value: T?) where T.RawValue == String {
        if let value { fields[key] = .string(value.rawValue) }
    }
    mutating func set(_ key: String, _ texts: [String]) { fields[key] = .array(texts.map(JSONValue.string)) }
    mutating func set(_ key: String, _ people: [Person]) { set(key, people.map(\.name)) }

    var value: JSONValue { .object(fields) }
}
