/// The plain-text form of `incident show`.
import Foundation
import IncidentApp
import IncidentCore

enum ShowText {
    /// `extra`: lines from the playbook's data (``ShowPlaybookText``), shown after the comms clock.
    static func render(_ r: IncidentReport, extra: [String] = []) -> String {
        var out: [String] = []
        out.append("\(r.id)  \(r.priority)  \(r.phase)\(r.securitySensitive ? "  SECURITY" : "")  \(r.title)")
        out.append("Declared \(r.declaredAt ?? "-")" + (r.resolvedAt.map { ", resolved \($0)" } ?? ""))
        if let line = durations(r.durations) { out.append(line) }
        let marked = KeyTime.allCases.compactMap { key in r.keyTimes[key.rawValue].map { "\(key.title.lowercased()) \($0)" } }
        if !marked.isEmpty { out.append("Key times: " + marked.joined(separator: ", ")) }
        out.append("")
        out.append("Roles")
        for role in r.roles where role.person != nil {
            out.append("  \(role.role): \(role.person ?? "")" + (role.productionAccess.map { " (production access \($0))" } ?? ""))
        }
        let handedOver = r.roleHistory.filter { $0.until != nil }
        if !handedOver.isEmpty {
            out.append("  earlier: " + handedOver.map { "\($0.role) \($0.person) until \($0.until ?? "")" }.joined(separator: "; "))
        }
        out.append("")
        var comms = "Comms: \(r.comms.phase)"
        if let due = r.comms.dueAt { comms += ", next tenant update due \(due)" }
        if r.comms.overdue { comms += " (OVERDUE)" }
        if r.comms.promised { comms += " (promised)" }
        if let status = r.comms.statuspageStatus { comms += "; Statuspage: \(status)" }
        out.append(comms)
        out += extra
        out.append("")
        out.append("Checklist")
        for step in r.checklist where step.status != "later" {
            let mark = step.status == "done" ? "[x]" : step.status == "overdue" ? "[!]" : step.status == "dueNow" ? "[*]" : "[ ]"
            out.append("  \(mark) \(step.title)" + (step.dueAt.map { step.status == "done" ? "" : " (due \($0))" } ?? ""))
        }
        out.append("")
        out.append("Escalation: \(r.nextEscalationStep)")
        for level in r.escalation {
            out.append("  \(level.next ? ">" : " ") \(level.title): \(level.state)" + (level.since.map { " since \($0)" } ?? ""))
        }
        out.append("  Inside the team, the escalation rota:")
        out += r.escalationRota.map { "    - \($0)" }
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

    /// "Running for 1h 05m", or "Resolved after 2h 10m; review due within 6d 23h".
    private static func durations(_ d: IncidentReport.Durations) -> String? {
        var parts: [String] = []
        if let resolved = d.toResolutionSeconds {
            parts.append("Resolved after \(formatDuration(TimeInterval(resolved)))")
        } else if let running = d.sinceDeclaredSeconds {
            parts.append("Running for \(formatDuration(TimeInterval(running)))")
        }
        if let review = d.untilReviewDeadlineSeconds {
            parts.append(review >= 0 ? "review due within \(formatDuration(TimeInterval(review)))"
                                     : "review deadline passed \(formatDuration(TimeInterval(review))) ago")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
