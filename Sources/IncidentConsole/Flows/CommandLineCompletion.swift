/// The `:` line's Tab completion: its verbs, then each verb's arguments where the playbook or the incident knows them.
import IncidentCore

/// What a word of a `:` line can be, for completing it.
enum CompletionKind: Equatable {
    case role, person, component, template, level, step, supplier
    /// A fixed set of words (entry kinds, statuses, sub-verbs…).
    case words([String])
    /// The playbook's snooze choices, in minutes.
    case snoozeMinutes

    /// The values known for this kind, in the order they are offered.
    func values(state: IncidentState?, playbook: Playbook) -> [String] {
        switch self {
        case .role: Role.allCases.map(\.rawValue)
        case .person: (state?.team.map(\.name) ?? []) + playbook.roster.map(\.name)
        case .component: playbook.statuspage.components
        case .template: playbook.statuspage.templates
        case .level: playbook.escalation.allLevels.map(\.id)
        case .step: playbook.checklist.map(\.id)
        case .supplier: playbook.suppliers.map(\.name)
        case let .words(words): words
        case .snoozeMinutes: playbook.reminders.snoozeMinutes.map(String.init)
        }
    }
}

/// One verb the `:` line accepts (the CLI's verbs that record something, and `new`): its positional arguments and options.
struct CommandVerb {
    /// An option, such as `--kind`: whether a value follows it, and what that value can be.
    struct Option {
        let name: String
        let takesValue: Bool
        let kind: CompletionKind?

        init(_ name: String, value kind: CompletionKind? = nil, takesValue: Bool = true) {
            self.name = name
            self.takesValue = takesValue
            self.kind = kind
        }

        static func flag(_ name: String) -> Option { Option(name, takesValue: false) }
    }

    let name: String
    /// The kinds of the positional arguments in order; later ones (free text) complete nothing.
    let arguments: [CompletionKind]
    let options: [Option]

    init(_ name: String, _ arguments: [CompletionKind] = [], options: [Option] = []) {
        self.name = name
        self.arguments = arguments
        self.options = options + [Option("--at")]
    }
}

enum CommandLineCompletion {
    private static let with = CommandVerb.Option("--with", value: .person)
    private static let note = CommandVerb.Option("--note")

    /// The verbs in the order they are offered. They mirror the CLI's verbs (`incident --help`) that the `:` line runs.
    static let verbs: [CommandVerb] = [
        CommandVerb("log", options: [CommandVerb.Option("--kind", value: .words(EntryKind.allCases.map(\.rawValue)))]),
        CommandVerb("assign", [.role, .person], options: [.flag("--production-access")]),
        CommandVerb("comms", options: [
            CommandVerb.Option("--channel", value: .words(CommsChannel.allCases.map(\.rawValue))),
            CommandVerb.Option("--status", value: .words(StatuspageStatus.allCases.map(\.rawValue))),
            CommandVerb.Option("--component", value: .component), CommandVerb.Option("--template", value: .template),
            CommandVerb.Option("--next-update-in"), .flag("--no-components"),
        ]),
        CommandVerb("status", [.words(StatuspageStatus.allCases.map(\.rawValue))]),
        CommandVerb("snooze", [.snoozeMinutes]),
        CommandVerb("escalate", [.level, .words(EscalationStep.allCases.map(\.rawValue))], options: [note]),
        CommandVerb("executive", options: [CommandVerb.Option("--by", value: .person), note]),
        CommandVerb("security", options: [note]),
        CommandVerb("supplier", [.supplier, .words(["contacted", "case", "answered"])], options: [CommandVerb.Option("--reference")]),
        CommandVerb("step", [.step], options: [note, CommandVerb.Option("--skip")]),
        CommandVerb("resolve", options: [with, note]),
        CommandVerb("downgrade", [.words(Priority.allCases.map(\.rawValue))], options: [with, note]),
        CommandVerb("reopen", options: [CommandVerb.Option("--reason")]),
        CommandVerb("correct"),
        CommandVerb("strike"),
        CommandVerb("mark", [.words(KeyTime.allCases.map(\.rawValue))], options: [note]),
        CommandVerb("review", [.words(["schedule", "held"])]),
        CommandVerb("report", [.words(["edit", "root-cause", "follow-up", "written", "publish", "withhold"])]),
        CommandVerb("close"),
        CommandVerb("new", options: [CommandVerb.Option("--priority", value: .words(Priority.allCases.map(\.rawValue))),
                                     .flag("--security")]),
    ]

    /// What Tab does to `text` (the line up to the cursor).
    struct Result: Equatable {
        /// The line up to the cursor after completing (unchanged when nothing matched or nothing more is common).
        var text: String
        /// Every match, when there is more than one.
        var candidates: [String]
    }

    static func complete(_ text: String, state: IncidentState?, playbook: Playbook) -> Result {
        let (done, partial) = split(text)
        let typed = partial.hasPrefix("\"") ? String(partial.dropFirst()) : partial
        let values: [String]
        if done.isEmpty {
            values = verbs.map(\.name)
        } else if let verb = verbs.first(where: { $0.name == done[0] }) {
            values = candidates(verb, after: Array(done.dropFirst()), typed: typed)?.values(state: state, playbook: playbook)
                ?? (typed.hasPrefix("-") ? verb.options.map(\.name) : [])
        } else {
            values = []
        }
        var seen = Set<String>()
        let matches = values.filter { $0.lowercased().hasPrefix(typed.lowercased()) && seen.insert($0).inserted }
        let head = String(text.dropLast(partial.count))
        guard let first = matches.first else { return Result(text: text, candidates: []) }
        if matches.count == 1 { return Result(text: head + quoted(first, closed: true) + " ", candidates: []) }
        let common = commonPrefix(matches)
        let grown = common.count > typed.count ? head + quoted(common, closed: false) : text
        return Result(text: grown, candidates: matches)
    }

    /// The kind of the word being typed, from the words before it: an option's value, or the next positional argument.
    private static func candidates(_ verb: CommandVerb, after words: [String], typed: String) -> CompletionKind? {
        guard !typed.hasPrefix("-") else { return nil }
        var position = 0
        var pending: CommandVerb.Option?
        var repeating: CommandVerb.Option?
        for word in words {
            if let option = pending {
                pending = nil
                if option.name == "--with" { repeating = option }
                continue
            }
            if word.hasPrefix("--") {
                let name = String(word.prefix { $0 != "=" })
                let option = verb.options.first { $0.name == name }
                repeating = nil
                if let option, option.takesValue, !word.contains("=") { pending = option }
                continue
            }
            if repeating != nil { continue }
            position += 1
        }
        if let pending { return pending.kind }
        if let repeating { return repeating.kind }
        return position < verb.arguments.count ? verb.arguments[position] : nil
    }

    /// The whole words before the one being typed, and that one (empty after a space). Quotes group words.
    private static func split(_ text: String) -> (done: [String], partial: String) {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "\"" || character == "'", current.isEmpty {
                quote = character
                current.append(character)
            } else if character.isWhitespace {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        let unquoted = words.map { $0.count >= 2 && ($0.first == "\"" || $0.first == "'") && $0.last == $0.first
            ? String($0.dropFirst().dropLast()) : $0 }
        return (unquoted, current)
    }

    /// A value as typed on the line: in quotes when it has spaces (closed once it is whole).
    private static func quoted(_ value: String, closed: Bool) -> String {
        guard value.contains(where: \.isWhitespace) else { return value }
        return "\"" + value + (closed ? "\"" : "")
    }

    /// The longest start all values share, ignoring case (spelled as the first value spells it).
    private static func commonPrefix(_ values: [String]) -> String {
        guard var prefix = values.first.map(Array.init) else { return "" }
        for value in values.dropFirst() {
            let other = Array(value)
            var count = 0
            while count < min(prefix.count, other.count), String(prefix[count]).lowercased() == String(other[count]).lowercased() {
                count += 1
            }
            prefix = Array(prefix.prefix(count))
        }
        return String(prefix)
    }
}
