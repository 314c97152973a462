/// Renders a model and snapshot to the text and style dumps the snapshot tests compare.
import IncidentConsole
import ScreenGrid

func screenText(_ model: ConsoleModel, _ snapshot: ConsoleSnapshot) -> String {
    ConsoleRenderer.render(model, snapshot).textLines().joined(separator: "\n")
}

func screenText(_ snapshot: ConsoleSnapshot) -> String { screenText(ConsoleModel(), snapshot) }

func screenStyles(_ model: ConsoleModel, _ snapshot: ConsoleSnapshot) -> String {
    ConsoleRenderer.render(model, snapshot).snapshot()
}

func screenStyles(_ snapshot: ConsoleSnapshot) -> String { screenStyles(ConsoleModel(), snapshot) }

/// The text in the open text prompt, if one is open.
func promptText(_ model: ConsoleModel) -> String? {
    guard case let .text(field)? = model.question?.input else { return nil }
    return field.text
}
