/// The event envelope: one durable fact in an incident's append-only log.
import Foundation

public struct Event: Codable, Sendable, Equatable, Identifiable {
    /// The schema version this build writes. Newer versions are refused when read.
    public static let schemaVersion = 1

    public var id: UUID
    public var incidentID: IncidentID
    /// 1-based, gap-free per incident.
    public var sequence: Int
    /// When it happened; earlier than `loggedAt` for back-dated entries.
    public var occurredAt: Date
    /// When it was written down.
    public var loggedAt: Date
    public var actor: Person
    public var payload: EventPayload

    public init(id: UUID, incidentID: IncidentID, sequence: Int, occurredAt: Date, loggedAt: Date,
                actor: Person, payload: EventPayload) {
        self.id = id
        self.incidentID = incidentID
        self.sequence = sequence
        self.occurredAt = occurredAt.wholeMilliseconds
        self.loggedAt = loggedAt.wholeMilliseconds
        self.actor = actor
        self.payload = payload
    }

    enum CodingKeys: String, CodingKey {
        case version = "v", id, incidentID = "incident", sequence = "seq", occurredAt = "occurredAt"
        case loggedAt = "loggedAt", actor, kind, payload
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .version)
        guard version <= Self.schemaVersion else {
            throw EventDecodingError.newerSchema(found: version, supported: Self.schemaVersion)
        }
        let kind = try c.decode(String.self, forKey: .kind)
        guard EventPayload.knownKinds.contains(kind) else { throw EventDecodingError.unknownKind(kind) }
        id = try c.decode(UUID.self, forKey: .id)
        incidentID = try c.decode(IncidentID.self, forKey: .incidentID)
        sequence = try c.decode(Int.self, forKey: .sequence)
        occurredAt = try Self.decodeDate(c, .occurredAt)
        loggedAt = try Self.decodeDate(c, .loggedAt)
        actor = try c.decode(Person.self, forKey: .actor)
        do {
            payload = try c.decode(EventPayload.self, forKey: .payload)
        } catch {
            throw EventDecodingError.malformedPayload(kind: kind, detail: String(describing: error))
        }
        guard payload.kind == kind else { throw EventDecodingError.malformedPayload(kind: kind, detail: "payload is \(payload.kind)") }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.schemaVersion, forKey: .version)
        try c.encode(id, forKey: .id)
        try c.encode(incidentID, forKey: .incidentID)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(Timestamp.format(occurredAt), forKey: .occurredAt)
        try c.encode(Timestamp.format(loggedAt), forKey: .loggedAt)
        try c.encode(actor, forKey: .actor)
        try c.encode(payload.kind, forKey: .kind)
        try c.encode(payload, forKey: .payload)
    }

    private static func decodeDate(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Date {
        let text = try c.decode(String.self, forKey: key)
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "not an ISO 8601 time: \(text)")
        }
        return date
    }

    /// Encodes one event as a single line of JSON (sorted keys, so output is stable).
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Decodes one event from JSON, with the clear errors of ``EventDecodingError``.
    public static func decode(json: Data) throws -> Event {
        do {
            return try JSONDecoder().decode(Event.self, from: json)
        } catch let error as EventDecodingError {
            throw error
        } catch {
            throw EventDecodingError.malformed(String(describing: error))
        }
    }
}

/// Why a stored event could not be read.
public enum EventDecodingError: Error, Equatable, CustomStringConvertible {
    case unknownKind(String)
    case newerSchema(found: Int, supported: Int)
    case malformedPayload(kind: String, detail: String)
    case malformed(String)

    public var description: String {
        switch self {
        case .unknownKind(let k):
            "unknown event kind '\(k)': it was written by a newer or different program; upgrade incident to read it"
        case .newerSchema(let found, let supported):
            "event schema version \(found) is newer than this program reads (\(supported)); upgrade incident"
        case .malformedPayload(let kind, let detail): "event of kind '\(kind)' is damaged: \(detail)"
        case .malformed(let detail): "not a readable event: \(detail)"
        }
    }
}

/// ISO 8601 UTC times with exactly three fractional digits, the one textual time format of the log.
/// Formatted from whole milliseconds so that format and parse are exact inverses.
public enum Timestamp {
    static let seconds = Date.ISO8601FormatStyle()

    /// The times the log holds: 1970 to the end of 9999. Anything outside (a typo such as "1e12h ago")
    /// is refused by the rules rather than written, and cannot overflow the millisecond count.
    public static let recordable = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 253_402_300_799)

    public static func format(_ date: Date) -> String {
        let ms = date.millisecondsSince1970
        let whole = Date(timeIntervalSince1970: Double(ms.quotient(dividingBy: 1000)))
        let text = seconds.format(whole)
        return String(text.dropLast()) + "." + String(format: "%03lld", ms.remainder(dividingBy: 1000)) + "Z"
    }

    /// Parses `2026-11-29T03:04:05Z`, with or without fractional seconds (kept to milliseconds).
    public static func parse(_ text: String) -> Date? {
        var base = text
        var fraction = "0"
        if let dot = text.firstIndex(of: "."), text.hasSuffix("Z") {
            base = String(text[..<dot]) + "Z"
            fraction = String(text[text.index(after: dot)..<text.index(before: text.endIndex)])
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCII), fraction.allSatisfy(\.isNumber) else { return nil }
        }
        guard let whole = try? seconds.parse(base) else { return nil }
        let ms = Int64(fraction.prefix(3).padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
        return Date(milliseconds: Int64(whole.timeIntervalSince1970.rounded()) * 1000 + ms)
    }
}

extension Date {
    /// Times in the log have millisecond precision so that they survive a round trip through text.
    public var wholeMilliseconds: Date { Date(milliseconds: millisecondsSince1970) }

    public var millisecondsSince1970: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    public init(milliseconds: Int64) { self.init(timeIntervalSince1970: Double(milliseconds) / 1000) }
}

extension Int64 {
    /// Floor division, so times before 1970 format correctly too.
    func quotient(dividingBy d: Int64) -> Int64 { (self - remainder(dividingBy: d)) / d }
    func remainder(dividingBy d: Int64) -> Int64 { ((self % d) + d) % d }
}

extension Date {
    /// Seconds from `earlier` to this date, computed on whole milliseconds so the result is exact.
    public func seconds(since earlier: Date) -> TimeInterval {
        Double(millisecondsSince1970 - earlier.millisecondsSince1970) / 1000
    }
}
