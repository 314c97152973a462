/// Suppliers: `incident suppliers` (who can be reached now, and how) and `incident supplier NAME contacted|case|answered`.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

struct SuppliersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suppliers", abstract: "Show the playbook's suppliers: which can be reached now, by which route, and when the next window opens.",
        discussion: "Times are UTC. With an open incident in the store, each supplier's latest recorded contact is shown too.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (playbook, _) = try PlaybookFile.find(global.playbook, environment: environment)
        let now = try AppClock(environment: environment).now()
        var state = IncidentState()
        if let context = try? global.existingContext(), let id = try? context.service.selectIncident(global.incident) {
            state = (try? context.service.state(of: id)) ?? IncidentState()
        }
        Terminal.out(Self.render(SuppliersView(playbook: playbook, state: state, now: now)))
    }

    static func render(_ view: SuppliersView) -> String {
        var out = ["Suppliers at \(Timestamp.format(view.now).prefix(16).replacingOccurrences(of: "T", with: " ")) UTC"]
        for supplier in view.suppliers {
            out.append("")
            let state = supplier.isReachableNow ? "reachable now"
                : "not answering now" + (supplier.nextOpening.map { ", next opens \(clock($0, from: view.now))" } ?? "")
            out.append("\(supplier.supplier.name) (\(supplier.supplier.contract)): \(state)")
            for route in supplier.routes {
                var line = "  \(route.openNow ? "open  " : "closed") \(route.route.kind.rawValue): \(route.route.address)"
                if let note = route.route.note { line += " (\(note))" }
                line += "; \(route.route.hours.summary)"
                if route.openNow, let closes = route.closesAt { line += "; closes \(clock(closes, from: view.now))" }
                if !route.openNow, route.acceptsRequestsNow { line += "; takes requests now" }
                if !route.openNow, let opens = route.nextOpening { line += "; opens \(clock(opens, from: view.now))" }
                out.append(line)
            }
            if let notes = supplier.supplier.notes { out.append("  \(notes)") }
            if let contact = supplier.lastContact {
                out.append("  Recorded: \(contact.step.summary) at \(Timestamp.format(contact.at)) by \(contact.by.name)"
                    + (contact.reference.map { ", case \($0)" } ?? ""))
            }
        }
        return out.joined(separator: "\n")
    }

    /// "15:00 UTC" today, or "Mon 2026-11-23 09:00 UTC" on another day.
    static func clock(_ date: Date, from now: Date) -> String {
        let text = Timestamp.format(date)
        let day = String(text.prefix(10)), time = String(text.dropFirst(11).prefix(5))
        return day == String(Timestamp.format(now).prefix(10)) ? "\(time) UTC" : "\(day) \(time) UTC"
    }
}

struct SupplierCommand: IncidentVerb {
    static let configuration = CommandConfiguration(
        commandName: "supplier", abstract: "Record contact with a supplier: contacted, a support case opened (with its reference), or answered.")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Argument(help: "The supplier's name in the playbook (incident suppliers).") var name: String
    @Argument(help: "contacted, case or answered.") var step: SupplierStep
    @Option(help: "The supplier's case or ticket reference.") var reference: String?

    func command(now: Date, timeZone: TimeZone) throws -> Command {
        .recordSupplierContact(supplier: name, step: step, reference: reference)
    }
}

extension SupplierStep: ExpressibleByArgument {}
