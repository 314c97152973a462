/// Entry point: parses the command line and turns every failure into a clear message and exit code.
import ArgumentParser
import Foundation
import IncidentApp

@main
enum IncidentMain {
    static func main() {
        do {
            var command = try IncidentCommand.parseAsRoot()
            try command.run()
        } catch let error as AppError {
            // Messages quote stored text (titles, names), so they are escaped like everything else printed.
            FileHandle.standardError.write(Data(Terminal.safe("incident: \(error.description)\n").utf8))
            exit(error.exitCode)
        } catch {
            let code = IncidentCommand.exitCode(for: error)
            if code == .success {
                print(IncidentCommand.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data(Terminal.safe(IncidentCommand.fullMessage(for: error) + "\n").utf8))
            // Usage mistakes exit 2; anything else ArgumentParser reports as a failure is a usage mistake too.
            exit(code == .validationFailure || code == .failure ? 2 : code.rawValue)
        }
    }
}
