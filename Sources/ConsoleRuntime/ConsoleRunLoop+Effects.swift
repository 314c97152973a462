/// Carries out what the console model asks for: store work goes to the worker, and later effects and keys wait for it.
import IncidentConsole
import IncidentCore
import ScreenGrid

extension ConsoleRunLoop {
    /// Takes the worker's replies: new store views, and the outcomes effects were waiting for.
    func receiveReplies() {
        for reply in worker.takeReplies() {
            if case .follow = reply.job { followInFlight = false }
            for notice in reply.notices {
                model.notify(notice.text, kind: notice.kind)
                redrawSoon()
            }
            if let newView = reply.view {
                view = newView
                redrawSoon()
                report(storeProblem: newView.problem)
            }
            guard reply.job.settlesEffect else { continue }
            awaitingStore = false
            saving = false
            redrawSoon()
            if let outcome = reply.outcome { pendingEffects += model.receive(outcome, snapshot: makeSnapshot()) }
            if drainEffects() || handleQueuedKeys() { quitRequested = true }
        }
    }

    /// Hands the keys read so far to the model one at a time, in order, until one asks for store work (a declaration,
    /// an append): the keys after it wait for its reply and then see the state it produced (the incident just declared,
    /// the prompt closed). Returns true to quit.
    func handleQueuedKeys() -> Bool {
        guard !awaitingStore, !queuedKeys.isEmpty else { return false }
        var handled = 0
        defer { queuedKeys.removeFirst(handled) }
        // The snapshot changes only with a store reply, which cannot arrive inside this loop.
        let snapshot = makeSnapshot()
        while !awaitingStore, handled < queuedKeys.count {
            let key = queuedKeys[handled]
            handled += 1
            pendingEffects += model.handle([key], snapshot: snapshot)
            if drainEffects() { return true }
            // What was typed after a refused key was meant for the prompt that did not open: never read as keys.
            if model.lastKeyRefused, handled < queuedKeys.count {
                model.dropTypedAhead()
                handled = queuedKeys.count
            }
        }
        return false
    }

    /// Carries out effects in order until one needs the store; returns true when the console should quit.
    func drainEffects() -> Bool {
        while !awaitingStore, !pendingEffects.isEmpty {
            let effect = pendingEffects.removeFirst()
            switch effect {
            case .quit:
                return true
            case .bell:
                terminal.bell()
            case .redraw:
                terminal.invalidate()
            case let .open(id):
                send(.open(id), saving: false)
            case .leaveIncident:
                send(.leave, saving: false)
            case let .perform(command):
                send(.perform(command), saving: true)
            case let .declare(title, priority, securitySensitive, at):
                send(.declare(title: title, priority: priority, securitySensitive: securitySensitive, at: at), saving: true)
            case let .writeFile(path, contents, overwrite):
                send(.writeFile(path: path, contents: contents, overwrite: overwrite), saving: true)
            case let .commandLine(line):
                switch configuration.commandLine(line, view.state) {
                case let .failed(message):
                    pendingEffects += model.receive(.failed(message: message), snapshot: makeSnapshot())
                case let .refused(refusal):
                    pendingEffects += model.receive(.refused(refusal), snapshot: makeSnapshot())
                case let .perform(command):
                    send(.perform(command), saving: true)
                case let .declare(title, priority, securitySensitive, at):
                    send(.declare(title: title, priority: priority, securitySensitive: securitySensitive, at: at), saving: true)
                }
            }
        }
        return false
    }

    private func send(_ job: StoreJob, saving: Bool) {
        awaitingStore = true
        self.saving = saving
        redrawSoon()
        worker.submit(job)
    }

    private func report(storeProblem problem: String?) {
        guard let problem else {
            storeProblem = nil
            return
        }
        guard problem != storeProblem else { return }
        storeProblem = problem
        _ = model.receive(.failed(message: problem), snapshot: makeSnapshot())
    }
}
