/// `incident verify`: recomputes each incident's hash chain and says whether the stored record is intact.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that an incident's record is intact: exit 0 if its hash chain holds, 1 naming the first event that does not.",
        discussion: "Keep the chain head it prints (in the report, or a message to the team): a record whose head still matches has not been rewritten since.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Check every incident in the store, closed ones included.") var all = false

    func run() throws {
        guard let context = try global.existingContext() else {
            Terminal.out("No incidents: nothing to verify.")
            return
        }
        let store = context.service.store
        let ids = try appErrors { all ? try store.incidentIDs() : [try context.service.selectIncident(global.incident)] }
        var intact = true
        for id in ids {
            let verdict = try appErrors { try RecordVerdict.check(id, in: store) }
            Terminal.out(verdict.text(for: id))
            intact = intact && verdict.holds
        }
        // Exit 1, like a refusal: the check ran and found the record altered (ArgumentParser's failure code means usage here).
        if !intact { Foundation.exit(1) }
    }
}
