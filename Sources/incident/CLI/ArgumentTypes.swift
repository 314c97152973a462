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

/// The help of every `--at`: the forms of a time past (`TimeParsing`, docs/cli.md).
var atHelp: ArgumentHelp {
    ArgumentHelp("When it happened, if earlier: 2026-11-29T03:10:00Z, '2026-11-29 03:10' (local), 03:10, 5:45pm, 15m ago or 1d ago.",
                 valueName: "time")
}
