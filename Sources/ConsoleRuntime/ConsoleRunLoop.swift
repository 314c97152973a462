/// The console's run loop: keys in, store work handed to a worker, reminders rung, frames out once a second.
import Foundation
import IncidentApp
import IncidentConsole
import IncidentCore
import ScreenGrid

/// Runs on one thread (curses' thread); the store is read and written on `StoreWorker`'s queue, so a store
/// held busy by another process never stops the countdown or typing. While an append is on its way the
/// message area says "Saving..." and keys typed meanwhile wait, to be handled in order once it is done.
public final class ConsoleRunLoop {
    /// How the console ended: the exit status, and a line for standard error once the screen is given back.
    public struct Exit: Sendable, Equatable {
        public var status: Int32
        public var message: String?
    }

    let terminal: any Terminal
    let configuration: ConsoleConfiguration
    let worker: StoreWorker
    var model = ConsoleModel()
    var view = StoreView()
    /// One schedule per incident, so reminders keep their rhythm when the responder switches incidents.
    var reminders: [IncidentID: ReminderSchedule] = [:]
    /// The last store problem reported, so it is reported once, not every second.
    var storeProblem: String?
    /// Effects not yet carried out: they wait while a store job for an earlier one runs.
    var pendingEffects: [ConsoleEffect] = []
    /// Keys read while a store job ran, handled in order once it is done.
    var queuedKeys: [KeyEvent] = []
    /// A job the effects wait for is running; `saving` when it appends.
    var awaitingStore = false
    var saving = false
    var followInFlight = false
    var quitRequested = false
    private var lastSecond: Int64?
    /// How often the worker looks for what others appended, in milliseconds; when it last did.
    private let followInterval: Int64
    private var lastFollow: Int64 = 0
    private var needsFrame = true
    /// What the last frame drew: an idle second redraws the clocks, not the timeline.
    private let renderCache = RenderCache()

    public init(terminal: any Terminal, configuration: ConsoleConfiguration) {
        self.terminal = terminal
        self.configuration = configuration
        worker = StoreWorker(service: configuration.service, actor: configuration.actor, shared: configuration.shared,
                             environment: configuration.environment)
        // A shared store's watcher answers from a flag its listener sets, so looking four times a second asks the
        // server nothing while nothing happens, and an entry from another machine shows well within a second.
        followInterval = configuration.shared == nil ? 1000 : 250
    }

    var service: IncidentService { configuration.service }

    /// Runs until the user quits or a signal arrives.
    public func run(incident explicit: String?) -> Exit {
        start(incident: explicit)
        while true {
            if let exit = step() { return exit }
        }
    }

    /// Reads the lists, opens the named incident (or the one open incident) and points out kept drafts.
    public func start(incident explicit: String?) {
        worker.submit(.start(explicit: explicit))
        worker.waitUntilIdle()
        receiveReplies()
        // Pointed out once: the files stay, renamed, and later consoles do not repeat the notice.
        let drafts = DraftKeeper.unseen(environment: configuration.environment)
        if let newest = drafts.first {
            let paths = drafts.map(DraftKeeper.markSeen)
            let more = drafts.count > 1 ? " (and \(drafts.count - 1) more beside it)" : ""
            _ = model.receive(.failed(message: "Text typed into a console that was ended is kept in \(paths.first?.path ?? newest.path)\(more)"),
                              snapshot: makeSnapshot())
        }
    }

    /// One turn: take the worker's replies, tick when a new second began, draw if anything changed, read keys.
    /// Returns how the console ended, once it has.
    public func step() -> Exit? {
        receiveReplies()
        if let signal = terminal.terminationSignal { return finish(signal: signal) }
        if quitRequested { return finish(signal: nil) }
        let now = service.clock.now()
        let milliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let second = milliseconds / 1000
        if second != lastSecond {
            lastSecond = second
            needsFrame = true
            lastFollow = milliseconds
            tick(now: now)
        } else if milliseconds - lastFollow >= followInterval, !followInFlight {
            lastFollow = milliseconds
            followInFlight = true
            worker.submit(.follow)
        }
        if needsFrame {
            needsFrame = false
            let snapshot = makeSnapshot()
            terminal.present(ConsoleRenderer.render(model, snapshot, cache: renderCache))
            terminal.showCursor(at: ConsoleRenderer.cursor(model, snapshot))
        }
        let untilNextSecond = Int(1000 - milliseconds % 1000)
        // While the worker has something on its way, look for its reply often; otherwise sleep until the next second.
        let untilFollow = Int(max(0, followInterval - (milliseconds - lastFollow)))
        let wait = awaitingStore || followInFlight ? min(untilNextSecond, 20) : min(untilNextSecond, untilFollow)
        if let key = terminal.readKey(timeoutMilliseconds: max(wait, 10)) {
            if key == .resize { terminal.invalidate() }
            queuedKeys += readBatch(startingWith: key)
            needsFrame = true
            if handleQueuedKeys() { quitRequested = true }
        }
        return nil
    }

    /// Waits until the worker has run every job asked for, including those that keys typed ahead asked for once
    /// the job before them was done, and takes its replies (for tests: no sleeping).
    public func settle() {
        repeat {
            worker.waitUntilIdle()
            receiveReplies()
        } while awaitingStore || followInFlight
    }

    /// Every key that arrived together, in order: each is a key (only a bracketed paste, one `.paste`, is text).
    private func readBatch(startingWith first: KeyEvent) -> [KeyEvent] {
        var batch = [first]
        while batch.count < 65_536, let next = terminal.readKey(timeoutMilliseconds: 0) { batch.append(next) }
        return batch
    }

    /// Once a second: look for what others appended (the worker skips the reads when nothing changed), ring reminders.
    private func tick(now: Date) {
        if !followInFlight {
            followInFlight = true
            worker.submit(.follow)
        }
        remind(now: now)
    }

    /// Rings for what fell due: the incident on screen, or every open incident while the list shows.
    private func remind(now: Date) {
        let playbook = service.playbook
        let watched = view.state.map { [$0] } ?? Array(view.listed.values)
        for state in watched {
            guard let id = state.id else { continue }
            var schedule = reminders[id] ?? ReminderSchedule()
            let alerts = schedule.alerts(now: now, overdue: OverdueView(state: state, playbook: playbook, now: now), repeatMinutes: playbook.reminders.repeatMinutes)
            reminders[id] = schedule
            // One bell and one notification a tick for each incident, however many reminders fall due together.
            guard let notification = ReminderAlert.notification(for: alerts, incident: [state.id?.rawValue, state.title].compactMap { $0 }.joined(separator: " ")) else { continue }
            terminal.bell()
            if configuration.notifications { terminal.notify(title: notification.title, body: notification.body) }
        }
    }

    func makeSnapshot() -> ConsoleSnapshot {
        let now = service.clock.now()
        let openIncidents = view.openIncidents.map { listing in
            var listing = listing
            listing.alarm = view.listed[listing.id].flatMap { IncidentAlarm.summary($0, playbook: service.playbook, now: now) }
            return listing
        }
        return ConsoleSnapshot(
            state: view.state, openIncidents: openIncidents, recentIncidents: view.recentIncidents,
            playbook: service.playbook, now: now, timeZone: configuration.timeZone, actor: configuration.actor,
            size: terminal.size, unicode: terminal.capabilities.unicode, colors: terminal.capabilities.colorCount > 0,
            theme: configuration.theme, saving: saving, renderCache: renderCache, readTime: Self.timeReader,
            offlineSince: view.offlineSince, unshared: view.unshared, store: configuration.store, storeIsNew: configuration.storeIsNew)
    }

    func redrawSoon() { needsFrame = true }

    /// The CLI's time parsers, so a "when" field reads `15m ago` as `--at 15m ago` does.
    static let timeReader = TimeReader(past: { TimeParsing.parse($0, now: $1, timeZone: $2) },
                                       ahead: { TimeParsing.parseAhead($0, now: $1, timeZone: $2) },
                                       whyNotPast: { text, now, zone in
                                           do throws(TimeParsing.Problem) {
                                               _ = try TimeParsing.read(text, now: now, timeZone: zone, direction: .past)
                                               return nil
                                           } catch {
                                               return error.message(option: nil)
                                           }
                                       })

    private func finish(signal: Int32?) -> Exit {
        let draft = signal == nil ? nil : model.unsentDraft
        terminal.showCursor(at: nil)
        terminal.shutdown()
        // An append on its way is finished (or refused by the store) before the process ends, never cut in half.
        worker.waitUntilIdle()
        var message: String?
        if let draft {
            // Text not yet submitted is not in the record; keep it in a file rather than lose it.
            let kept = try? DraftKeeper.save(title: draft.title, text: draft.text, incident: view.state?.id,
                                             at: service.clock.now(), environment: configuration.environment)
            let note = kept.map { "your unsent text is kept in \($0.path)" } ?? "your unsent text could not be kept"
            message = "incident: the console was ended while you were typing; \(note)"
        }
        // Entries kept while the shared store's server was away are on disk in the local queue; say so on the way out.
        for reply in worker.takeReplies() { view = reply.view ?? view }
        if !view.unshared.isEmpty {
            let note = "incident: entries recorded while the server was away are kept on this machine, not yet shared; "
                + "the next console opened on this store sends them"
            message = [message, note].compactMap { $0 }.joined(separator: "\n")
        }
        // Every entry is saved (or kept) before it is shown, so nothing is lost whichever way the console ends.
        switch signal {
        case nil, SIGHUP, SIGINT, SIGQUIT: return Exit(status: 0, message: message)
        default: return Exit(status: 128 + (signal ?? 0), message: message)
        }
    }
}
