/// Realistic incident states and logs for the benchmarks, built through the core's own `decide` and `apply`
/// at fixed times (never the clock), as the tests' Scenario and Story helpers do.
import Foundation
import IncidentCore

/// 2026-07-01 08:30:00 UTC (09:30 in London): the same start as the console's snapshot tests.
public let benchmarkStart = Date(timeIntervalSince1970: 1_782_894_600)
public let london = TimeZone(identifier: "Europe/London")!

/// Runs commands as people and keeps the log; any refusal is a bug in the fixture and stops the run.
public struct IncidentBuilder {
    public private(set) var state = IncidentState()
    public private(set) var log: [Event] = []
    public var now = benchmarkStart
    public let playbook = Playbook.standard

    public static let id = IncidentID("INC-20260701-K7Q")

    public init() {}

    public mutating func run(_ command: Command, as actor: Person) {
        let context = DecisionContext(now: now, actor: actor, playbook: playbook, makeEventID: { UUID() })
        switch decide(command, state: state, context: context) {
        case let .success(events):
            for event in events { state.apply(event) }
            log += events
        case let .failure(refusal):
            fatalError("fixture command refused: \(command): \(refusal)")
        }
    }

    public mutating func advance(minutes: Double) { now = now.addingTimeInterval(minutes * 60) }

    /// The console tests' "busy incident": an hour in, roles filled, team told, Statuspage updated,
    /// a struck and a corrected entry, a back-dated note, the ladder half climbed.
    public static func busy() -> IncidentBuilder {
        var b = IncidentBuilder()
        b.run(.declare(id: id, title: "Apps unreachable in London", priority: .p1, securitySensitive: false), as: "sam")
        b.advance(minutes: 2)
        b.run(.assignRole(.lead, "kim", productionAccessConfirmed: true), as: "sam")
        b.run(.assignRole(.comms, "lee", productionAccessConfirmed: false), as: "sam")
        b.run(.completeStep(StepID.joinIncidentChannel, note: nil), as: "sam")
        b.advance(minutes: 1)
        b.run(.sendComms(CommsRequest(channel: .team, text: "Incident declared: apps unreachable, see #paas-incident")), as: "lee")
        b.advance(minutes: 2)
        b.run(.log(.finding, text: "Router pool at 100% CPU since 09:20; 502s from the London edge", at: nil), as: "kim")
        b.advance(minutes: 1)
        b.run(.sendComms(CommsRequest(channel: .statuspage, text: "We are investigating reports of apps being unreachable.",
                                      status: .investigating, components: ["Platform HTTPS", "apps"])), as: "lee")
        b.advance(minutes: 4)
        b.run(.log(.action, text: "Checked router logs", at: nil), as: "ana")
        b.run(.log(.action, text: "Checked the wrong dashboard", at: nil), as: "bob")
        let wrong = b.state.timeline.last!.id
        b.advance(minutes: 5)
        b.run(.strike(entry: wrong, reason: "logged against the wrong incident"), as: "bob")
        b.run(.log(.decision, text: "Scale the router pool rather than restart it: restarts drop live connections", at: nil), as: "kim")
        let decision = b.state.timeline.last!.id
        b.advance(minutes: 3)
        b.run(.correct(entry: decision, text: "Scale the router pool from 4 to 8 rather than restart it: restarts drop connections"), as: "kim")
        b.run(.log(.productionChange, text: "Router pool scaled from 4 to 8 instances", at: nil), as: "kim")
        b.advance(minutes: 2)
        b.run(.escalate(level: "techops-programme-director", step: .contacting, note: nil), as: "lee")
        b.advance(minutes: 15)
        b.run(.escalate(level: "techops-programme-director", step: .unavailable, note: "on a flight"), as: "lee")
        b.run(.log(.note, text: "Bob thinks the 09:15 deploy may be related", at: b.now.addingTimeInterval(-10 * 60)), as: "ana")
        b.advance(minutes: 5)
        b.run(.escalate(level: "head-of-reliability-engineering", step: .contacting, note: nil), as: "lee")
        b.run(.assignRole(.productManager, "priya", productionAccessConfirmed: false), as: "sam")
        b.run(.assignRole(.deliveryManager, "dan", productionAccessConfirmed: false), as: "sam")
        b.advance(minutes: 20)
        return b
    }

    /// A long-running incident with exactly `eventCount` events: the busy start, then a responder's mix every
    /// 30 seconds: entries of every kind from five people (production changes by the lead), a correction every
    /// 25 entries, a strike every 50, a back-dated note every 40, a Statuspage update every 30, a team message every 100.
    /// From `FixtureSize.earlyTargetsFrom` events on, corrections and strikes pick the oldest open entry instead.
    public static func long(eventCount: Int) -> (events: [Event], state: IncidentState, now: Date) {
        let builder = longBuilder(eventCount: eventCount)
        let events = Array(builder.log.prefix(eventCount))
        return (events, events.count == builder.log.count ? builder.state : IncidentState.replay(events), builder.now)
    }

    /// The builder after the long mix has written at least `eventCount` events (its log may run a few past).
    public static func longBuilder(eventCount: Int) -> IncidentBuilder {
        var b = busy()
        let early = eventCount >= FixtureSize.earlyTargetsFrom
        func target(_ b: IncidentBuilder) -> TimelineItem? {
            early ? b.state.timeline.first(where: { $0.isLogEntry && $0.strike == nil })
                : b.state.timeline.last(where: { $0.isLogEntry && $0.strike == nil })
        }
        let people: [Person] = ["kim", "ana", "bob", "sam", "joe"]
        let kinds: [EntryKind] = [.action, .finding, .note, .decision, .action, .finding]
        var step = 0
        while b.log.count < eventCount {
            step += 1
            b.advance(minutes: 0.5)
            let person = people[step % people.count]
            if step % 30 == 0 {
                b.run(.sendComms(CommsRequest(
                    channel: .statuspage,
                    text: "We are continuing to work on a fix for apps being unreachable in London. Update \(step / 30).",
                    components: ["Platform HTTPS", "apps"])), as: "lee")
            } else if step % 100 == 1 {
                b.run(.sendComms(CommsRequest(channel: .team, text: "Still on the router pool; next update in the channel within the hour (\(step)).")),
                      as: "lee")
            } else if step % 25 == 0, let last = target(b) {
                b.run(.correct(entry: last.id, text: last.text + " (corrected: it was the second pool, step \(step))"), as: person)
            } else if step % 50 == 7, let last = target(b) {
                b.run(.strike(entry: last.id, reason: "logged against the wrong incident (\(step))"), as: person)
            } else if step % 40 == 3 {
                b.run(.log(.note, text: "Earlier: saw 502s on the London edge before the alert fired (\(step))",
                           at: b.now.addingTimeInterval(-5 * 60)), as: person)
            } else if step % 17 == 0 {
                b.run(.log(.productionChange, text: "Router pool resized to \(4 + step % 9) instances, change \(step)", at: nil),
                      as: "kim")
            } else {
                let kind = kinds[step % kinds.count]
                b.run(.log(kind, text: "\(kind.title) \(step): checked router pool metrics and 502 rates on the London edge; "
                           + "CPU \(40 + step % 60)%, error rate \(step % 7).\(step % 10)%", at: nil), as: person)
            }
        }
        return b
    }
}

/// A long entry as a responder pastes it: prose, a log excerpt, a few accented and wide characters (1,247 characters).
public let longEntry: String = {
    let prose = "Router pool at 100% CPU since 09:20; 502s from the London edge for roughly a third of requests. "
        + "Scaled from 4 to 8 instances at 09:41, no change in the error rate after five minutes, so the pool is not the cause. "
        + "Café tenant reports the same; the Tokyo team (東京チーム) sees nothing. "
    let excerpt = "2026-07-01T09:21:07Z router/3 upstream_response_time=30.001 status=502 host=apps.london.cloud "
    return String(repeating: prose, count: 3) + String(repeating: excerpt, count: 4) + "Next: check the 09:15 deploy. ✅"
}()
