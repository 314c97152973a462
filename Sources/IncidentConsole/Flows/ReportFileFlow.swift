/// Saves the report shown to a file: asks for the path (the default filled in), and asks before replacing a file.
import IncidentCore

struct ReportFileFlow: ConsoleFlow {
    let path: String
    let contents: String
    let audience: String

    func question(_ context: FlowContext) -> Question {
        .text("Save the \(audience) report", "Save to which file?", prefill: path,
              notes: ["A path relative to the folder the console was started in. An existing file is replaced only if you say so."])
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let path = answer.optionalText else { return .invalid("Type a path, or press Esc to cancel.") }
        return .finish([.writeFile(path: path, contents: contents, overwrite: false)])
    }
}

/// The file to save to is there already: replace it only on y.
struct OverwriteFlow: ConsoleFlow {
    let path: String
    let contents: String

    func question(_ context: FlowContext) -> Question {
        .confirm("Save the report", "\(path) exists. Replace it? y/N", notes: ["n keeps the file as it is."], notesWarn: true)
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        answer.confirmed ? .finish([.writeFile(path: path, contents: contents, overwrite: true)]) : .finish([])
    }
}
