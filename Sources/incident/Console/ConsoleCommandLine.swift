/// Parses a line typed after `:` in the console with the command line's verbs, e.g. `:log --kind finding router 2 drops packets`.
import ArgumentParser
import ConsoleRuntime
import Foundation
import IncidentApp
import IncidentCore

enum ConsoleCommandLine {
    /// What `line` asks for on `state` (the incident on screen); parsing only, the run loop carries it out.
    static func action(_ line: String, state: IncidentState?, context: GlobalOptions.Context) -> CommandLineAction {
        let words: [String]
        do { words = try CommandLineWords.split(line) } catch { return .failed("\(error)") }
        guard !words.isEmpty else { return .failed("Type a command, such as: log --kind finding TEXT") }
        // Standard input is the terminal here: reading it would hang the console.
        guard !words.contains("-") else { return .failed("'-' reads standard input, which the console cannot; type the text instead.") }
        if words.contains(where: { ["--help", "-h", "help"].contains($0) }) {
            return .failed("Help is not shown here: press Esc then ? for the keys, or run incident \(words[0] == "help" ? "" : words[0] + " ")--help in a shell.")
        }
        let parsed: any ParsableCommand
        do { parsed = try IncidentCommand.parseAsRoot(words) } catch {
            return .failed(IncidentCommand.message(for: error))
        }
        if let new = parsed as? NewCommand {
            do {
                let at = try parseTime(new.at, now: context.now(), timeZone: context.timeZone)
                return .declare(title: new.title.joined(separator: " "), priority: new.priority, securitySensitive: new.security, at: at)
            } catch {
                return .failed(AppError.wrap(error).description)
            }
        }
        if let verb = parsed as? any IncidentVerb, verb.global.incident != nil || verb.global.actor != nil || verb.global.store != nil {
            return .failed("--incident, --as and --store do not apply here: the console acts as \(context.actor) on the incident on screen. To act as someone else, start it with --as NAME (or INCIDENT_USER).")
        }
        guard let verb = parsed as? any IncidentVerb else {
            if words[0] == "report" {
                return .failed("':report show' is the report screen here: press Esc then v (s saves it to a file).")
            }
            let shown = ["show", "list", "console"].contains(words[0])
            return .failed("':\(words[0])' is not available in the console" + (shown ? "; the screen shows it." : "; run incident \(words[0]) in a shell.")
                + " Try :log, :assign, :comms, :escalate, :resolve.")
        }
        guard let state, state.phase != .none else { return .failed("No incident is open.") }
        // With no text these open $EDITOR, which would fight the console for the terminal.
        if let edit = verb as? ReportCommand.Edit, edit.text.isEmpty {
            return .failed("Give the text after the section, or press Esc then w to write it in the console.")
        }
        if let rootCause = verb as? ReportCommand.RootCause, rootCause.text.isEmpty {
            return .failed("Give the root cause after --category, or press Esc then w to write it in the console.")
        }
        do {
            let now = context.now()
            // `--at` dates the command as the shell's `incident ... --at` does.
            return .perform(try verb.command(now: now, timeZone: context.timeZone, state: state, playbook: context.service.playbook)
                .happened(at: try parseTime(verb.at, now: now, timeZone: context.timeZone)))
        } catch {
            if case let .refused(refusal) = AppError.wrap(error) { return .refused(refusal) }
            return .failed(AppError.wrap(error).description)
        }
    }
}
