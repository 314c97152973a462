/// The record's wire format: one canonical JSON line per event, versioned per kind, read back through
/// upcasters from every older version. docs/wire-format.md describes it field by field.
import Foundation

/// An event together with the canonical line that stores it, as the hash chain sees it.
public struct WireRecord: Sendable, Equatable {
    public var event: Event
    /// The canonical JSON text of the line (``CanonicalJSON``), whatever version it holds.
    public var line: String

    public init(event: Event, line: String) { self.event = event; self.line = line }

    /// A new event, written in the current version.
    public init(_ event: Event) { self.init(event: event, line: EventWire.encode(event)) }
}

public enum EventWire {
    /// Longest event line read: larger than any event the rules accept (texts are limited), small enough that a
    /// hostile file cannot exhaust memory line by line.
    public static let maxLineBytes = 1 << 20

    /// The event as a canonical line in the current version of its kind.
    public static func encode(_ event: Event) -> String {
        CanonicalJSON.string(envelope(event))
    }

    static func envelope(_ event: Event) -> JSONValue {
        var o = WireObject()
        o.set("v", event.payload.eventKind.currentVersion)
        o.set("kind", event.payload.kind)
        o.set("id", event.id)
        o.set("incident", event.incidentID.rawValue)
        o.set("seq", event.sequence)
        o.set("occurredAt", event.occurredAt)
        o.set("loggedAt", event.loggedAt)
        o.set("actor", event.actor)
        o.set("prev", event.previousHash)
        o.fields["data"] = PayloadWire.encode(event.payload)
        return o.value
    }

    /// Reads one line of any version this build knows, or throws a clear ``EventDecodingError``.
    public static func decode(_ bytes: some Collection<UInt8>) throws(EventDecodingError) -> Event {
        try decodeRecord(bytes).event
    }

    public static func decodeRecord(_ bytes: some Collection<UInt8>) throws(EventDecodingError) -> WireRecord {
        guard bytes.count <= maxLineBytes else { throw .malformed("the line is over \(maxLineBytes) bytes") }
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch { throw .malformed(error.description) }
        return WireRecord(event: try decode(value), line: CanonicalJSON.string(value))
    }

    /// A line as the store holds it. Lines of version 2 on were written canonical (by ``encode``, or by an import,
    /// which stores the canonical text), so their text is the chain's input as it is; older lines are canonicalised.
    public static func decodeStored(_ text: String) throws(EventDecodingError) -> WireRecord {
        let bytes = Array(text.utf8)
        guard bytes.count <= maxLineBytes else { throw .malformed("the line is over \(maxLineBytes) bytes") }
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch { throw .malformed(error.description) }
        let event = try decode(value)
        if case let .int(version)? = value["v"], version >= 2 { return WireRecord(event: event, line: text) }
        return WireRecord(event: event, line: CanonicalJSON.string(value))
    }

    static func decode(_ value: JSONValue) throws(EventDecodingError) -> Event {
        guard case .object = value else { throw .malformed("an event is a JSON object") }
        let envelope = try WireFields(kind: "event", value, what: "the line")
        guard case let .int(version)? = envelope.present("v") else { throw .malformed("no version 'v'") }
        guard let kindName = try? envelope.string("kind") else { throw .malformed("no 'kind'") }
        guard let kind = EventKind(rawValue: kindName) else { throw .unknownKind(String(kindName.prefix(64))) }
        guard version >= 1 else { throw .malformed("version \(version) does not exist; versions start at 1") }
        guard version >= Int64(kind.firstVersion) else {
            throw .malformedPayload(kind: kind.rawValue, detail: "version \(version) does not exist; this kind starts at version \(kind.firstVersion)")
        }
        guard version <= Int64(kind.currentVersion) else {
            throw .newerSchema(found: Int(clamping: version), supported: kind.currentVersion)
        }
        let fields = try WireFields(kind: kind.rawValue, value, what: "the line")
        var data = version == 1 ? try LegacyPayloadV1.upcast(kind, payload: fields.present("payload")) : fields.present("data")
        for from in max(2, Int(version))..<kind.currentVersion {
            data = try EventUpcasters.upcast(kind, from: from, data)
        }
        let incident = try fields.string("incident")
        guard !incident.isEmpty, incident.count <= 64, !incident.unicodeScalars.contains(where: CanonicalJSON.needsEscape) else {
            throw .malformed("'incident' is not an incident id")
        }
        var event = Event(id: try fields.uuid("id"), incidentID: IncidentID(incident),
                          sequence: try fields.int("seq", in: 1...Int(Int32.max)),
                          occurredAt: try fields.date("occurredAt"), loggedAt: try fields.date("loggedAt"),
                          actor: try fields.person("actor"), payload: try PayloadWire.decode(kind, data))
        if let previous = try fields.optionalString("prev") {
            guard previous.utf8.count == 64, previous.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
                throw .malformed("'prev' is not a SHA-256 hash")
            }
            event.previousHash = previous
        }
        return event
    }
}

/// Upcasters from each version of a kind's data to the next, from version 2 on (version 1 is
/// ``LegacyPayloadV1``). When a kind's shape changes: raise its `currentVersion`, add the step here, and add a
/// fixture line of the old version to Tests/Fixtures.
enum EventUpcasters {
    static func upcast(_ kind: EventKind, from version: Int, _ data: JSONValue?) throws(EventDecodingError) -> JSONValue? {
        switch (kind, version) {
        default:
            throw .malformedPayload(kind: kind.rawValue, detail: "no upcaster from version \(version)")
        }
    }
}
