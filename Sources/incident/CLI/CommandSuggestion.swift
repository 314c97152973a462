/// "Did you mean": the subcommand nearest to a mistyped one, by edit distance.
import ArgumentParser

enum CommandSuggestion {
    /// Options of the top-level command that take a value, so the word after them is not the subcommand.
    static let optionsWithValue: Set<String> = ["--incident", "--store", "--playbook", "--as", "--theme"]

    /// The subcommand names `incident` knows.
    static var names: [String] {
        IncidentCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The first word that is not an option or an option's value: where the subcommand goes.
    static func commandWord(in arguments: [String]) -> String? {
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--" { return nil }
            if argument.hasPrefix("-") {
                skipNext = optionsWithValue.contains(argument)
                continue
            }
            return argument
        }
        return nil
    }

    /// The message for a mistyped subcommand (`incident lgo` → `did you mean: log?`), or nil when the word is a
    /// subcommand, or no subcommand is close (at most 2 edits, and fewer than half its letters).
    static func message(for arguments: [String]) -> String? {
        guard let word = commandWord(in: arguments), !names.contains(word) else { return nil }
        let scored = names.map { (name: $0, distance: editDistance(word.lowercased(), $0)) }
        guard let best = scored.map(\.distance).min(), best <= 2, best * 2 < max(word.count, 2) + 1 else { return nil }
        let nearest = scored.filter { $0.distance == best }.map(\.name)
        return "'\(word)' is not an incident command: did you mean: \(nearest.joined(separator: " or "))? "
            + "See incident --help for the commands."
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, rows[i - 2][j - 2] + 1) }
                rows[i][j] = best
            }
        }
        return rows[a.count][b.count]
    }
}
