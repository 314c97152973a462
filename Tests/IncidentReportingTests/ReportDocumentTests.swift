/// The incident report: what it says of a recorded incident.
import Foundation
import IncidentCore
import IncidentReporting
import Testing

struct ReportDocumentTests {
    @Test func theReportNamesItsIncident() {
        var state = IncidentState()
        state.id = IncidentID("INC-1")
        #expect(ReportDocument(state: state, playbook: .standard, audience: .internal).markdown().contains("INC-1"))
    }
}
