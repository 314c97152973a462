/// Writes a playbook's file settings as TOML with comments: `incident playbook --template` starts a team's own file.
import IncidentCore
import ScreenGrid

extension PlaybookFile {
    /// Every setting a playbook file takes, with the values of `playbook`; parsing it gives `playbook` back.
    public static func template(_ playbook: Playbook = .standard) -> String {
        let quoted = tomlString
        func list(_ items: [String], indent: String = "  ") -> String {
            "[\n" + items.map { "\(indent)\(quoted($0)),\n" }.joined() + "]"
        }
        func level(_ level: EscalationLevelDefinition) -> String { "{ id = \(quoted(level.id)), title = \(quoted(level.title)) }" }
        var lines = [
            "# Incident Console playbook: your team's settings over the standard process.",
            "# Leave out any setting to keep the standard value. Save as ~/.config/incident/playbook.toml,",
            "# or point --playbook or INCIDENT_PLAYBOOK at it; check it with: incident playbook",
            "",
            "name = \(quoted(playbook.name))",
            "# The process says the person on support leads; a different lead is accepted with a warning.",
            "lead_should_be_support = \(playbook.leadShouldBeSupport)",
            "default_priority = \(quoted(playbook.defaultPriority.rawValue))",
            "",
            "# Who may lead: a listed person's production access is known; others need it confirmed when assigned.",
        ]
        if playbook.roster.isEmpty {
            lines += ["# [[roster]]", "# name = \"kim\"", "# production_access = true"]
        }
        for entry in playbook.roster {
            lines += ["[[roster]]", "name = \(quoted(entry.name))", "production_access = \(entry.productionAccess)"]
        }
        lines += [
            "",
            "[comms]",
            "# Minutes between tenant updates; with cadence_follows_priority, P1 1 h, P2 2 h, P3 4 h instead.",
            "tenant_update_minutes = \(playbook.tenantUpdateMinutes)",
            "cadence_follows_priority = \(playbook.cadenceFollowsPriority)",
            "",
            "[channels]",
            "incident = \(quoted(playbook.channels.incident))",
            "team = \(quoted(playbook.channels.team))",
            "",
            "[statuspage]",
            "first_template = \(quoted(playbook.statuspage.firstTemplate))",
            "templates = \(list(playbook.statuspage.templates))",
            "components = \(list(playbook.statuspage.components))",
            "",
            "[escalation]",
            "# How to find the escalation-rota person inside the team.",
            "rota_steps = \(list(playbook.escalation.rotaSteps))",
            "# Beyond the team, in order; the last resort only once all of these are unavailable.",
            "levels = [\n" + playbook.escalation.levels.map { "  \(level($0)),\n" }.joined() + "]",
            "last_resort = \(level(playbook.escalation.lastResort))",
            "security_contact = \(level(playbook.escalation.securityContact))",
            "executive_group = \(quoted(playbook.escalation.executiveGroup))",
            "no_answer_minutes = \(playbook.escalation.noAnswerMinutes)",
            "",
            "[review]",
            "within_days = \(playbook.reviewWithinDays)",
            "invitees = \(list(playbook.reviewInvitees))",
            "",
            "[reminders]",
            "warn_minutes_before = \(playbook.reminders.warnMinutesBefore)",
            "repeat_minutes = \(playbook.reminders.repeatMinutes)",
            "snooze_minutes = [\(playbook.reminders.snoozeMinutes.map(String.init).joined(separator: ", "))]",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a TOML basic string that reads back as `text`, holding no character a terminal would act on:
    /// quotes and backslashes are escaped, and every control character (C0, DEL, C1) and bidi control is
    /// written as an escape (`\n`, `\t`, `\u001B`), so the template is also safe to print.
    static func tomlString(_ text: String) -> String {
        var result: [UInt8] = [0x22]
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\"".utf8
            case "\\": result += "\\\\".utf8
            case "\n": result += "\\n".utf8
            case "\t": result += "\\t".utf8
            case "\r": result += "\\r".utf8
            default:
                if TextSanitizer.needsEscaping(scalar) {
                    result += TextSanitizer.unicodeEscape(scalar.value).utf8
                } else {
                    UTF8.encode(scalar) { result.append($0) }
                }
            }
        }
        result.append(0x22)
        return String(decoding: result, as: UTF8.self)
    }
}
