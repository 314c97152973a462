/// What the console asks the run loop to do, and what the run loop reports back.
import Foundation
import IncidentCore

public enum ConsoleEffect: Sendable, Equatable {
    /// Decide and append a core command for the open incident.
    case perform(Command)
    /// Declare a new incident (the run loop picks its id); `at` declares one that started earlier.
    case declare(title: String, priority: Priority, securitySensitive: Bool, at: Date?)
    /// Load this incident into the snapshot.
    case open(IncidentID)
    /// Put the open incident away and show the list of open incidents (or the welcome screen).
    case leaveIncident
    /// A line typed after `:`, for the run loop to parse with the CLI's verbs.
    case commandLine(String)
    /// Write `contents` to the file at `path` (relative to the working folder), off the input loop. Without
    /// `overwrite` an existing file is left alone and reported as `CommandOutcome.fileExists`.
    case writeFile(path: String, contents: String, overwrite: Bool)
    case quit
    case bell
    /// Repaint the whole screen (Ctrl-L, after something else wrote to the terminal).
    case redraw
}

/// How a `.perform`, `.declare` or `.commandLine` effect turned out.
public enum CommandOutcome: Sendable, Equatable {
    /// `summary` is shown as is, e.g. "Logged action."
    case accepted(summary: String)
    case refused(Refusal)
    /// Not a rule: storage or parsing failed.
    case failed(message: String)
    /// A `.writeFile` without `overwrite` found a file already there; nothing was written.
    case fileExists(path: String)
}
