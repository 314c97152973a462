/// The report written as Markdown: headings and lists in the GOV.UK template's order, record text escaped.
import Foundation
import IncidentCore

struct MarkdownReport {
    let model: ReportModel

    private func text(_ value: String) -> String { ReportEscaping.inline(value) }
    private func block(_ value: String) -> String { ReportEscaping.block(value, indent: "  ") }
    private func placeholder(_ value: String) -> String { "_\(ReportEscaping.inline(value))_" }
    private func time(_ date: Date) -> String { ReportTime.minute(date) }

    func render() -> String {
        var parts: [String] = [heading()]
        parts.append(header())
        parts.append(keyTimes())
        for section in [ReportSection.summary, .impact] { parts.append(written(model.sections[section]!)) }
        parts.append(rootCause())
        parts.append(timeline())
        parts.append(tenantUpdates())
        parts.append(escalation())
        parts.append(review())
        for section in [ReportSection.wentWell, .wentBadly] { parts.append(written(model.sections[section]!)) }
        parts.append(followUps())
        if let publication = model.publication { parts.append(publicationLines(publication)) }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func heading() -> String {
        "# Incident report \(text(model.id)): \(text(model.title))\n\n"
            + (model.isPublic ? "_Public version: roles instead of names; internal notes and production-change details left out._"
                : "_Internal version, with names, notes and production-change details: not for publication as it stands._")
    }

    private func header() -> String {
        var lines = ["## Header", ""]
        lines.append("- **Incident:** \(text(model.id))")
        var priority = model.declaredPriority.rawValue
        for change in model.priorityChanges {
            priority += ", \(model.isPublic ? "lowered" : "downgraded") to \(change.to.rawValue) at \(time(change.at))"
        }
        lines.append("- **Priority:** \(priority)")
        lines.append("- **Security-sensitive:** " + (model.securitySensitive
            ? "yes" + (model.securitySuspectedAt.map { " (from \(time($0)))" } ?? "") : "no"))
        lines.append("- **Status:** \(model.phase.rawValue)")
        lines.append("- **Start:** " + (model.start.map { time($0) + (model.startAssumed ? " (the declaration; impact start not marked)" : " (impact started)") }
            ?? placeholder("Not declared")))
        lines.append("- **End:** " + (model.end.map { time($0) + (model.endIsRecovery ? " (fully recovered)" : " (resolved)") }
            ?? placeholder("Not over yet")))
        for role in model.roles { lines.append("- **\(role.role == .member ? "Team members" : role.role.title):** " + holders(role)) }
        lines.append("- **Services affected:** " + (model.services.isEmpty
            ? placeholder("None recorded: no Statuspage update ticked a component")
            : model.services.map(text).joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    private func holders(_ role: ReportModel.RoleLine) -> String {
        if model.isPublic {
            if role.role == .member { return "\(role.holders.count)" }
            return role.holders.enumerated().map { index, holder in
                (index == 0 ? "assigned " : "handed over ") + time(holder.from)
            }.joined(separator: "; ")
        }
        return role.holders.map { holder in
            text(holder.person ?? "") + " (from \(time(holder.from))" + (holder.until.map { " to \(time($0))" } ?? "") + ")"
        }.joined(separator: "; ")
    }

    private func keyTimes() -> String {
        var lines = ["## Key times", "", "| Key time | Time (UTC) | Note |", "|---|---|---|"]
        for key in model.keyTimes {
            let when = key.at.map { time($0) + (key.assumed ? " (assumed: the declaration)" : "") } ?? placeholder(key.missing)
            lines.append("| \(key.title) | \(when) | \(key.note.map(text) ?? "") |")
        }
        lines += ["", "| Duration | Length | Measured |", "|---|---|---|"]
        for span in model.durations {
            lines.append("| \(span.title) | \(span.seconds.map(formatDuration) ?? placeholder(span.missing)) | \(span.meaning) |")
        }
        return lines.joined(separator: "\n")
    }

    private func written(_ section: ReportModel.SectionLine) -> String {
        "## \(section.title)\n\n" + (section.text.map(ReportEscaping.paragraphs) ?? placeholder(section.missing))
    }

    private func rootCause() -> String {
        var lines = ["## Root cause", ""]
        if let category = model.rootCause.category { lines += ["**Category:** \(category.title)", ""] }
        lines.append(model.rootCause.text.map(ReportEscaping.paragraphs) ?? placeholder(model.rootCause.missing))
        return lines.joined(separator: "\n")
    }

    private func timeline() -> String {
        var lines = ["## Timeline", ""]
        if model.timeline.isEmpty { lines.append(placeholder("Nothing recorded")) }
        for item in model.timeline {
            let struck = item.strike != nil ? "**Struck:** " : ""
            lines.append("- **\(time(item.at))** · \(text(item.actor)) · \(struck)\(block(item.text))")
            if let original = item.original {
                let last = item.corrections.last
                lines.append("  _Corrected" + (last.map { " by \(text($0.by)) at \(time($0.at))" } ?? "") + "; first written:_ ~~\(text(original))~~")
            } else if item.corrected {
                lines.append("  _Corrected afterwards._")
            }
            if let strike = item.strike {
                lines.append("  _Struck by \(text(strike.by)) at \(time(strike.at)): \(text(strike.reason))_")
            }
            if item.backdated { lines.append("  _Written afterwards, at \(ReportTime.clock(item.loggedAt, sameDayAs: item.at))._") }
            if let warning = item.warning { lines.append("  _Process warning: \(text(warning))_") }
        }
        return lines.joined(separator: "\n")
    }

    private func tenantUpdates() -> String {
        var lines = [model.isPublic ? "## Updates to tenants" : "## Tenant updates", ""]
        if model.tenantUpdates.isEmpty { lines.append(placeholder("No Statuspage update was sent")) }
        for update in model.tenantUpdates {
            var head = "- **\(time(update.at))**"
            if !model.isPublic { head += " · \(text(update.by))" }
            if let status = update.status { head += " · \(status.rawValue)" }
            if !update.components.isEmpty { head += " · \(update.components.map(text).joined(separator: ", "))" }
            lines.append(head + ": " + block(update.text))
            if !model.isPublic, !update.notifiesSubscribers { lines.append("  _No component ticked: subscribers were not notified._") }
        }
        guard let lapses = model.lapses else { return lines.joined(separator: "\n") }
        lines += ["", "### Lapses", "",
                  "The first update is due at the declaration, each next one "
                      + (model.cadenceFollowsPriority ? "the cadence of the priority at the time (now \(model.cadenceMinutes) min)"
                          : "\(model.cadenceMinutes) min") + " after the previous, or when the previous one promised."]
        lines.append("")
        if lapses.isEmpty { lines.append("None: every update went out on time.") }
        for lapse in lapses {
            let which = lapse.first ? "First update" : lapse.promised ? "Promised update" : "Update"
            if let sent = lapse.sentAt {
                lines.append("- \(which) due \(time(lapse.dueAt)), sent \(time(sent)): overdue by \(formatDuration(lapse.overdueBy)).")
            } else {
                lines.append("- \(which) due \(time(lapse.dueAt)), none sent before resolution: overdue by \(formatDuration(lapse.overdueBy)).")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func escalation() -> String {
        var lines = ["## Escalation path", ""]
        if model.escalation.isEmpty, model.executiveDecisions.isEmpty { lines.append(placeholder("No escalation beyond the team")) }
        for (index, step) in model.escalation.enumerated() {
            lines.append("\(index + 1). **\(time(step.at))** · \(text(step.title)): \(step.step.rawValue)"
                + (model.isPublic ? "" : " (recorded by \(text(step.by)))") + (step.note.map { ": " + block($0) } ?? ""))
        }
        if !model.executiveDecisions.isEmpty { lines.append("") }
        for decision in model.executiveDecisions {
            lines.append("- **\(time(decision.at))** · \(text(decision.decidedBy)) decided \(decision.alert ? "to alert" : "not to alert") the \(text(model.executiveGroup))"
                + (decision.note.map { ": " + block($0) } ?? "") + ".")
        }
        return lines.joined(separator: "\n")
    }

    private func review() -> String {
        let review = model.review
        var lines = ["## Review", ""]
        lines.append("- **Scheduled for:** " + (review.scheduledFor.map(time) ?? placeholder("Not scheduled: incident review schedule --at TIME"))
            + (review.lateReason.map { " (later than the deadline: \(text($0)))" } ?? ""))
        if let deadline = review.deadline { lines.append("- **Due by:** \(time(deadline))") }
        lines.append("- **Held:** " + (review.heldAt.map(time) ?? placeholder("Not held yet: incident review held --attendee NAME")))
        if !review.attendees.isEmpty { lines.append("- **Attended:** " + review.attendees.map(text).joined(separator: ", ")) }
        lines += ["", "### Outcome", "", review.outcome.map(ReportEscaping.paragraphs) ?? placeholder(review.missingOutcome)]
        return lines.joined(separator: "\n")
    }

    private func followUps() -> String {
        var lines = ["## Follow-up actions", ""]
        if model.followUps.isEmpty { lines.append(placeholder("None agreed yet: incident report follow-up TEXT --owner NAME")) }
        for action in model.followUps {
            lines.append("- \(block(action.action))\n  **Owner:** \(text(action.owner))" + (action.tracker.map { " · **Tracker:** \(text($0))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    private func publicationLines(_ publication: ReportModel.PublicationLine) -> String {
        var lines = ["## Publication", ""]
        lines.append("- **Report written:** " + (publication.writtenAt.map(time) ?? placeholder("Not recorded: incident report written"))
            + (publication.location.map { " (\(text($0)))" } ?? ""))
        if let published = publication.publishedAt {
            lines.append("- **Published:** \(time(published))" + (publication.overrideReason.map { " (reason recorded: \(text($0)))" } ?? ""))
        } else if let withheld = publication.withheldReason {
            lines.append("- **Withheld:** " + (publication.withheldAt.map { time($0) + ": " } ?? "") + text(withheld))
        } else {
            lines.append("- **Published:** " + placeholder("Not yet: incident report publish, or incident report withhold --reason TEXT"))
        }
        return lines.joined(separator: "\n")
    }
}
