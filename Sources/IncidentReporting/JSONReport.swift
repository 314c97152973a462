/// The report written as JSON: the same content as the Markdown, in fields with a fixed key order.
import Foundation
import IncidentCore

/// A JSON value whose objects keep the order their keys were written in, so the output is stable.
indirect enum JSONNode {
    case string(String), number(Double), bool(Bool), null
    case array([JSONNode])
    case object([(String, JSONNode)])

    static func optional(_ text: String?) -> JSONNode { text.map(JSONNode.string) ?? .null }
    static func time(_ date: Date?) -> JSONNode { date.map { .string(Timestamp.format($0)) } ?? .null }

    /// Two-space indented, one member per line, ending without a newline.
    func written(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case let .string(text): return JSONNode.quoted(text)
        case let .number(value):
            return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case let .bool(value): return value ? "true" : "false"
        case .null: return "null"
        case let .array(items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + $0.written(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case let .object(members):
            guard !members.isEmpty else { return "{}" }
            return "{\n" + members.map { inner + JSONNode.quoted($0.0) + ": " + $0.1.written(indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "}"
        }
    }

    /// A JSON string. Besides what JSON requires, DEL, C1 controls, direction overrides and line separators are
    /// written as `\u` escapes too, so printing the JSON on a terminal cannot send it an escape sequence.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || ReportEscaping.isInvisibleFormat(scalar) {
                    out += "\\u" + ReportEscaping.hex(scalar.value).lowercased()
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

struct JSONReport {
    let model: ReportModel

    func render() -> String { document().written() + "\n" }

    private func duration(_ seconds: TimeInterval?) -> JSONNode {
        guard let seconds else { return .null }
        return .object([("seconds", .number(seconds)), ("text", .string(formatDuration(seconds)))])
    }

    private func document() -> JSONNode {
        var members: [(String, JSONNode)] = [
            ("format", .string("incident-report")),
            ("version", .number(1)),
            ("audience", .string(model.audience.rawValue)),
            ("incident", incident()),
            ("roles", .array(model.roles.map(role))),
            ("keyTimes", .object(model.keyTimes.map { key in
                (key.key, .object([("at", .time(key.at)), ("assumed", .bool(key.assumed)), ("note", .optional(key.note)),
                                   ("missing", key.at == nil ? .string(key.missing) : .null)]))
            })),
            ("durations", .object(model.durations.map { span in
                (span.key, .object([("value", duration(span.seconds)), ("measured", .string(span.meaning)),
                                    ("missing", span.seconds == nil ? .string(span.missing) : .null)]))
            })),
            ("summary", section(.summary)),
            ("impact", section(.impact)),
            ("rootCause", .object([("category", .optional(model.rootCause.category?.rawValue)), ("text", .optional(model.rootCause.text)),
                                   ("missing", model.rootCause.text == nil ? .string(model.rootCause.missing) : .null)])),
            ("timeline", .array(model.timeline.map(timelineItem))),
            ("tenantUpdates", .array(model.tenantUpdates.map(update))),
        ]
        if let lapses = model.lapses {
            members.append(("updateCadenceMinutes", .number(Double(model.cadenceMinutes))))
            members.append(("updateLapses", .array(lapses.map(lapse))))
        }
        members += [
            ("escalation", .array(model.escalation.map(escalationStep))),
            ("executiveDecisions", .array(model.executiveDecisions.map(decision))),
            ("review", review()),
            ("wentWell", section(.wentWell)),
            ("wentBadly", section(.wentBadly)),
            ("followUps", .array(model.followUps.map(followUp))),
        ]
        if let publication = model.publication {
            members.append(("publication", .object([
                ("writtenAt", .time(publication.writtenAt)), ("location", .optional(publication.location)),
                ("publishedAt", .time(publication.publishedAt)), ("overrideReason", .optional(publication.overrideReason)),
                ("withheldAt", .time(publication.withheldAt)), ("withheldReason", .optional(publication.withheldReason)),
            ])))
        }
        return .object(members)
    }

    private func incident() -> JSONNode {
        .object([
            ("id", .string(model.id)),
            ("title", .string(model.title)),
            ("priority", .string(model.priority.rawValue)),
            ("declaredPriority", .string(model.declaredPriority.rawValue)),
            ("priorityChanges", .array(model.priorityChanges.map {
                .object([("at", .time($0.at)), ("from", .string($0.from.rawValue)), ("to", .string($0.to.rawValue))])
            })),
            ("securitySensitive", .bool(model.securitySensitive)),
            ("securitySuspectedAt", .time(model.securitySuspectedAt)),
            ("status", .string(model.phase.rawValue)),
            ("start", .time(model.start)),
            ("startAssumed", .bool(model.startAssumed)),
            ("end", .time(model.end)),
            ("endIsRecovery", .bool(model.endIsRecovery)),
            ("servicesAffected", .array(model.services.map(JSONNode.string))),
        ])
    }

    private func role(_ line: ReportModel.RoleLine) -> JSONNode {
        .object([
            ("role", .string(line.role.rawValue)),
            ("title", .string(line.role.title)),
            ("holders", .array(line.holders.map { holder in
                .object((holder.person.map { [("person", JSONNode.string($0))] } ?? [])
                    + [("from", .time(holder.from)), ("until", .time(holder.until))])
            })),
        ])
    }

    private func section(_ section: ReportSection) -> JSONNode {
        let line = model.sections[section]!
        return .object([("text", .optional(line.text)), ("missing", line.text == nil ? .string(line.missing) : .null)])
    }

    private func timelineItem(_ item: ReportModel.TimelineLine) -> JSONNode {
        var members: [(String, JSONNode)] = [
            ("sequence", .number(Double(item.sequence))),
            ("at", .time(item.at)),
            ("loggedAt", .time(item.loggedAt)),
            ("writtenAfterwards", .bool(item.backdated)),
            ("by", .string(item.actor)),
            ("category", .string(item.category)),
            ("text", .string(item.text)),
            ("corrected", .bool(item.corrected)),
        ]
        if model.isPublic { return .object(members) }
        members += [
            ("originalText", .optional(item.original)),
            ("corrections", .array(item.corrections.map {
                .object([("at", .time($0.at)), ("by", .string($0.by)), ("text", .string($0.text))])
            })),
            ("struck", item.strike.map { .object([("at", .time($0.at)), ("by", .string($0.by)), ("reason", .string($0.reason))]) } ?? .null),
            ("warning", .optional(item.warning)),
        ]
        return .object(members)
    }

    private func update(_ update: ReportModel.UpdateLine) -> JSONNode {
        var members: [(String, JSONNode)] = [("at", .time(update.at))]
        if !model.isPublic { members.append(("by", .string(update.by))) }
        members += [
            ("status", .optional(update.status?.rawValue)),
            ("components", .array(update.components.map(JSONNode.string))),
            ("text", .string(update.text)),
        ]
        if !model.isPublic { members.append(("notifiedSubscribers", .bool(update.notifiesSubscribers))) }
        return .object(members)
    }

    private func lapse(_ lapse: UpdateLapse) -> JSONNode {
        .object([
            ("dueAt", .time(lapse.dueAt)), ("sentAt", .time(lapse.sentAt)), ("overdue", duration(lapse.overdueBy)),
            ("first", .bool(lapse.first)), ("promised", .bool(lapse.promised)),
        ])
    }

    private func escalationStep(_ step: ReportModel.EscalationLine) -> JSONNode {
        var members: [(String, JSONNode)] = [("at", .time(step.at)), ("level", .string(step.level)), ("title", .string(step.title)),
                                             ("step", .string(step.step.rawValue))]
        if !model.isPublic { members += [("by", .string(step.by)), ("note", .optional(step.note))] }
        return .object(members)
    }

    private func decision(_ decision: ReportModel.DecisionLine) -> JSONNode {
        var members: [(String, JSONNode)] = [("at", .time(decision.at)), ("decidedBy", .string(decision.decidedBy)),
                                             ("alertExecutiveGroup", .bool(decision.alert))]
        if !model.isPublic { members.append(("note", .optional(decision.note))) }
        return .object(members)
    }

    private func review() -> JSONNode {
        let review = model.review
        var members: [(String, JSONNode)] = [("scheduledFor", .time(review.scheduledFor))]
        if !model.isPublic { members.append(("lateReason", .optional(review.lateReason))) }
        members += [
            ("dueBy", .time(review.deadline)), ("heldAt", .time(review.heldAt)),
            ("attendees", .array(review.attendees.map(JSONNode.string))),
            ("outcome", .optional(review.outcome)), ("missing", review.outcome == nil ? .string(review.missingOutcome) : .null),
        ]
        return .object(members)
    }

    private func followUp(_ action: ReportModel.FollowUpLine) -> JSONNode {
        var members: [(String, JSONNode)] = [("action", .string(action.action)), ("owner", .string(action.owner))]
        if !model.isPublic { members.append(("tracker", .optional(action.tracker))) }
        members.append(("agreedAt", .time(action.agreedAt)))
        return .object(members)
    }
}
