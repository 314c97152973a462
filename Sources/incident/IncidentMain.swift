/// Entry point: parses the command line and turns every failure into a clear message and exit code.
import ArgumentParser
import Foundation
import IncidentApp

@main
enum IncidentMain {
    static func main() {
        MemorySettings.apply()
        var arguments: [String] = []
        do {
            arguments = try strictArguments()
            var command = try IncidentCommand.parseAsRoot(arguments)
            try command.run()
        } catch let error as AppError {
            // Messages quote stored text (titles, names), so they are escaped like everything else printed.
            Terminal.err("incident: \(error.description)")
            exit(error.exitCode)
        } catch {
            let code = IncidentCommand.exitCode(for: error)
            if code == .success {
                Terminal.out(IncidentCommand.fullMessage(for: error))
                exit(0)
            }
            // A mistyped subcommand gets the nearest names rather than "unexpected argument".
            if let suggestion = CommandSuggestion.message(for: arguments) {
                Terminal.err("incident: \(suggestion)")
            } else {
                Terminal.err(IncidentCommand.fullMessage(for: error))
            }
            // Usage mistakes exit 2; anything else ArgumentParser reports as a failure is a usage mistake too.
            exit(code == .validationFailure || code == .failure ? 2 : code.rawValue)
        }
    }
}
