/// The plain-text form of `incident show`.
import Foundation
import IncidentApp

enum ShowText {
    static func render(_ r: IncidentReport) -> String {
        var out: [String] = []
        out.append("\(r.id)  \(r.priority)  \(r.phase)\(r.securitySensitive ? "  SECURITY" : "")  \(r.title)")
        out.append("Declared \(r.declaredAt ?? "-")" + (r.resolvedAt.map { ", resolved \($0)" } ?? ""))
        out.append("")
        out.append("Roles")
        for role in r.roles where role.person != nil {
            out.append("  \(role.role): \(role.person ?? "")" + (role.productionAccess.map { " (production access \($0))" } ?? ""))
        }
        out.append("")
        var comms = "Comms: \(r.comms.phase)"
        if let due = r.comms.dueAt { comms += ", next tenant update due \(due)" }
        if r.comms.overdue { comms += " (OVERDUE)" }
        if r.comms.promised { comms += " (promised)" }
        if let status = r.comms.statuspageStatus { comms += "; Statuspage: \(status)" }
        out.append(comms)
        out.append("")
        out.append("Checklist")
        for step in r.checklist where step.status != "later" {
            let mark = step.status == "done" ? "[x]" : step.status == "overdue" ? "[!]" : "[ ]"
            out.append("  \(mark) \(step.title)" + (step.dueAt.map { step.status == "done" ? "" : " (due \($0))" } ?? ""))
        }
        out.append("")
        out.append("Escalation: \(r.nextEscalationStep)")
        for level in r.escalation {
            out.append("  \(level.next ? ">" : " ") \(level.title): \(level.state)" + (level.since.map { " since \($0)" } ?? ""))
        }
        out.append("")
        out.append("Timeline")
        for entry in r.timeline {
            var line = "  \(entry.occurredAt)  \(entry.id.prefix(8))  \(entry.actor)  [\(entry.kind)] \(entry.text)"
            if entry.originalText != nil { line += " (corrected)" }
            if let struck = entry.struck { line += " (STRUCK: \(struck))" }
            if let warning = entry.warning { line += " (warning: \(warning))" }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
