/// What a key binding does; the model carries it out.
import IncidentCore

public enum ConsoleAction: Sendable, Equatable {
    // Start a dialog.
    case log(EntryKind)
    case declare, comms, roles, escalate, statuspageStatus, suspectBreach, resolve, snooze, stepDone
    case correctEntry, strikeEntry
    case markKeyTime, writeReportText, postIncident, downgrade
    // The report screen.
    case openReport, closeReport, toggleReportAudience, writeReportFile
    // The suppliers view.
    case openSuppliers, closeSuppliers, recordSupplierContact
    case search, commandLine
    // Search results.
    case nextMatch, previousMatch, clearSearch
    // Screens and panes.
    case help, closeHelp, quit, redraw, openSelected, leaveIncident
    case focusNext, focusPrevious, focus(Pane)
    case scrollDown, scrollUp, pageDown, pageUp, scrollTop, scrollBottom
    // Prompts.
    case accept, cancel, selectNext, selectPrevious, selectNumber, toggle, yes, no, editWhen
    // The `:` line.
    case complete, historyEarlier, historyLater
    case cursorLeft, cursorRight, cursorHome, cursorEnd, deleteBackward, deleteForward, clearText, deleteWord
}
