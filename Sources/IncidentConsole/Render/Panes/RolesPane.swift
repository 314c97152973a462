/// The Roles pane: who holds each role (lead with a production-access mark), for how long, and open set-up steps.
import IncidentCore
import ScreenGrid

enum RolesPane {
    static func lines(_ state: IncidentState, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        let view = RolesView(state: state, now: context.now)
        let labelWidth = 13
        var lines: [StyledLine] = []
        let checklist = Checklist(state: state, playbook: context.playbook, now: context.now)
        let nominations = [Role.lead: StepID.nominateLead, .comms: StepID.nominateComms]
        // Open set-up steps follow the set-up roles; the nominations show as vacant roles instead.
        let setup = checklist.stage(.setup).filter { [ChecklistItem.Status.open, .dueNow, .overdue].contains($0.status) && !nominations.values.contains($0.id) }
        let order: [Role] = [.support, .lead, .comms, .productManager, .deliveryManager]
        for role in order {
            if role == .productManager {
                for item in setup { lines += stepLines(item, width: width, context: context) }
            }
            guard let holder = view.holders.first(where: { $0.role == role }) else { continue }
            var line = StyledLine()
            line.add(padded(label(role), toWidth: labelWidth), theme.dim)
            if let person = holder.person {
                var name = context.clean(person.name)
                if role == .lead { name += holder.productionAccess == nil ? " [prod?]" : " [prod]" }
                let held = holder.heldFor.map(ClockFormat.span) ?? ""
                let room = max(1, width - labelWidth - held.count - 1)
                line.add(padded(TextWidth.truncate(name, toWidth: room, ellipsis: context.glyphs.ellipsis), toWidth: room), theme.strong)
                line.add(" " + held, theme.dim)
            } else if let step = nominations[role], let item = checklist.items.first(where: { $0.id == step }) {
                line.spans.append(context.mark(item.status))
                line.add(" vacant: \(KeyHint.key(.roles)) to assign", item.status == .overdue ? theme.danger : theme.warn)
            } else {
                line.add("-", theme.dim)
            }
            lines.append(line)
        }
        let members = view.members.compactMap { member in member.person.map { "\(context.clean($0.name)) \(ClockFormat.span(member.heldFor ?? 0))" } }
        let team = members.isEmpty ? "-" : members.joined(separator: ", ")
        let wrappedTeam = context.wrap(team, width: max(1, width - labelWidth))
        for (index, text) in wrappedTeam.enumerated() {
            var line = StyledLine()
            line.add(padded(index == 0 ? "Team" : "", toWidth: labelWidth), theme.dim)
            line.add(text, members.isEmpty ? theme.dim : theme.normal)
            lines.append(line)
        }
        // Below the fold on small screens; filled in where there is room.
        let handedOver = view.history.filter { $0.until != nil }
        if !handedOver.isEmpty {
            lines += [.blank, StyledLine("Hand-overs", theme.strong)]
            for tenure in handedOver {
                let text = "\(tenure.role.title): \(tenure.person.name), \(context.local.hourMinute(tenure.from))-\(tenure.until.map(context.local.hourMinute) ?? "")"
                lines += context.wrapped(text, theme.dim, width: width, indent: 2)
            }
        }
        lines += [.blank, StyledLine("Process checklist", theme.strong)]
        for item in checklist.items where item.status != .later { lines += stepLines(item, width: width, context: context) }
        return lines
    }

    /// "[!] Join #paas-incident" ("[*]" in amber while due now), wrapped under the text.
    static func stepLines(_ item: ChecklistItem, width: Int, context: RenderContext, suffix: String = "") -> [StyledLine] {
        let mark = context.mark(item.status)
        let style = switch item.status {
        case .overdue: context.theme.danger
        case .dueNow: context.theme.warn
        case .done: context.theme.dim
        case .open, .later: context.theme.normal
        }
        let wrapped = context.wrap(context.clean(item.title) + suffix, width: max(1, width - 4))
        return wrapped.enumerated().map { index, text in
            StyledLine(index == 0 ? [mark, Span(text: " " + text, style: style)] : [Span(text: "    " + text, style: style)])
        }
    }

    private static func label(_ role: Role) -> String {
        switch role {
        case .support: "On support"
        case .lead: "Lead"
        case .comms: "Comms"
        case .member: "Team"
        case .productManager: "Product mgr"
        case .deliveryManager: "Delivery mgr"
        }
    }
}
