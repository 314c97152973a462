/// Builds command sequences from the state reached so far, for property tests of the incident process.
import Foundation
import IncidentCore

/// One generated step: who acts, with what command, and what the generator meant by it.
public struct ScriptStep: Sendable {
    public enum Intent: String, Sendable, CaseIterable {
        /// The next thing the process needs, by the person who does it.
        case progress
        /// Something that makes sense in this phase, by someone who may do it.
        case sensible
        /// A sensible command by someone who may not do it, or by a name that is no name.
        case wrongActor
        /// A command whose input the rules refuse.
        case wrongInput
        /// Any command at all, by anyone: mostly out of place.
        case stray
    }

    public var command: Command
    public var actor: Person
    public var intent: Intent
    /// How far the clock moves before the command is decided.
    public var minutes: Double
}

/// A script is a list of integer codes; each code picks one step among those that fit the state
/// reached so far, so sequences follow the process (lead, comms, updates, resolution, review,
/// report, close, reopen) while still shrinking like a plain list of numbers.
public enum ProcessScript {
    public static let incident = IncidentID("INC-PROP")
    public static let start = Date(timeIntervalSince1970: 1_795_000_000)
    public static let playbook = Playbook.standard
    public static let people: [Person] = ["sam", "alex", "cam", "pat", "dee", "kim", "lou"]
    /// Names the rules refuse: empty, only spaces, an escape sequence, too long.
    public static let nonNames: [Person] = ["", "   ", "\u{1B}[2J", Person(String(repeating: "x", count: 65))]

    public static func step(_ code: Int, state: IncidentState, now: Date) -> ScriptStep {
        var picker = ScriptPicker(random: ScriptRandom(code), state: state, now: now)
        let minutes = picker.random.chance(8) ? Double(30 + picker.random.int(300)) : Double(picker.random.int(15))
        let roll = picker.random.int(100)
        let (intent, command, actor): (ScriptStep.Intent, Command, Person)
        switch state.phase {
        case .none:
            (intent, command, actor) = roll < 85 ? picker.declaration() : picker.stray()
        case .closed:
            (intent, command, actor) = roll < 12 ? picker.reopen(.progress) : roll < 75 ? picker.sensible() : picker.mistake()
        case .active, .resolved:
            (intent, command, actor) = roll < 50 ? picker.progress() : roll < 70 ? picker.sensible() : picker.mistake()
        }
        return ScriptStep(command: command, actor: actor, intent: intent, minutes: minutes)
    }
}

/// The choices of one step, bound to the state and time they are made in.
struct ScriptPicker {
    typealias Move = (ScriptStep.Intent, Command, Person)

    var random: ScriptRandom
    let state: IncidentState
    let now: Date

    var support: Person { state.holder(of: .support) ?? "sam" }
    var lead: Person? { state.lead }
    var comms: Person? { state.holder(of: .comms) }
    /// Whoever does comms work: the comms person, else the lead, else support.
    var commsWorker: Person { comms ?? lead ?? support }
    var leadOrSupport: Person { lead ?? support }

    /// Anyone on the team, or now and then someone who joins by acting.
    mutating func anyone() -> Person {
        let team = state.team
        return team.isEmpty || random.chance(25) ? random.pick(ProcessScript.people) : random.pick(team)
    }

    /// Someone other than `excluded`, from the people the script knows.
    mutating func someone(besides excluded: [Person?]) -> Person {
        let candidates = ProcessScript.people.filter { !excluded.contains($0) }
        return candidates.isEmpty ? "zed" : random.pick(candidates)
    }

    mutating func text(_ prefix: String) -> String { "\(prefix) \(random.int(10_000))" }

    /// The product and delivery managers to name: the holders if assigned, else two other people.
    mutating func managers() -> [Person] {
        let pm = state.holder(of: .productManager) ?? someone(besides: [lead, state.holder(of: .deliveryManager)])
        let dm = state.holder(of: .deliveryManager) ?? someone(besides: [lead, pm])
        return [pm, dm]
    }

    var loggedEntries: [TimelineItem] { state.timeline.filter(\.isLogEntry) }

    mutating func declaration() -> Move {
        let title = random.chance(8) ? " " : text("Outage")
        let priority = random.chance(30) ? nil : random.pick(Priority.allCases)
        let command = Command.declare(id: ProcessScript.incident, title: title, priority: priority,
                                      securitySensitive: random.chance(15))
        if random.chance(5) { return (.wrongActor, command, random.pick(ProcessScript.nonNames)) }
        return (title == " " ? .wrongInput : .progress, command, random.pick(ProcessScript.people))
    }

    mutating func reopen(_ intent: ScriptStep.Intent) -> Move {
        (intent, .reopen(reason: text("Errors again")), random.chance(50) ? leadOrSupport : anyone())
    }

    mutating func mistake() -> Move {
        let roll = random.int(100)
        return roll < 35 ? wrongActor() : roll < 85 ? wrongInput() : stray()
    }
}
