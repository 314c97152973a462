/// `incident show --json`: the derived views a script needs, role history, durations and the rota included.
import Foundation
import IncidentCore
import Testing
@testable import IncidentApp

@Suite struct IncidentReportTests {
    private static let declared = Date(timeIntervalSince1970: 1_800_000_000)

    private static func state(_ commands: [(Command, Person, TimeInterval)]) -> IncidentState {
        var state = IncidentState()
        for (command, actor, minutes) in commands {
            let context = DecisionContext(now: declared.addingTimeInterval(minutes * 60), actor: actor, playbook: .standard,
                                          makeEventID: { UUID() })
            guard case let .success(events) = decide(command, state: state, context: context) else {
                Issue.record("refused: \(command)")
                continue
            }
            for event in events { state.apply(event) }
        }
        return state
    }

    @Test func reportsRoleHistoryDurationsAndTheRota() throws {
        let state = Self.state([
            (.declare(id: IncidentID("INC-1"), title: "Report", priority: .p1, securitySensitive: false), "sam", 0),
            (.assignRole(.lead, "sam", productionAccessConfirmed: true), "sam", 1),
            (.assignRole(.lead, "kim", productionAccessConfirmed: true), "sam", 10),
            (.resolve(with: ["pat", "dee"], note: nil), "kim", 90),
        ])
        let report = IncidentReport(state: state, playbook: .standard, now: Self.declared.addingTimeInterval(120 * 60))
        let leads = report.roleHistory.filter { $0.role == "lead" }
        #expect(leads.map(\.person) == ["sam", "kim"])
        #expect(leads[0].until == Timestamp.format(Self.declared.addingTimeInterval(600)))
        #expect(leads[1].until == nil)
        #expect(report.durations.sinceDeclaredSeconds == 7200)
        #expect(report.durations.toResolutionSeconds == 5400)
        #expect(report.durations.untilReviewDeadlineSeconds == 7 * 86_400 - 1800)
        #expect(report.escalationRota == Playbook.standard.escalation.rotaSteps)
        #expect(!report.escalationRota.isEmpty)
        let json = try report.json()
        #expect(json.contains("\"roleHistory\"") && json.contains("\"escalationRota\"") && json.contains("\"toResolutionSeconds\""))
    }
}
