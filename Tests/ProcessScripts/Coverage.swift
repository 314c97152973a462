/// Counts what generated scripts reach (milestones, event kinds, refusals), so tests can demand minimums.
import Foundation
import IncidentCore

public struct Coverage: Sendable {
    /// Every kind the record holds, from the one enumeration of kinds; each must appear in a run of the generator.
    public static let eventKinds = EventKind.allCases.map(\.rawValue)
    public static let refusalKinds = [
        "noIncident", "alreadyDeclared", "closed", "wrongPhase", "invalidInput", "unknownName", "notPermitted",
        "alreadyDone", "needsProductionAccess", "needsComponents",
    ]
    /// Milestones a sequence may reach, in process order.
    public static let milestones = [
        "declared", "lead assigned", "comms assigned", "statuspage update", "escalation step", "resolved",
        "review scheduled", "review held", "report written", "report published", "closed", "reopened",
    ]

    public var sequences = 0
    public var steps = 0
    public var accepted = 0
    public var refused = 0
    /// Accepted commands that appended more than one event.
    public var batches = 0
    public var reached: [String: Int] = [:]
    public var events: [String: Int] = [:]
    public var refusals: [String: Int] = [:]
    public var intents: [String: Int] = [:]

    public init() {}

    public static func label(_ reason: Refusal.Reason) -> String {
        switch reason {
        case .noIncident: "noIncident"
        case .alreadyDeclared: "alreadyDeclared"
        case .closed: "closed"
        case .wrongPhase: "wrongPhase"
        case .invalidInput: "invalidInput"
        case .unknownName: "unknownName"
        case .notPermitted: "notPermitted"
        case .alreadyDone: "alreadyDone"
        case .needsConfirmation(.productionAccess): "needsProductionAccess"
        case .needsConfirmation(.noComponents): "needsComponents"
        }
    }

    public static func milestones(of log: [Event]) -> Set<String> {
        var reached = Set<String>()
        for event in log {
            switch event.payload {
            case .declared: reached.insert("declared")
            case .roleAssigned(.lead, _, _, _, _): reached.insert("lead assigned")
            case .roleAssigned(.comms, _, _, _, _): reached.insert("comms assigned")
            case .commsSent(let message) where message.channel == .statuspage: reached.insert("statuspage update")
            case .escalationStepped: reached.insert("escalation step")
            case .resolved: reached.insert("resolved")
            case .reviewScheduled: reached.insert("review scheduled")
            case .reviewHeld: reached.insert("review held")
            case .reportWritten: reached.insert("report written")
            case .reportPublished, .publicationWithheld: reached.insert("report published")
            case .closed: reached.insert("closed")
            case .reopened: reached.insert("reopened")
            default: break
            }
        }
        return reached
    }

    public mutating func record(_ run: ScriptRun) { record(run.outcomes, log: run.log) }

    /// Counts one sequence: its decided steps and the log they wrote.
    public mutating func record(_ outcomes: [ScriptOutcome], log: [Event]) {
        sequences += 1
        for milestone in Self.milestones(of: log) { reached[milestone, default: 0] += 1 }
        for outcome in outcomes {
            steps += 1
            intents[outcome.step.intent.rawValue, default: 0] += 1
            switch outcome.result {
            case let .success(appended):
                accepted += 1
                if appended.count > 1 { batches += 1 }
                for event in appended { events[event.payload.kind, default: 0] += 1 }
            case let .failure(refusal):
                refused += 1
                refusals[Self.label(refusal.reason), default: 0] += 1
            }
        }
    }

    public func share(_ milestone: String) -> Double { sequences == 0 ? 0 : Double(reached[milestone] ?? 0) / Double(sequences) }

    /// What falls short of the minimums: milestone shares, and a count for every event and refusal kind.
    public func shortfalls(milestoneShares: [String: Double], eachEvent: Int, eachRefusal: Int) -> [String] {
        milestoneShares.sorted { $0.key < $1.key }.compactMap { name, minimum in
            share(name) >= minimum ? nil : "\(name): \(percent(share(name))) of sequences, minimum \(percent(minimum))"
        }
        + Self.eventKinds.compactMap { (events[$0] ?? 0) >= eachEvent ? nil : "event \($0): \(events[$0] ?? 0), minimum \(eachEvent)" }
        + Self.refusalKinds.compactMap { (refusals[$0] ?? 0) >= eachRefusal ? nil : "refusal \($0): \(refusals[$0] ?? 0), minimum \(eachRefusal)" }
    }

    private func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// A plain-text table of the counts, for the test output.
    public func report(_ title: String) -> String {
        var lines = ["\(title): \(sequences) sequences, \(steps) steps, \(accepted) accepted (\(batches) with several events), \(refused) refused"]
        lines.append("  reached: " + Self.milestones.map { "\($0) \(percent(share($0)))" }.joined(separator: ", "))
        lines.append("  events: " + Self.eventKinds.map { "\($0) \(events[$0] ?? 0)" }.joined(separator: ", "))
        lines.append("  refusals: " + Self.refusalKinds.map { "\($0) \(refusals[$0] ?? 0)" }.joined(separator: ", "))
        lines.append("  intents: " + ScriptStep.Intent.allCases.map { "\($0.rawValue) \(intents[$0.rawValue] ?? 0)" }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }
}
