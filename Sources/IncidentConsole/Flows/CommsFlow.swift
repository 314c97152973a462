/// Records comms that were posted (the console sends nothing): channel, then for Statuspage status, components,
/// template; then the text (a chosen template's text to start from, to copy) and an optional promise.
import IncidentCore

struct CommsFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    enum Step { case channel, status, components, confirmNoComponents, template, text, promise }
    var step = Step.channel
    var channel = CommsChannel.statuspage
    var status: StatuspageStatus?
    var components: [String] = []
    var template: String?
    var text = ""
    /// Sending with no component ticked was confirmed in the flow, so the record does not refuse it afterwards.
    var confirmedNoNotification = false
    var componentsChosen = false

    /// "resolved" is offered only once the incident is resolved: the record refuses it before.
    private func offeredStatuses(_ context: FlowContext) -> [StatuspageStatus] {
        StatuspageStatus.allCases.filter { $0 != .resolved || context.incident.phase == .resolved }
    }

    func question(_ context: FlowContext) -> Question {
        let state = context.incident
        switch step {
        case .channel:
            let clock = CommsClock(state: state, playbook: context.playbook, now: context.now)
            let teamDetail = state.comms.teamToldAt.map { "told at \(context.clockFormat.hourMinute($0))" } ?? "not told yet"
            let tenantDetail = clock.dueAt.map { "next update due \(context.clockFormat.hourMinute($0))" }
            let options = [
                ChoiceOption("Team channel (\(context.playbook.channels.team))", detail: teamDetail),
                ChoiceOption("Statuspage: tenants", detail: tenantDetail),
                ChoiceOption("Email"),
            ]
            // The team hears first; after that the tenant update is what falls due.
            return .choice("Record comms", "Where to?", options, selected: state.comms.teamToldAt == nil ? 0 : 1,
                           notes: [Self.recordsOnly])
        case .status:
            let current = state.comms.statuspageStatus?.rawValue ?? "none yet"
            let offered = offeredStatuses(context)
            let options = [ChoiceOption("Keep (\(current))")] + offered.map { ChoiceOption($0.rawValue) }
            // Resolved: the final update. Reopened while Statuspage still says resolved: investigating again.
            let preselected = state.phase == .resolved ? offered.count
                : state.comms.statuspageStatus == nil || state.comms.statuspageStatus == .resolved ? 1 : 0
            return .choice(title(context), "Statuspage status:", options, selected: preselected)
        case .components:
            let known = context.playbook.statuspage.components
            // Back from "send with no components?", the list shows what was just ticked, not the last update's.
            let ticked = Set((componentsChosen ? components : state.comms.components).compactMap { known.firstIndex(of: $0) })
            return Question(title: title(context), prompt: "Affected components (Space ticks, Enter accepts):",
                            input: .multiChoice(ChoiceList(known.map { ChoiceOption($0) }, ticked: ticked)),
                            notes: ["Without a ticked component Statuspage notifies no subscribers."])
        case .confirmNoComponents:
            return .confirm(title(context), "No components ticked: subscribers will NOT be notified. Send anyway? y/N",
                            notes: ["n goes back to tick the affected components."], notesWarn: true)
        case .template:
            let templates = context.playbook.statuspage.templates
            let options = templates.map { ChoiceOption($0) } + [ChoiceOption("(no template)")]
            return .choice(title(context), "Template:", options, selected: suggestedTemplate(context) ?? templates.count)
        case .text:
            let audience = channel == .statuspage ? "tenants" : channel == .team ? "the team" : "email"
            let prefill = template.flatMap(context.playbook.statuspage.text(of:)) ?? ""
            let place = channel == .statuspage ? "on Statuspage" : channel == .team ? "in \(context.playbook.channels.team)" : "by email"
            let copy = prefill.isEmpty ? "" : "The template's text, to edit: copy it and post it \(place). "
            return .text(title(context), "Message to \(audience):", prefill: prefill, multiline: true,
                         notes: ["\(copy)Enter records what you posted \(place); nothing is sent from here."])
        case .promise:
            let cadence = context.playbook.cadenceMinutes(for: state.priority)
            return .text(title(context), "Promise the next update in how many minutes? (Enter: every \(cadence) min)")
        }
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        switch step {
        case .channel:
            channel = CommsChannel.allCases[answer.choice ?? 0]
            step = channel == .statuspage ? .status : .text
            return .next
        case .status:
            let index = answer.choice ?? 0
            let offered = offeredStatuses(context)
            status = index == 0 || index > offered.count ? nil : offered[index - 1]
            step = .components
            return .next
        case .components:
            if case let .choices(indices) = answer {
                components = indices.map { context.playbook.statuspage.components[$0] }
            }
            componentsChosen = true
            // Asked here, so "no" goes back to the components rather than losing the message typed later.
            step = components.isEmpty && !context.playbook.statuspage.components.isEmpty ? .confirmNoComponents : .template
            return .next
        case .confirmNoComponents:
            confirmedNoNotification = answer.confirmed
            step = answer.confirmed ? .template : .components
            return .next
        case .template:
            let templates = context.playbook.statuspage.templates
            let index = answer.choice ?? templates.count
            template = index < templates.count ? templates[index] : nil
            step = .text
            return .next
        case .text:
            guard let message = answer.optionalText else { return .invalid("Type the message first, or press Esc to cancel.") }
            text = message
            // The final "resolved" update stops the clock: there is no next update to promise.
            if channel == .statuspage, status != .resolved {
                step = .promise
                return .next
            }
            return .finish([.perform(.sendComms(request(promising: nil)))])
        case .promise:
            var minutes: Int?
            if let typed = answer.optionalText {
                // The core refuses a promise beyond the cadence; asking again here saves walking all six steps twice.
                let cadence = context.playbook.cadenceMinutes(for: context.incident.priority)
                guard let number = Int(typed), (1...max(1, cadence)).contains(number) else {
                    return .invalid("Type a number of minutes between 1 and \(cadence), or leave it empty to keep the usual cadence.")
                }
                minutes = number
            }
            return .finish([.perform(.sendComms(request(promising: minutes)))])
        }
    }

    private func request(promising minutes: Int?) -> CommsRequest {
        guard channel == .statuspage else { return CommsRequest(channel: channel, text: text) }
        var request = CommsRequest(channel: .statuspage, text: text, status: status, components: components, template: template,
                                   nextUpdateInMinutes: minutes)
        request.confirmedNoNotification = confirmedNoNotification
        return request
    }

    /// What the dialog does, said where it starts: the record is kept here, the posting is done elsewhere.
    static let recordsOnly = "Records what you post or send; the console sends nothing itself."

    private func title(_ context: FlowContext) -> String {
        guard channel == .statuspage else { return channel == .team ? "Tell the team" : "Record an email" }
        let steps: [Step] = [.channel, .status, .components, .template, .text] + (status == .resolved ? [] : [.promise])
        let shown = step == .confirmNoComponents ? .components : step
        return "Statuspage update (\((steps.firstIndex(of: shown) ?? 0) + 1)/\(steps.count))"
    }

    /// The first update uses the playbook's first template; later ones the template named after the status.
    private func suggestedTemplate(_ context: FlowContext) -> Int? {
        let templates = context.playbook.statuspage.templates
        let state = context.incident
        if state.comms.statuspageOpenedAt == nil { return templates.firstIndex(of: context.playbook.statuspage.firstTemplate) }
        guard let status = status ?? state.comms.statuspageStatus else { return nil }
        let stem = String(status.rawValue.prefix(6))
        return templates.firstIndex { $0.lowercased().contains(stem) }
    }
}
