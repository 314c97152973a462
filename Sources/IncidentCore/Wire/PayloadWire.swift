/// Each kind's data in its current version, field by field: the explicit wire shape of docs/wire-format.md.
import Foundation

enum PayloadWire {
    static func encode(_ payload: EventPayload) -> JSONValue {
        var o = WireObject()
        switch payload {
        case let .declared(title, priority, security, support):
            o.set("title", title); o.set("priority", priority); o.set("securitySensitive", security); o.set("support", support)
        case let .roleAssigned(role, person, previous, access, warning):
            o.set("role", role); o.set("person", person); o.set("previous", previous); o.set("warning", warning)
            switch access {
            case .roster?: o.set("productionAccess", "roster")
            case let .confirmedBy(by)?: o.set("productionAccess", "confirmed"); o.set("accessConfirmedBy", by)
            case nil: break
            }
        case let .entryLogged(kind, text):
            o.set("entryKind", kind); o.set("text", text)
        case let .entryCorrected(entry, text):
            o.set("entry", entry); o.set("text", text)
        case let .entryStruck(entry, reason):
            o.set("entry", entry); o.set("reason", reason)
        case let .commsSent(message):
            o.set("channel", message.channel); o.set("text", message.text); o.set("status", message.status)
            o.set("components", message.components); o.set("template", message.template)
            o.set("nextUpdateDueAt", message.nextUpdateDueAt); o.set("notifiesSubscribers", message.notifiesSubscribers)
        case let .statuspageStatusChanged(status):
            o.set("status", status)
        case let .escalationStepped(level, title, step, note):
            o.set("level", level); o.set("title", title); o.set("step", step); o.set("note", note)
        case let .executiveAlertDecided(alert, decidedBy, note):
            o.set("alert", alert); o.set("decidedBy", decidedBy); o.set("note", note)
        case let .securityBreachSuspected(note):
            o.set("note", note)
        case let .resolved(pm, dm, note):
            o.set("productManager", pm); o.set("deliveryManager", dm); o.set("note", note)
        case let .downgraded(from, to, pm, dm, note):
            o.set("from", from); o.set("to", to); o.set("productManager", pm); o.set("deliveryManager", dm); o.set("note", note)
        case let .reopened(reason):
            o.set("reason", reason)
        case let .stepCompleted(step, note):
            o.set("step", step); o.set("note", note)
        case let .commsReminderSnoozed(until, minutes):
            o.set("until", until); o.set("minutes", minutes)
        case let .reviewScheduled(at, reason):
            o.set("at", at); o.set("overrideReason", reason)
        case let .reviewHeld(attendees):
            o.set("attendees", attendees)
        case let .reportWritten(location):
            o.set("location", location)
        case let .reportPublished(reason):
            o.set("overrideReason", reason)
        case let .publicationWithheld(reason):
            o.set("reason", reason)
        case .closed:
            break
        case let .keyTimeMarked(marker, note):
            o.set("marker", marker); o.set("note", note)
        case let .reportTextWritten(section, text):
            o.set("section", section); o.set("text", text)
        case let .rootCauseWritten(category, text):
            o.set("category", category); o.set("text", text)
        case let .followUpAgreed(action, owner, tracker):
            o.set("action", action); o.set("owner", owner); o.set("tracker", tracker)
        case let .stepSkipped(step, reason):
            o.set("step", step); o.set("reason", reason)
        case let .supplierContacted(supplier, step, reference):
            o.set("supplier", supplier); o.set("step", step.rawValue); o.set("reference", reference)
        }
        return o.value
    }

    static func decode(_ kind: EventKind, _ data: JSONValue?) throws(EventDecodingError) -> EventPayload {
        let f = try WireFields(kind: kind.rawValue, data)
        switch kind {
        case .declared:
            return .declared(title: try f.string("title"), priority: try f.value("priority", Priority.self),
                             securitySensitive: try f.bool("securitySensitive"), support: try f.person("support"))
        case .roleAssigned:
            var access: ProductionAccess?
            switch try f.optionalString("productionAccess") {
            case nil: access = nil
            case "roster"?: access = .roster
            case "confirmed"?: access = .confirmedBy(try f.person("accessConfirmedBy"))
            case let other?: throw f.fail("productionAccess", "has an unknown value '\(other.prefix(40))'")
            }
            return .roleAssigned(role: try f.value("role", Role.self), person: try f.person("person"),
                                 previous: try f.optionalPerson("previous"), productionAccess: access,
                                 warning: try f.optionalString("warning"))
        case .entryLogged:
            return .entryLogged(kind: try f.value("entryKind", EntryKind.self), text: try f.string("text"))
        case .entryCorrected:
            return .entryCorrected(entry: try f.uuid("entry"), text: try f.string("text"))
        case .entryStruck:
            return .entryStruck(entry: try f.uuid("entry"), reason: try f.string("reason"))
        case .commsSent:
            return .commsSent(CommsMessage(
                channel: try f.value("channel", CommsChannel.self), text: try f.string("text"),
                status: try f.optionalValue("status", StatuspageStatus.self), components: try f.strings("components"),
                template: try f.optionalString("template"), nextUpdateDueAt: try f.optionalDate("nextUpdateDueAt"),
                notifiesSubscribers: try f.bool("notifiesSubscribers")))
        case .statuspageStatusChanged:
            return .statuspageStatusChanged(status: try f.value("status", StatuspageStatus.self))
        case .escalationStepped:
            return .escalationStepped(level: try f.string("level"), title: try f.optionalString("title"),
                                      step: try f.value("step", EscalationStep.self), note: try f.optionalString("note"))
        case .executiveAlertDecided:
            return .executiveAlertDecided(alert: try f.bool("alert"), decidedBy: try f.person("decidedBy"), note: try f.optionalString("note"))
        case .securityBreachSuspected:
            return .securityBreachSuspected(note: try f.optionalString("note"))
        case .resolved:
            return .resolved(productManager: try f.person("productManager"), deliveryManager: try f.person("deliveryManager"),
                             note: try f.optionalString("note"))
        case .downgraded:
            return .downgraded(from: try f.value("from", Priority.self), to: try f.value("to", Priority.self),
                               productManager: try f.person("productManager"), deliveryManager: try f.person("deliveryManager"),
                               note: try f.optionalString("note"))
        case .reopened:
            return .reopened(reason: try f.string("reason"))
        case .stepCompleted:
            return .stepCompleted(step: try f.string("step"), note: try f.optionalString("note"))
        case .commsReminderSnoozed:
            return .commsReminderSnoozed(until: try f.date("until"), minutes: try f.int("minutes", in: 1...1440))
        case .reviewScheduled:
            return .reviewScheduled(at: try f.date("at"), overrideReason: try f.optionalString("overrideReason"))
        case .reviewHeld:
            return .reviewHeld(attendees: try f.people("attendees"))
        case .reportWritten:
            return .reportWritten(location: try f.optionalString("location"))
        case .reportPublished:
            return .reportPublished(overrideReason: try f.optionalString("overrideReason"))
        case .publicationWithheld:
            return .publicationWithheld(reason: try f.string("reason"))
        case .closed:
            return .closed
        case .keyTimeMarked:
            return .keyTimeMarked(marker: try f.value("marker", KeyTime.self), note: try f.optionalString("note"))
        case .reportTextWritten:
            return .reportTextWritten(section: try f.value("section", ReportSection.self), text: try f.string("text"))
        case .rootCauseWritten:
            return .rootCauseWritten(category: try f.value("category", RootCauseCategory.self), text: try f.string("text"))
        case .followUpAgreed:
            return .followUpAgreed(action: try f.string("action"), owner: try f.person("owner"), tracker: try f.optionalString("tracker"))
        case .stepSkipped:
            return .stepSkipped(step: try f.string("step"), reason: try f.string("reason"))
        case .supplierContacted:
            return .supplierContacted(supplier: try f.string("supplier"), step: try f.value("step", SupplierStep.self),
                                      reference: try f.optionalString("reference"))
        }
    }
}
