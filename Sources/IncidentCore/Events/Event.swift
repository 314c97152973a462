/// The event envelope: one durable fact in an incident's append-only log.
import Foundation

public struct Event: Sendable, Equatable, Identifiable {
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
    /// The hash chain's value before this event (docs/wire-format.md): set by the store when it appends,
    /// nil on an event not yet stored and on events written before the chain existed.
    public var previousHash: String?

    public init(id: UUID, incidentID: IncidentID, sequence: Int, occurredAt: Date, loggedAt: Date,
                actor: Person, payload: EventPayload, previousHash: String? = nil) {
        self.id = id
        self.incidentID = incidentID
        self.sequence = sequence
        self.occurredAt = occurredAt.wholeMilliseconds
        self.loggedAt = loggedAt.wholeMilliseconds
        self.actor = actor
        self.payload = payload
        self.previousHash = previousHash
    }

    /// The same fact: equal in everything but its place in the hash chain, which the store adds.
    public static func == (a: Event, b: Event) -> Bool {
        a.id == b.id && a.incidentID == b.incidentID && a.sequence == b.sequence && a.occurredAt == b.occurredAt
            && a.loggedAt == b.loggedAt && a.actor.name == b.actor.name && a.payload == b.payload
    }

    /// The event as one canonical line of JSON in the current wire format.
    public func jsonLine() throws -> String { EventWire.encode(self) }

    /// Decodes one line of any known version, with the clear errors of ``EventDecodingError``.
    public static func decode(json: Data) throws -> Event {
        try EventWire.decode(json)
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
            "event version \(found) is newer than this program reads (\(supported)); upgrade incident"
        case .malformedPayload(let kind, let detail): "event of kind '\(kind)' is damaged: \(detail)"
        case .malformed(let detail): "not a readable event: \(detail)"
        }
    }
}
