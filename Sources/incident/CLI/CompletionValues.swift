/// What the shell completes from the store and the playbook: incident ids, people, components, templates,
/// escalation levels, checklist steps and entry ids. Read-only: completing creates and changes nothing.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

enum CompletionValues {
    typealias Completer = @Sendable ([String], Int, String) -> [String]

    /// Open incidents first, then closed ones (reached only with `--incident`, for `reopen` or reading).
    static let incidents: Completer = { words, _, prefix in
        let all = (try? context(words)?.service.store.incidents()) ?? []
        return matching(prefix, (all.filter { $0.phase != .closed } + all.filter { $0.phase == .closed }).map(\.id.rawValue))
    }
    static let people: Completer = { words, _, prefix in
        guard let opened = context(words) else { return [] }
        let onTeam = (try? state(words, opened).team.map(\.name)) ?? []
        return matching(prefix, onTeam + opened.service.playbook.roster.map(\.name))
    }
    static let components: Completer = { words, _, prefix in
        matching(prefix, context(words)?.service.playbook.statuspage.components ?? [])
    }
    static let templates: Completer = { words, _, prefix in
        matching(prefix, context(words)?.service.playbook.statuspage.templates ?? [])
    }
    static let levels: Completer = { words, _, prefix in
        matching(prefix, context(words)?.service.playbook.escalation.allLevels.map(\.id) ?? [])
    }
    static let steps: Completer = { words, _, prefix in
        matching(prefix, context(words)?.service.playbook.checklist.map(\.id) ?? [])
    }
    /// The first 8 characters of each timeline entry's id, as `incident show` prints them.
    static let entries: Completer = { words, _, prefix in
        guard let opened = context(words), let current = try? state(words, opened) else { return [] }
        return matching(prefix, current.timeline.map { String($0.id.uuidString.lowercased().prefix(8)) })
    }

    /// Unique values starting with what is typed, in their first order.
    private static func matching(_ prefix: String, _ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { $0.lowercased().hasPrefix(prefix.lowercased()) && seen.insert($0).inserted }
    }

    /// The store and playbook the words being completed name (`--store`, `--playbook`, `--incident`), opened to read.
    private static func context(_ words: [String]) -> GlobalOptions.Context? {
        guard let options = try? GlobalOptions.parse(globalWords(words)) else { return nil }
        return (try? options.existingContext()) ?? nil
    }

    private static func state(_ words: [String], _ context: GlobalOptions.Context) throws -> IncidentState {
        let options = try GlobalOptions.parse(globalWords(words))
        return try context.service.state(of: try context.service.selectIncident(options.incident))
    }

    /// Only the options that choose the store, the playbook and the incident: the rest may be half typed.
    private static func globalWords(_ words: [String]) -> [String] {
        let wanted: Set<String> = ["--store", "--playbook", "--incident"]
        var kept: [String] = []
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            if wanted.contains(word), index + 1 < words.endIndex {
                kept += [word, words[index + 1]]
                index += 2
                continue
            }
            if let equals = word.firstIndex(of: "="), wanted.contains(String(word[..<equals])) { kept.append(word) }
            index += 1
        }
        return kept
    }
}
