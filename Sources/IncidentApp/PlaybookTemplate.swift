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
        func details(_ d: ContactDetails) -> [String] {
            [d.phone.map { "phone = \(quoted($0))" }, d.chat.map { "chat = \(quoted($0))" }, d.notes.map { "notes = \(quoted($0))" }].compactMap { $0 }
        }
        func level(_ level: EscalationLevelDefinition) -> String {
            var parts = ["id = \(quoted(level.id))", "title = \(quoted(level.title))"]
            if let minutes = level.noAnswerMinutes { parts.append("no_answer_minutes = \(minutes)") }
            if !level.contacts.isEmpty {
                parts.append("contacts = [" + level.contacts.map { c in "{ " + (["name = \(quoted(c.name))"] + details(c.details)).joined(separator: ", ") + " }" }
                    .joined(separator: ", ") + "]")
            }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
        func hours(_ h: WeeklyHours) -> [String] {
            ["time_zone = \(quoted(h.timeZone))", "days = [\(h.days.map { quoted($0.rawValue) }.joined(separator: ", "))]",
             "hours = [\(h.ranges.map { quoted($0.text) }.joined(separator: ", "))]"]
                + (h.holidays.isEmpty ? [] : ["holidays = [\(h.holidays.map(quoted).joined(separator: ", "))]"])
        }
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
            "# Where the emergency contacts are kept: shown wherever a contact is missing.",
            playbook.emergencyContactsDocument.map { "emergency_contacts = \(quoted($0))" } ?? "# emergency_contacts = \"https://...\"",
            "",
            "# Who may lead: a listed person's production access is known; others need it confirmed when assigned.",
            "# phone, chat and notes say how to reach them; escalation_rota = true: suggested as comms out of hours.",
        ]
        if playbook.roster.isEmpty {
            lines += ["# [[roster]]", "# name = \"kim\"", "# production_access = true"]
        }
        for entry in playbook.roster {
            lines += ["[[roster]]", "name = \(quoted(entry.name))", "production_access = \(entry.productionAccess)"] + details(entry.contact)
            if entry.escalationRota { lines.append("escalation_rota = true") }
        }
        lines += ["", "# In hours and out of hours: the start-work time and who may do comms depend on it.", "[working_hours]"]
            + hours(playbook.workingHours.hours)
        lines += ["", "# Start work within these minutes of declaration (in hours, and out of hours); update tenants this often."]
        for policy in playbook.priorities {
            lines += ["[[priorities]]", "priority = \(quoted(policy.priority.rawValue))", "name = \(quoted(policy.name))",
                      "start_work = \(quoted(policy.startWorkWithin))", "update_every_minutes = \(policy.updateEveryMinutes)"]
            if let minutes = policy.startWorkMinutesInHours { lines.append("start_work_minutes = \(minutes)") }
            if let minutes = policy.startWorkMinutesOutOfHours { lines.append("start_work_minutes_out_of_hours = \(minutes)") }
        }
        lines += ["", "# Suppliers and their support routes: kind (console, chat, phone, email), address, hours (\"24/7\", or",
                  "# time_zone, days and ranges), best_effort = true for a route answered only in those business hours."]
        for supplier in playbook.suppliers {
            lines += ["[[suppliers]]", "name = \(quoted(supplier.name))", "contract = \(quoted(supplier.contract))"]
            if let notes = supplier.notes { lines.append("notes = \(quoted(notes))") }
            for route in supplier.routes {
                lines += ["[[suppliers.routes]]", "kind = \(quoted(route.kind.rawValue))", "address = \(quoted(route.address))"]
                if let note = route.note { lines.append("note = \(quoted(note))") }
                switch route.hours {
                case .always: lines.append("hours = \"24/7\"")
                case let .hours(h): lines += hours(h)
                case let .bestEffort(h): lines += hours(h) + ["best_effort = true"]
                }
            }
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
            "# What each template fills the comms message with, ready to edit and post (the console records, it sends nothing).",
            "[statuspage.texts]",
        ]
        for name in playbook.statuspage.templates {
            if let text = playbook.statuspage.text(of: name) { lines.append("\(quoted(name)) = \(quoted(text))") }
        }
        lines += [
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
            "# Minutes a step or update due at once (the first tenant update, set-up steps) shows as \"due now\" before it is overdue.",
            "grace_minutes = \(playbook.reminders.graceMinutes)",
            "",
            "# The team's own words for a checklist step, by id: " + Playbook.standard.checklist.map(\.id).joined(separator: ", ") + ".",
            "[checklist]",
        ]
        lines += reworded(playbook).map { "\($0.id) = \(quoted($0.title))" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The steps whose title is not the standard one (the two channel steps follow `[channels]` by themselves, unless
    /// worded otherwise).
    static func reworded(_ playbook: Playbook) -> [ChecklistStepDefinition] {
        playbook.checklist.filter { step in
            let standard = Playbook.standard.checklistStep(step.id)?.title
            return switch step.id {
            case StepID.joinIncidentChannel: step.title != standard && step.title != "Join \(playbook.channels.incident)"
            case StepID.tellTeamChannel: step.title != standard && step.title != "Tell the team in \(playbook.channels.team)"
            default: step.title != standard
            }
        }
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
