/// The alarm line under the header: tenant update overdue (unless snoozed), work not started in time, a level not
/// answering, or a checklist step overdue.
import IncidentCore
import ScreenGrid

enum BannerView {
    /// The banner's text, or nil when nothing is overdue: the most urgent item of the core's overdue view.
    static func text(_ state: IncidentState, context: RenderContext) -> String? {
        let overdue = OverdueView(state: state, playbook: context.playbook, now: context.now).alarming
        guard let first = overdue.first else { return nil }
        let comms = overdue.lazy.compactMap { item -> String? in
            guard case let .comms(phase, by, _) = item else { return nil }
            return "\(OverdueText.comms(phase, first: false)) overdue by \(ClockFormat.countdown(by))"
        }.first
        switch first {
        case let .alertInformationAssurance(title):
            // A suspected breach comes before everything else, tenant updates included: Information Assurance first.
            return "\(title) now \(context.dash) \(hint(for: StepID.alertInformationAssurance))" + (comms.map { "; then: \($0.lowercased())" } ?? "")
        case .comms:
            return "\(comms ?? "") \(context.dash) press \(KeyHint.key(.comms))"
        case let .startWork(by):
            return "Start work overdue by \(ClockFormat.countdown(by)) \(context.dash) log the first action (\(KeyHint.key(.log(.action)))) or finding (\(KeyHint.key(.log(.finding))))"
        case let .escalation(_, title):
            return "No answer from \(title) \(context.dash) press \(KeyHint.key(.escalate)): reached, or unavailable and move on"
        case let .step(id, title):
            let steps = overdue.filter { if case .step = $0 { true } else { false } }.count
            let more = steps > 1 ? " (+\(steps - 1) more)" : ""
            return "Overdue: \(title)\(more) \(context.dash) \(hint(for: id))"
        }
    }

    static func draw(_ text: String, row: Int, width: Int, context: RenderContext, grid: inout Grid) {
        grid.fill(Rect(x: 0, y: row, width: width, height: 1), style: context.theme.alarm)
        let label = " \(context.glyphs.warning) " + context.clean(text)
        grid.put(TextWidth.truncate(label, toWidth: width, ellipsis: context.glyphs.ellipsis), x: 0, y: row, style: context.theme.alarm)
    }

    /// How to do an overdue step from the console, in the key table's keys.
    static func hint(for step: String) -> String { KeyHint.forStep(step) }
}
