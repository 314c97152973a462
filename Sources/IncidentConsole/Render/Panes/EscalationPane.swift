/// The Escalation pane: the next step and who to call for it, with how; the ladder (Information Assurance first, in red,
/// once a breach is suspected); fallback, the executive group's decision, rota.
import IncidentCore
import ScreenGrid

enum EscalationPane {
    static func lines(_ state: IncidentState, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        let ladder = Ladder(state: state, playbook: context.playbook, now: context.now)
        let security = ladder.next?.kind == .security
        // The next step comes first: in a small pane it is the line that must not scroll out of sight.
        var lines = context.wrapped("Next: " + ladder.nextStep, security ? theme.danger : theme.strong, width: width, indent: 6)
        if let call = ladder.callNow { lines += callNow(call, width: width, context: context) }
        for level in ladder.levels {
            let isSecurity = level.kind == .security
            let marker = level.isNext ? context.glyphs.selection + " " : "  "
            let titleStyle = isSecurity ? theme.danger : level.isNext ? theme.strong : theme.normal
            let prefix = isSecurity ? context.glyphs.warning + " " : ""
            lines += context.wrapped(marker + prefix + level.title, titleStyle, width: width, indent: 2)
            let statusStyle: Style = level.urgency == .overdue ? theme.danger
                : level.urgency == .soon || level.noAnswerTooLong ? theme.warn
                : level.status?.step == .reached ? theme.ok
                : level.status?.step == .unavailable ? theme.dim : theme.normal
            lines += context.wrapped("    " + LadderText.status(of: level, clock: context.local), statusStyle, width: width, indent: 4)
            if let note = level.status?.note { lines += context.wrapped("    " + note, theme.dim, width: width, indent: 4) }
        }
        lines += context.wrapped(ladder.fallbackRule, theme.dim, width: width)
        if let decision = ladder.executiveAlert {
            let verdict = decision.alert ? "to alert" : "not to alert"
            lines += context.wrapped("\(decision.decidedBy.name) decided \(verdict) the \(ladder.executiveGroup) at \(context.local.hourMinute(decision.at))"
                + (decision.note.map { ": \($0)" } ?? ""), decision.alert ? theme.warn : theme.normal, width: width)
        } else if ladder.levels.contains(where: { $0.kind != .security && $0.status?.step == .reached }) {
            lines += context.wrapped("\(ladder.executiveGroup): decision not recorded (\(KeyHint.key(.escalate)))", theme.warn, width: width)
        }
        if !ladder.rotaPeople.isEmpty {
            lines += context.wrapped("On the escalation rota: " + ladder.rotaPeople.map { contactText(name: $0.name, $0.contact) }.joined(separator: "; "),
                                     theme.dim, width: width, indent: 2)
        }
        lines.append(StyledLine("Rota look-up (PagerDuty):", theme.dim))
        for (number, step) in ladder.rotaSteps.enumerated() {
            lines.append(StyledLine(TextWidth.truncate("\(number + 1) " + context.clean(step), toWidth: width, ellipsis: context.glyphs.ellipsis), theme.dim))
        }
        if !context.playbook.suppliers.isEmpty {
            lines += context.wrapped("Suppliers (\(KeyHint.key(.openSuppliers))): " + context.playbook.suppliers.map(\.name).joined(separator: ", "), theme.dim, width: width, indent: 2)
        }
        return lines
    }

    /// How to reach the level the next step names: "Call: kim 07700 900123, @kim", a line per contact; where the
    /// playbook has no phone or chat for them, where the emergency contacts are kept.
    static func callNow(_ call: CallNow, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        var lines: [StyledLine] = []
        for contact in call.contacts {
            lines += context.wrapped("Call: " + contactText(name: contact.name, contact.details), theme.strong, width: width, indent: 6)
        }
        if call.contactsMissing {
            // The playbook has no phone or chat for them: the emergency-contacts document has.
            lines += context.wrapped("Contacts: " + (call.emergencyContactsDocument ?? "none in the playbook."), theme.warn, width: width, indent: 2)
        }
        return lines
    }

    /// "kim 07700 900123, @kim (notes)".
    static func contactText(name: String, _ details: ContactDetails) -> String {
        let ways = [details.phone, details.chat].compactMap { $0 }.joined(separator: ", ")
        return name + (ways.isEmpty ? "" : " " + ways) + (details.notes.map { " (\($0))" } ?? "")
    }
}
