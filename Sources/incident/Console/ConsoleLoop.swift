/// The console's run loop: keys in, effects carried out through the store, frames out, once a second.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentConsole
import IncidentCore
import IncidentStore
import ScreenGrid

final class ConsoleLoop {
    private let terminal: any ScreenGrid.Terminal
    private let context: GlobalOptions.Context
    private let notifications: Bool
    private let theme: Theme?
    private var model = ConsoleModel()
    private var follower: IncidentFollower?
    private var openIncidents: [IncidentListing] = []
    private var recentIncidents: [IncidentListing] = []
    /// One schedule per incident, so reminders keep their rhythm when the responder switches incidents.
    private var reminders: [IncidentID: ReminderSchedule] = [:]
    /// While the list of open incidents shows, each of them is followed too: the list marks what is overdue,
    /// and reminders ring for every open incident, not only for one on screen.
    private var listed: [IncidentID: IncidentFollower] = [:]
    private var listsReadAt = Date.distantPast
    /// The last store problem seen while following, so it is reported once, not every second.
    private var storeProblem: String?

    init(terminal: any ScreenGrid.Terminal, context: GlobalOptions.Context, notifications: Bool, theme: Theme?) {
        self.terminal = terminal
        self.context = context
        self.notifications = notifications
        self.theme = theme
    }

    private var service: IncidentService { context.service }

    /// Runs until the user quits or a signal arrives; returns the exit status.
    func run(incident explicit: String?) -> Int32 {
        readLists(force: true)
        // Pointed out once: the files stay, renamed, and later consoles do not repeat the notice.
        let drafts = DraftKeeper.unseen(environment: context.environment)
        if let newest = drafts.first {
            let paths = drafts.map(DraftKeeper.markSeen)
            let more = drafts.count > 1 ? " (and \(drafts.count - 1) more beside it)" : ""
            _ = model.receive(.failed(message: "Text typed into a console that was ended is kept in \(paths.first?.path ?? newest.path)\(more)"),
                              snapshot: makeSnapshot())
        }
        if let explicit {
            if let id = try? service.selectIncident(explicit) { open(id) }
        } else if openIncidents.count == 1 {
            open(openIncidents[0].id)
        }
        while true {
            if let signal = terminal.terminationSignal { return finish(signal: signal) }
            let snapshot = makeSnapshot()
            terminal.present(ConsoleRenderer.render(model, snapshot))
            terminal.showCursor(at: ConsoleRenderer.cursor(model, snapshot))
            let wait = 1000 - Int(snapshot.now.timeIntervalSince1970 * 1000) % 1000
            if let key = terminal.readKey(timeoutMilliseconds: max(wait, 10)) {
                if key == .resize { terminal.invalidate() }
                if carryOut(model.handle(readBatch(startingWith: key), snapshot: makeSnapshot())) { return finish(signal: nil) }
            }
            follow()
            remind()
        }
    }

    /// Keys that arrived together are handed over as one batch (a paste from a terminal without
    /// bracketed paste arrives that way; with it, the terminal reports one `.paste`).
    private func readBatch(startingWith first: KeyEvent) -> [KeyEvent] {
        var batch = [first]
        while batch.count < 65_536, let next = terminal.readKey(timeoutMilliseconds: 0) { batch.append(next) }
        return batch
    }

    /// Carries out effects, feeding each outcome back; returns true when the console should quit.
    private func carryOut(_ effects: [ConsoleEffect]) -> Bool {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            var outcome: CommandOutcome?
            switch effect {
            case .quit:
                return true
            case .bell:
                terminal.bell()
            case .redraw:
                terminal.invalidate()
            case let .open(id):
                open(id)
            case .leaveIncident:
                follower = nil
                readLists(force: true)
            case let .perform(command):
                outcome = perform(command)
            case let .declare(title, priority, security):
                outcome = declare(title: title, priority: priority, securitySensitive: security)
            case let .commandLine(line):
                outcome = runCommandLine(line)
            }
            if let outcome { queue += model.receive(outcome, snapshot: makeSnapshot()) }
        }
        return false
    }

    private func perform(_ command: Command) -> CommandOutcome {
        guard let id = follower?.id else { return .failed(message: "No incident is open.") }
        return attempt { saved(try service.perform(command, on: id, as: context.actor)) }
    }

    /// After an append: show it at once, and say what was saved.
    private func saved(_ accepted: IncidentService.Accepted) -> String {
        follow()
        return accepted.events.last.map { "Saved: \($0.payload.summary)" } ?? "Saved."
    }

    /// `:` lines take the command line's verbs, e.g. `:log --kind finding router 2 drops packets`.
    private func runCommandLine(_ line: String) -> CommandOutcome {
        let words: [String]
        do { words = try CommandLineWords.split(line) } catch { return .failed(message: "\(error)") }
        guard !words.isEmpty else { return .failed(message: "Type a command, such as: log --kind finding TEXT") }
        // Standard input is the terminal here: reading it would hang the console.
        guard !words.contains("-") else { return .failed(message: "'-' reads standard input, which the console cannot; type the text instead.") }
        if words.contains(where: { ["--help", "-h", "help"].contains($0) }) {
            return .failed(message: "Help is not shown here: press Esc then ? for the keys, or run incident \(words[0] == "help" ? "" : words[0] + " ")--help in a shell.")
        }
        let parsed: any ParsableCommand
        do { parsed = try IncidentCommand.parseAsRoot(words) } catch {
            return .failed(message: IncidentCommand.message(for: error))
        }
        if let new = parsed as? NewCommand {
            return declare(title: new.title.joined(separator: " "), priority: new.priority, securitySensitive: new.security)
        }
        if let verb = parsed as? any IncidentVerb, verb.global.incident != nil || verb.global.actor != nil || verb.global.store != nil {
            return .failed(message: "--incident, --as and --store do not apply here: the console acts as \(context.actor) on the incident on screen.")
        }
        guard let verb = parsed as? any IncidentVerb else {
            let shown = ["show", "list", "console"].contains(words[0])
            return .failed(message: "':\(words[0])' is not available in the console" + (shown ? "; the screen shows it." : "; run incident \(words[0]) in a shell.")
                + " Try :log, :assign, :comms, :escalate, :resolve.")
        }
        guard let id = follower?.id else { return .failed(message: "No incident is open.") }
        return attempt { saved(try verb.perform(in: context, incident: id)) }
    }

    /// Declares a new incident and opens it (from `n` on the welcome screen, or `:new`).
    private func declare(title: String, priority: Priority?, securitySensitive: Bool) -> CommandOutcome {
        attempt {
            let accepted = try service.declare(title: title, priority: priority, securitySensitive: securitySensitive, as: context.actor)
            if let id = accepted.state.id { open(id) }
            return "Declared \(accepted.state.id?.rawValue ?? "")."
        }
    }

    private func attempt(_ body: () throws -> String) -> CommandOutcome {
        do {
            return .accepted(summary: try body())
        } catch let error as AppError {
            if case let .refused(refusal) = error { return .refused(refusal) }
            return .failed(message: error.description)
        } catch {
            return .failed(message: AppError.wrap(error).description)
        }
    }

    private func open(_ id: IncidentID) {
        do {
            follower = try IncidentFollower(id: id, store: service.store)
            listed = [:]
            storeProblem = nil
        } catch {
            report(storeProblem: AppError.wrap(error).description)
        }
    }

    private func report(storeProblem problem: String) {
        guard problem != storeProblem else { return }
        storeProblem = problem
        _ = model.receive(.failed(message: problem), snapshot: makeSnapshot())
    }

    /// Reads what other consoles and scripts appended; runs every tick, so changes show within a second.
    private func follow() {
        do {
            try follower?.refresh(from: service.store)
            readLists(force: false)
            try followListed()
            storeProblem = nil
        } catch {
            report(storeProblem: AppError.wrap(error).description)
        }
    }

    /// The incident lists feed the welcome screen and the picker, every 2 s; with an incident open, only the header's
    /// count of other open incidents needs them, every 5 s.
    private func readLists(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(listsReadAt) >= (follower == nil ? 2 : 5) else { return }
        listsReadAt = now
        guard let summaries = try? service.store.incidents() else { return }
        let listings = summaries.map {
            IncidentListing(id: $0.id, title: $0.title, priority: $0.priority, phase: $0.phase, declaredAt: $0.declaredAt ?? .distantPast)
        }
        openIncidents = listings.filter { $0.phase == .active || $0.phase == .resolved }
        recentIncidents = Array(listings.filter { $0.phase == .closed }.prefix(5))
    }

    /// Rings for what fell due: the incident on screen, or every open incident while the list shows.
    private func remind() {
        let now = service.clock.now()
        let playbook = service.playbook
        let watched = follower.map { [$0] } ?? Array(listed.values)
        for incident in watched {
            let state = incident.state
            var schedule = reminders[incident.id] ?? ReminderSchedule()
            let alerts = schedule.alerts(now: now, clock: CommsClock(state: state, playbook: playbook, now: now),
                                         checklist: Checklist(state: state, playbook: playbook, now: now),
                                         repeatMinutes: playbook.reminders.repeatMinutes)
            reminders[incident.id] = schedule
            // One bell and one notification a tick for each incident, however many reminders fall due together.
            guard let notification = ReminderAlert.notification(for: alerts, incident: [state.id?.rawValue, state.title].compactMap { $0 }.joined(separator: " ")) else { continue }
            terminal.bell()
            if notifications { terminal.notify(title: notification.title, body: notification.body) }
        }
    }

    /// Keeps a follower for each open incident while the list shows (none while an incident is open).
    private func followListed() throws {
        guard follower == nil else { return }
        let open = Set(openIncidents.map(\.id))
        listed = listed.filter { open.contains($0.key) }
        for id in open {
            if listed[id] == nil {
                listed[id] = try IncidentFollower(id: id, store: service.store)
            } else {
                try listed[id]?.refresh(from: service.store)
            }
        }
    }

    private func listedWithAlarms() -> [IncidentListing] {
        let now = service.clock.now()
        return openIncidents.map { listing in
            var listing = listing
            listing.alarm = listed[listing.id].flatMap { IncidentAlarm.summary($0.state, playbook: service.playbook, now: now) }
            return listing
        }
    }

    private func makeSnapshot() -> ConsoleSnapshot {
        ConsoleSnapshot(
            state: follower?.state, openIncidents: listedWithAlarms(), recentIncidents: recentIncidents,
            playbook: service.playbook, now: service.clock.now(), timeZone: context.timeZone, actor: context.actor,
            size: terminal.size, unicode: terminal.capabilities.unicode, colors: terminal.capabilities.colorCount > 0,
            theme: theme)
    }

    private func finish(signal: Int32?) -> Int32 {
        let draft = signal == nil ? nil : model.unsentDraft
        terminal.showCursor(at: nil)
        terminal.shutdown()
        if let draft {
            // Text not yet submitted is not in the record; keep it in a file rather than lose it.
            let kept = try? DraftKeeper.save(title: draft.title, text: draft.text, incident: follower?.id,
                                             at: service.clock.now(), environment: context.environment)
            let note = kept.map { "your unsent text is kept in \($0.path)" } ?? "your unsent text could not be kept"
            Terminal.err("incident: the console was ended while you were typing; \(note)")
        }
        // Every entry is saved before it is shown, so nothing is lost whichever way the console ends.
        switch signal {
        case nil, SIGHUP, SIGINT, SIGQUIT: return 0
        default: return 128 + (signal ?? 0)
        }
    }
}

