/// Builds incident states for tests through the core's own decide/apply, at fixed times (never the clock).
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

let london = TimeZone(identifier: "Europe/London")!
/// 2026-07-01 08:30:00 UTC: 09:30 in London (summer time), so UTC and local differ on screen.
let storyStart = Date(timeIntervalSince1970: 1_782_894_600)

struct Story {
    var state = IncidentState()
    var now = storyStart
    var playbook = Playbook.standard

    static let id = IncidentID("INC-20260701-K7Q")

    mutating func run(_ command: Command, as actor: Person, file: StaticString = #filePath, line: UInt = #line) {
        let context = DecisionContext(now: now, actor: actor, playbook: playbook, makeEventID: { UUID() })
        switch decide(command, state: state, context: context) {
        case let .success(events): for event in events { state.apply(event) }
        case let .failure(refusal): XCTFail("refused: \(refusal)", file: file, line: line)
        }
    }

    mutating func advance(minutes: Double) { now = now.addingTimeInterval(minutes * 60) }

    func snapshot(actor: Person = "kim", width: Int = 100, height: Int = 30, unicode: Bool = true, colors: Bool = true)
        -> ConsoleSnapshot {
        ConsoleSnapshot(state: state, playbook: playbook, now: now, timeZone: london, actor: actor,
                        size: Size(width: width, height: height), unicode: unicode, colors: colors)
    }

    // MARK: Scenarios

    /// Declared two minutes ago by sam; nobody else yet.
    static func fresh(security: Bool = false) -> Story {
        var story = Story()
        story.run(.declare(id: id, title: "Apps unreachable in London", priority: .p1, securitySensitive: security), as: "sam")
        story.advance(minutes: 2)
        return story
    }

    /// An hour in: roles filled, team told, Statuspage updated, the next update due in 5 minutes,
    /// the ladder half climbed (first level unavailable, second being contacted).
    static func busy() -> Story {
        var story = Story()
        story.run(.declare(id: id, title: "Apps unreachable in London", priority: .p1, securitySensitive: false), as: "sam")
        story.advance(minutes: 2)
        story.run(.assignRole(.lead, "kim", productionAccessConfirmed: true), as: "sam")
        story.run(.assignRole(.comms, "lee", productionAccessConfirmed: false), as: "sam")
        story.run(.completeStep(StepID.joinIncidentChannel, note: nil), as: "sam")
        story.advance(minutes: 1)
        story.run(.sendComms(CommsRequest(channel: .team, text: "Incident declared: apps unreachable, see #paas-incident")), as: "lee")
        story.advance(minutes: 2)
        story.run(.log(.finding, text: "Router pool at 100% CPU since 09:20; 502s from the London edge", at: nil), as: "kim")
        story.advance(minutes: 1)
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "We are investigating reports of apps being unreachable.",
                                          status: .investigating, components: ["Platform HTTPS", "apps"])), as: "lee")
        story.advance(minutes: 4)
        story.run(.log(.action, text: "Checked router logs", at: nil), as: "ana")
        story.run(.log(.action, text: "Checked the wrong dashboard", at: nil), as: "bob")
        let wrong = story.state.timeline.last!.id
        story.advance(minutes: 5)
        story.run(.strike(entry: wrong, reason: "logged against the wrong incident"), as: "bob")
        story.run(.log(.decision, text: "Scale the router pool rather than restart it: restarts drop live connections", at: nil), as: "kim")
        let decision = story.state.timeline.last!.id
        story.advance(minutes: 3)
        story.run(.correct(entry: decision, text: "Scale the router pool from 4 to 8 rather than restart it: restarts drop connections"), as: "kim")
        story.run(.log(.productionChange, text: "Router pool scaled from 4 to 8 instances", at: nil), as: "kim")
        story.advance(minutes: 2)
        story.run(.escalate(level: "techops-programme-director", step: .contacting, note: nil), as: "lee")
        story.advance(minutes: 15)
        story.run(.escalate(level: "techops-programme-director", step: .unavailable, note: "on a flight"), as: "lee")
        story.run(.log(.note, text: "Bob thinks the 09:15 deploy may be related", at: story.now.addingTimeInterval(-10 * 60)), as: "ana")
        story.advance(minutes: 5)
        story.run(.escalate(level: "head-of-reliability-engineering", step: .contacting, note: nil), as: "lee")
        story.run(.assignRole(.productManager, "priya", productionAccessConfirmed: false), as: "sam")
        story.run(.assignRole(.deliveryManager, "dan", productionAccessConfirmed: false), as: "sam")
        story.advance(minutes: 20)
        return story
    }

    /// The busy incident twenty minutes later: the hourly update is overdue.
    static func overdue() -> Story {
        var story = busy()
        story.advance(minutes: 20)
        return story
    }

    /// Resolved with the managers, the final update sent, the report written; review and publication open.
    static func postIncident() -> Story {
        var story = busy()
        story.advance(minutes: 10)
        story.run(.resolve(with: ["priya", "dan"], note: "Error rates normal for 15 minutes"), as: "kim")
        story.advance(minutes: 3)
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "This incident has been resolved.", status: .resolved,
                                          components: ["Platform HTTPS", "apps"])), as: "lee")
        story.advance(minutes: 60)
        story.run(.recordReportWritten(location: "drive/incident-reports/2026-07-01"), as: "kim")
        story.advance(minutes: 30)
        return story
    }
}

/// Key helpers: `keys("abc")` types characters.
func keys(_ text: String) -> [KeyEvent] { text.map(KeyEvent.character) }

extension ConsoleModel {
    /// Sends keys one batch each, as a person types them (a paste arrives as one batch: use `handle`).
    mutating func type(_ keys: [KeyEvent], _ snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        keys.flatMap { handle([$0], snapshot: snapshot) }
    }
}
