/// The Escalation pane: the ladder (Information Assurance first, in red, once a breach is suspected), next step, fallback, rota.
import IncidentCore
import ScreenGrid

enum EscalationPane {
    static func lines(_ state: IncidentState, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        let ladder = Ladder(state: state, playbook: context.playbook, now: context.now)
        let security = ladder.next?.kind == .security
        // The next step comes first: in a small pane it is the line that must not scroll out of sight.
        var lines = context.wrapped("Next: " + ladder.nextStep, security ? theme.danger : theme.strong, width: width, indent: 6)
        for level in ladder.levels {
            let isSecurity = level.kind == .security
            let marker = level.isNext ? context.glyphs.selection + " " : "  "
            let titleStyle = isSecurity ? theme.danger : level.isNext ? theme.strong : theme.normal
            let prefix = isSecurity ? context.glyphs.warning + " " : ""
            lines += context.wrapped(marker + prefix + level.title, titleStyle, width: width, indent: 2)
            let statusStyle: Style = level.noAnswerTooLong ? theme.warn
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
            lines += context.wrapped("\(ladder.executiveGroup): decision not recorded (e)", theme.warn, width: width)
        }
        lines.append(StyledLine("Rota look-up (PagerDuty):", theme.dim))
        for (number, step) in ladder.rotaSteps.enumerated() {
            lines.append(StyledLine(TextWidth.truncate("\(number + 1) " + context.clean(step), toWidth: width, ellipsis: context.glyphs.ellipsis), theme.dim))
        }
        return lines
    }
}
