/// How the core's vocabularies are read from the command line.
import ArgumentParser
import IncidentApp
import IncidentCore

extension Priority: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}
extension Role: ExpressibleByArgument {}
extension EntryKind: ExpressibleByArgument {}
extension CommsChannel: ExpressibleByArgument {}
extension StatuspageStatus: ExpressibleByArgument {}
extension EscalationStep: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension ReportSection: ExpressibleByArgument {}
extension RootCauseCategory: ExpressibleByArgument {}
extension KeyTime: ExpressibleByArgument {}
