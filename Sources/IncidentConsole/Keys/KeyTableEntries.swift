/// The bindings themselves, by group; `KeyTable.standard` puts them in lookup order.
import IncidentCore
import ScreenGrid

enum KeyTableEntries {
    private static func character(_ text: String) -> KeyEvent { .character(Character(text)) }

    static let prompt: [KeyBinding] = [
        KeyBinding([.control("c")], label: "quit", help: "Quit at once: every entry is already saved.", section: .general,
                   action: .quit, inBar: false, rule: { _ in .enabled }),
        KeyBinding([.control("l")], label: "redraw", help: "Repaint the whole screen.", section: .general,
                   action: .redraw, inBar: false, rule: { _ in .enabled }),
        KeyBinding([.enter], label: "accept", help: "Accept the answer (a pasted newline stays in the text).", section: .prompt,
                   action: .accept, rule: KeyRules.modes(.textPrompt, .choicePrompt, .multiChoicePrompt, .confirmPrompt)),
        KeyBinding([.escape], label: "cancel", help: "Cancel the dialog: nothing is recorded.", section: .prompt,
                   action: .cancel, rule: KeyRules.modes(.textPrompt, .choicePrompt, .multiChoicePrompt, .confirmPrompt)),
        KeyBinding([character("y")], label: "yes", help: "Answer yes.", section: .prompt, action: .yes,
                   rule: KeyRules.modes(.confirmPrompt)),
        KeyBinding([character("n")], label: "no", help: "Answer no.", section: .prompt, action: .no,
                   rule: KeyRules.modes(.confirmPrompt)),
        KeyBinding([character(" ")], label: "tick", help: "Tick or untick the selected option.", section: .prompt,
                   action: .toggle, rule: KeyRules.modes(.multiChoicePrompt)),
        KeyBinding([.down, character("j")], barKeyLabel: "Up/Down", label: "choose", help: "Select the next option.",
                   section: .prompt, action: .selectNext, rule: KeyRules.modes(.choicePrompt, .multiChoicePrompt)),
        KeyBinding([.up, character("k")], label: "choose", help: "Select the previous option.", section: .prompt,
                   action: .selectPrevious, inBar: false, rule: KeyRules.modes(.choicePrompt, .multiChoicePrompt)),
        KeyBinding((1...9).map { character("\($0)") }, keyLabel: "1-9", label: "pick", help: "Pick option 1 to 9 at once.",
                   section: .prompt, action: .selectNumber, inBar: false, rule: KeyRules.modes(.choicePrompt)),
        KeyBinding([.left], barKeyLabel: "Left/Right", label: "move", help: "Move the cursor one character left.",
                   section: .prompt, action: .cursorLeft, rule: KeyRules.modes(.textPrompt)),
        KeyBinding([.right], label: "move", help: "Move the cursor one character right.", section: .prompt,
                   action: .cursorRight, inBar: false, rule: KeyRules.modes(.textPrompt)),
        KeyBinding([.home, .control("a")], label: "start", help: "Move to the start of the text.", section: .prompt,
                   action: .cursorHome, inBar: false, rule: KeyRules.modes(.textPrompt)),
        KeyBinding([.end, .control("e")], label: "end", help: "Move to the end of the text.", section: .prompt,
                   action: .cursorEnd, inBar: false, rule: KeyRules.modes(.textPrompt)),
        KeyBinding([.backspace], label: "delete", help: "Delete the character before the cursor.", section: .prompt,
                   action: .deleteBackward, inBar: false, rule: KeyRules.modes(.textPrompt)),
        KeyBinding([.delete], label: "delete", help: "Delete the character under the cursor.", section: .prompt,
                   action: .deleteForward, inBar: false, rule: KeyRules.modes(.textPrompt)),
        KeyBinding([.tab], label: "complete", help: "In the : command line, complete the verb or argument being typed (roles, people, components, levels, steps, suppliers); with several matches, as far as they agree, listing them.",
                   section: .prompt, action: .complete, rule: KeyRules.commandLine),
        KeyBinding([.up], barKeyLabel: "Up/Down", label: "history", help: "In the : command line, recall the line run before it (this console only).",
                   section: .prompt, action: .historyEarlier, rule: KeyRules.commandLine),
        KeyBinding([.down], label: "history", help: "In the : command line, recall a later line, and last what was being typed.",
                   section: .prompt, action: .historyLater, inBar: false, rule: KeyRules.commandLine),
        KeyBinding([.tab], label: "when", help: "Move to the \"when\" field and back: when it happened, if earlier (empty: now; 03:10, 15m ago or 2026-11-29T03:10:00Z). Dialogs that record something have one.",
                   section: .prompt, action: .editWhen, rule: { context in
                       context.mode.isPrompt && context.whenAvailable ? .enabled : .hidden
                   }),
        KeyBinding([.control("u")], label: "clear", help: "Clear the text.", section: .prompt,
                   action: .clearText, rule: KeyRules.modes(.textPrompt)),
        KeyBinding([.control("w")], label: "del word", help: "Delete the word before the cursor.", section: .prompt,
                   action: .deleteWord, rule: KeyRules.modes(.textPrompt)),
    ]

    static let screens: [KeyBinding] = [
        KeyBinding([.escape, character("?"), character("q"), .function(1)], barKeyLabel: "Esc/q", label: "close", help: "Close the help (q here closes it, it does not quit).",
                   section: .general, action: .closeHelp, rule: KeyRules.modes(.help)),
        KeyBinding([.enter], label: "open", help: "Open the selected incident.", section: .start,
                   action: .openSelected, rule: KeyRules.modes(.picker)),
        KeyBinding([character("n")], label: "declare", help: "Declare a new incident: title, priority, security.",
                   section: .start, action: .declare, rule: KeyRules.modes(.welcome, .picker)),
    ]

    static let incident: [KeyBinding] = [
        KeyBinding([character("n")], label: "next match", help: "Jump to the next search match.", section: .move,
                   action: .nextMatch, rule: { $0.mode == .incident && $0.searchActive ? .enabled : .hidden }),
        KeyBinding([character("N")], label: "prev match", help: "Jump to the previous search match.", section: .move,
                   action: .previousMatch, rule: { $0.mode == .incident && $0.searchActive ? .enabled : .hidden }),
        KeyBinding([.escape], label: "clear search", help: "Clear the search.", section: .move, action: .clearSearch,
                   rule: { $0.mode == .incident && $0.searchActive ? .enabled : .hidden }),
        KeyBinding([character("i")], label: "incidents", help: "Back to the list of open incidents, to open another or declare one.",
                   section: .move, action: .leaveIncident, inBar: false, rule: KeyRules.modes(.incident)),
        // While a search is active Esc clears it (above); otherwise it goes back, as i does.
        KeyBinding([.escape], label: "incidents", help: "Back to the list of open incidents, as i (when no search is active).",
                   section: .move, action: .leaveIncident, inBar: false,
                   rule: { $0.mode == .incident && !$0.searchActive ? .enabled : .hidden }),
        KeyBinding([character("a")], label: "action", help: "Log an action: what was done.", section: .record,
                   action: .log(.action), rule: KeyRules.record(.record)),
        KeyBinding([character("f")], label: "finding", help: "Log a finding: what was found.", section: .record,
                   action: .log(.finding), rule: KeyRules.record(.record)),
        KeyBinding([character("d")], label: "decision", help: "Log a decision, and why.", section: .record,
                   action: .log(.decision), rule: KeyRules.record(.record)),
        KeyBinding([character("p")], label: "change", help: "Log a production change (the incident lead only).",
                   section: .record, action: .log(.productionChange), passesWhenDisabled: true, rule: KeyRules.record(.productionChange)),
        KeyBinding([character("n")], label: "note", help: "Log a note.", section: .record, action: .log(.note),
                   rule: KeyRules.incident { context in
                       context.searchActive ? "jumps to the next match while a search is active; clear the search first."
                           : context.blocked[.record]
                   }),
        KeyBinding([character("c")], label: "comms", help: "Record comms you post: team channel, Statuspage update or email (a template fills the text to copy; nothing is sent from here).",
                   section: .process, action: .comms, rule: KeyRules.record(.record)),
        KeyBinding([character("r")], label: "roles", help: "Assign or hand over a role.", section: .process,
                   action: .roles, rule: KeyRules.record(.record)),
        KeyBinding([character("e")], label: "escalate", help: "Record an escalation step, or the executive-group decision.",
                   section: .process, action: .escalate, rule: KeyRules.record(.record)),
        KeyBinding([character("x")], label: "done", help: "Mark an open checklist step done.", section: .process,
                   action: .stepDone, rule: KeyRules.record(.record) { $0.hasOpenSteps ? nil : "no checklist step is open to tick." }),
        KeyBinding([character("E")], label: "correct", help: "Correct a logged entry: pick it, then edit its text (the original is kept).",
                   section: .record, action: .correctEntry, inBar: false, rule: KeyRules.record(.record) { $0.hasAmendableEntries ? nil : "no logged entry to amend yet." }),
        KeyBinding([character("X")], label: "strike out", help: "Strike out a logged entry, with the reason (it stays in the record).",
                   section: .record, action: .strikeEntry, inBar: false, rule: KeyRules.record(.record) { $0.hasAmendableEntries ? nil : "no logged entry to amend yet." }),
        KeyBinding([character("z")], label: "snooze", help: "Snooze the comms reminder.", section: .process,
                   action: .snooze, rule: KeyRules.record(.snooze)),
        KeyBinding([character("s")], label: "status", help: "Set the Statuspage status.", section: .process,
                   action: .statuspageStatus, rule: KeyRules.record(.setStatuspageStatus)),
        KeyBinding([character("!")], label: "breach", help: "A security breach is suspected: alert Information Assurance first.",
                   section: .process, action: .suspectBreach, rule: KeyRules.record(.suspectBreach)),
        KeyBinding([character("R")], label: "resolve", help: "Resolve, with the product and delivery managers (the incident lead only).",
                   section: .process, action: .resolve, rule: KeyRules.record(.resolve)),
        KeyBinding([character("P")], label: "after", help: "After resolution: report written, publish or withhold it, schedule or hold the review, close; or reopen.",
                   section: .process, action: .postIncident, afterResolution: true, rule: KeyRules.record(.afterResolution)),
        KeyBinding([character("m")], label: "mark", help: "Mark a key time: impact started, detected, mitigated or fully recovered.",
                   section: .record, action: .markKeyTime, afterResolution: true, rule: KeyRules.record(.record)),
        KeyBinding([character("w")], label: "write", help: "Write the report's text: summary, impact, root cause, what went well or badly, the review's outcome, follow-up actions.",
                   section: .report, action: .writeReportText, afterResolution: true, rule: { context in
                       guard context.mode == .incident || context.mode == .report else { return .hidden }
                       return context.blocked[.record].map(Availability.disabled) ?? .enabled
                   }),
        KeyBinding([character("v")], label: "report", help: "View the incident report, written from the record.",
                   section: .report, action: .openReport, afterResolution: true, rule: KeyRules.incident()),
        KeyBinding([character("D")], label: "downgrade", help: "Downgrade the priority, with the product and delivery managers (the incident lead only).",
                   section: .process, action: .downgrade, inBar: false, rule: KeyRules.record(.downgrade)),
        KeyBinding([character("S")], label: "suppliers", help: "Show the suppliers: who can be reached now, by which route, when the next window opens, and what is recorded.",
                   section: .process, action: .openSuppliers, inBar: false, rule: KeyRules.incident()),
        KeyBinding([character("/")], label: "search", help: "Search the timeline; n and N jump between matches.",
                   section: .move, action: .search, rule: KeyRules.incident()),
    ]

    static let report: [KeyBinding] = [
        KeyBinding([character("p")], label: "public/internal", help: "Switch the report between the internal and the public version.",
                   section: .report, action: .toggleReportAudience, rule: KeyRules.modes(.report)),
        KeyBinding([character("s")], label: "save file", help: "Save the report shown to a Markdown file: asks for the path, and asks before replacing a file.",
                   section: .report, action: .writeReportFile, rule: KeyRules.modes(.report)),
        KeyBinding([.escape, character("v")], label: "close", help: "Close the report.", section: .report,
                   action: .closeReport, rule: KeyRules.modes(.report)),
    ]

    static let suppliers: [KeyBinding] = [
        KeyBinding([character("r")], label: "record contact", help: "Record contact with a supplier: contacted, a support case opened (with its reference), or answered.",
                   section: .suppliers, action: .recordSupplierContact, rule: { context in
                       guard context.mode == .suppliers else { return .hidden }
                       return context.blocked[.record].map(Availability.disabled) ?? .enabled
                   }),
        KeyBinding([.escape, character("S")], label: "close", help: "Close the suppliers view.", section: .suppliers,
                   action: .closeSuppliers, rule: KeyRules.modes(.suppliers)),
    ]

    static let movement: [KeyBinding] = [
        KeyBinding([.tab], label: "pane", help: "Focus the next pane.", section: .move, action: .focusNext,
                   rule: KeyRules.incident()),
        KeyBinding([.backTab], label: "pane", help: "Focus the previous pane.", section: .move, action: .focusPrevious,
                   inBar: false, rule: KeyRules.incident()),
    ] + Pane.allCases.map { pane in
        KeyBinding([character("\(pane.rawValue)")], label: pane.title.lowercased(), help: "Focus the \(pane.title) pane.",
                   section: .move, action: .focus(pane), inBar: false, rule: KeyRules.incident())
    } + [
        KeyBinding([character("j"), .down], barKeyLabel: "j/k", label: "scroll", help: "Scroll down (select the next incident in the list).",
                   section: .move, action: .scrollDown, rule: KeyRules.modes(.incident, .picker, .help, .report, .suppliers)),
        KeyBinding([character("k"), .up], label: "scroll", help: "Scroll up (select the previous incident in the list).",
                   section: .move, action: .scrollUp, inBar: false, rule: KeyRules.modes(.incident, .picker, .help, .report, .suppliers)),
        KeyBinding([.pageDown], label: "page down", help: "Scroll down a page.", section: .move, action: .pageDown,
                   inBar: false, rule: KeyRules.modes(.incident, .help, .report, .suppliers)),
        KeyBinding([.pageUp], label: "page up", help: "Scroll up a page.", section: .move, action: .pageUp,
                   inBar: false, rule: KeyRules.modes(.incident, .help, .report, .suppliers)),
        KeyBinding([character("g"), .home], label: "top", help: "Go to the top (the oldest entry).", section: .move,
                   action: .scrollTop, inBar: false, rule: KeyRules.modes(.incident, .help, .report, .suppliers)),
        KeyBinding([character("G"), .end], label: "follow", help: "Go to the bottom; the timeline follows new entries again.",
                   section: .move, action: .scrollBottom, inBar: false, rule: KeyRules.modes(.incident, .help, .report, .suppliers)),
    ]

    static let general: [KeyBinding] = [
        KeyBinding([character(":")], label: "command", help: "Type a command with the CLI's verbs.", section: .general,
                   action: .commandLine, rule: KeyRules.modes(.welcome, .picker, .incident)),
        KeyBinding([character("q")], label: "quit", help: "Quit: every entry is already saved.", section: .general,
                   action: .quit, rule: KeyRules.modes(.welcome, .picker, .incident, .report, .suppliers)),
        KeyBinding([character("?"), .function(1)], barKeyLabel: "?", label: "help", help: "Show this help, made from the key table.",
                   section: .general, action: .help, rule: KeyRules.modes(.welcome, .picker, .incident)),
    ]
}
