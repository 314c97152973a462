/// Version 1 of every kind, as the first releases wrote it (`"payload": {"<kind>": {...}}`, times as seconds
/// since 2001): upcast to version 2's data. Stored data is forever: never change what this accepts.
import Foundation

enum LegacyPayloadV1 {
    /// Seconds between 1970-01-01 and 2001-01-01, the epoch version 1 counted times from.
    static let referenceOffset: Double = 978_307_200

    static func upcast(_ kind: EventKind, payload: JSONValue?) throws(EventDecodingError) -> JSONValue {
        guard case let .object(outer)? = payload, outer.count == 1, let (key, inner) = outer.first else {
            throw .malformedPayload(kind: kind.rawValue, detail: "payload is not {\"\(kind.rawValue)\": {...}}")
        }
        guard key == kind.rawValue else { throw .malformedPayload(kind: kind.rawValue, detail: "payload is \(key.prefix(40))") }
        guard case var .object(fields) = inner else {
            throw .malformedPayload(kind: kind.rawValue, detail: "payload is not a JSON object")
        }
        switch kind {
        case .roleAssigned:
            switch fields.removeValue(forKey: "productionAccess") {
            case nil, .null?: break
            case let .object(access)? where access.keys.first == "roster" && access.count == 1:
                fields["productionAccess"] = .string("roster")
            case let .object(access)? where access.keys.first == "confirmedBy" && access.count == 1:
                guard case let .object(wrapped)? = access["confirmedBy"], let person = wrapped["_0"] else {
                    throw .malformedPayload(kind: kind.rawValue, detail: "productionAccess.confirmedBy names nobody")
                }
                fields["productionAccess"] = .string("confirmed")
                fields["accessConfirmedBy"] = person
            default:
                throw .malformedPayload(kind: kind.rawValue, detail: "productionAccess is neither roster nor confirmedBy")
            }
        case .entryLogged:
            fields["entryKind"] = fields.removeValue(forKey: "kind")
        case .commsSent:
            guard case let .object(message)? = fields["_0"], fields.count == 1 else {
                throw .malformedPayload(kind: kind.rawValue, detail: "payload holds no message")
            }
            fields = message
            try convertTime(&fields, "nextUpdateDueAt", kind)
        case .commsReminderSnoozed:
            try convertTime(&fields, "until", kind)
        case .reviewScheduled:
            try convertTime(&fields, "at", kind)
        default:
            break
        }
        return .object(fields.filter { $0.value != .null })
    }

    /// Version 1 wrote times as seconds since 2001; version 2 as record timestamps. A time outside 1970-9999
    /// (a damaged or hostile file) is refused here, so it can never reach a view.
    private static func convertTime(_ fields: inout [String: JSONValue], _ key: String, _ kind: EventKind) throws(EventDecodingError) {
        let seconds: Double
        switch fields[key] {
        case nil, .null?: return
        case let .int(whole)?: seconds = Double(whole)
        case let .double(real)?: seconds = real
        default: throw .malformedPayload(kind: kind.rawValue, detail: "field '\(key)' is not a time")
        }
        let date = Date(timeIntervalSince1970: seconds + referenceOffset)
        guard Timestamp.recordable.contains(date) else {
            throw .malformedPayload(kind: kind.rawValue, detail: "field '\(key)' is not a time from 1970 to 9999")
        }
        fields[key] = .string(Timestamp.format(date))
    }
}
