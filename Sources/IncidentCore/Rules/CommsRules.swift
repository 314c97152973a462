/// Rules for comms: the team channel, Statuspage updates and their cadence.
import Foundation

extension Rules {
    func sendComms(_ request: CommsRequest) throws -> [Draft] {
        let what = "Comms not recorded."
        let text = try requireText(request.text, what)
        let at = try backdate(request.at, what)
        // A component ticked twice is still one component.
        var seen = Set<String>()
        let components = request.components.filter { seen.insert($0).inserted }
        guard request.channel == .statuspage || (request.status == nil && components.isEmpty) else {
            throw Refusal(.invalidInput, what: what, why: "Status and components belong to Statuspage updates.",
                          instead: "Send it on the statuspage channel, or drop the status and components.")
        }
        var template = request.template
        var notifies = true
        if request.channel == .statuspage {
            try checkNames(components, known: playbook.statuspage.components, kind: "component", what)
            if let template { try checkNames([template], known: playbook.statuspage.templates, kind: "template", what) }
            if state.comms.statuspageOpenedAt == nil, template == nil { template = playbook.statuspage.firstTemplate }
            if request.status == .resolved, state.phase != .resolved {
                throw Refusal(.wrongPhase, what: what, why: "A \"resolved\" Statuspage update comes after the incident is resolved.",
                              instead: "Resolve it first with the product and delivery managers, then send the final update.", remedy: .resolve)
            }
            // The seed: tick the affected components on every create or update, or nobody is notified.
            if components.isEmpty {
                guard request.confirmedNoNotification else {
                    throw Refusal(.needsConfirmation(.noComponents), what: what,
                                  why: "No affected components are ticked, so Statuspage will notify no subscribers.",
                                  instead: "Tick the affected components, or confirm that nobody will be notified.", remedy: .confirm(.noComponents))
                }
                notifies = false
            }
        }
        var promise: Date?
        if let minutes = request.nextUpdateInMinutes {
            let cadence = playbook.cadenceMinutes(for: state.priority)
            guard request.channel == .statuspage, (1...cadence).contains(minutes) else {
                throw Refusal(.invalidInput, what: what,
                              why: request.channel == .statuspage
                                  ? "Tenant updates are due every \(cadence) min; a promise can only bring the next one sooner."
                                  : "Only a Statuspage update promises the next tenant update.",
                              instead: "Promise between 1 and \(cadence) minutes.")
            }
            promise = (at ?? moment).addingTimeInterval(Double(minutes) * 60)
        }
        let message = CommsMessage(channel: request.channel, text: text, status: request.status, components: components,
                                   template: template, nextUpdateDueAt: promise, notifiesSubscribers: notifies)
        return joinIfNew() + [Draft(.commsSent(message), at: at)]
    }

    /// A snooze needs a tenant update pending.
    func requireCommsPending() throws {
        guard CommsClock(state: state, playbook: playbook, now: now).isRunning else {
            throw Refusal(.wrongPhase, what: "Reminder not snoozed.", why: "No tenant update is pending.", instead: "")
        }
    }

    /// A status is set on a Statuspage incident that exists.
    func requireStatuspageIncident() throws {
        guard state.comms.statuspageOpenedAt != nil else {
            throw Refusal(.wrongPhase, what: "Statuspage status not changed.", why: "There is no Statuspage incident yet.",
                          instead: "Create it first with a Statuspage update using \"\(playbook.statuspage.firstTemplate)\".", remedy: .sendComms(.statuspage))
        }
    }

    func setStatuspageStatus(_ status: StatuspageStatus) throws -> [Draft] {
        let what = "Statuspage status not changed."
        try requireStatuspageIncident()
        // After a reopen and a second resolution Statuspage may still show resolved: saying so again is the final update.
        let finalUpdateOwed = status == .resolved && state.phase == .resolved && state.comms.finalUpdateAt == nil
        guard state.comms.statuspageStatus != status || finalUpdateOwed else {
            throw Refusal(.alreadyDone, what: what, why: "Statuspage already shows \(status.rawValue).",
                          instead: "Send a Statuspage update to tell tenants more.", remedy: .sendComms(.statuspage))
        }
        if status == .resolved, state.phase != .resolved {
            throw Refusal(.wrongPhase, what: what, why: "Statuspage shows resolved only once the incident is resolved.",
                          instead: "Resolve the incident first.", remedy: .resolve)
        }
        return joinIfNew() + [Draft(.statuspageStatusChanged(status: status))]
    }

    func snooze(minutes: Int) throws -> [Draft] {
        let what = "Reminder not snoozed."
        guard playbook.reminders.snoozeMinutes.contains(minutes) else {
            throw Refusal(.unknownName, what: what, why: "\(minutes) min is not a snooze length.",
                          instead: "Choose \(playbook.reminders.snoozeMinutes.map(String.init).joined(separator: ", ")) min.")
        }
        try requireCommsPending()
        return [Draft(.commsReminderSnoozed(until: now.addingTimeInterval(Double(minutes) * 60), minutes: minutes))]
    }

    func checkNames(_ names: [String], known: [String], kind: String, _ what: String) throws {
        guard !known.isEmpty else { return }
        for name in names where !known.contains(name) {
            throw Refusal(.unknownName, what: what, why: "There is no \(kind) called '\(name)'.",
                          instead: "Known \(kind)s: \(known.joined(separator: ", ")).")
        }
    }
}
