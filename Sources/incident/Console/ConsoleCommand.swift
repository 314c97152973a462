/// `incident console`: the full-screen console (also what `incident` alone opens).
import ArgumentParser
import Foundation
import IncidentApp

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: "Open the full-screen console.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw AppError.usage("The console is not available in this build.")
    }
}
