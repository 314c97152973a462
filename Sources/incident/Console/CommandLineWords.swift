/// Splits a `:` command line into words much as a shell would: spaces separate, quotes at the start of a word group.
import Foundation

enum CommandLineWords {
    struct UnclosedQuote: Error, CustomStringConvertible {
        var description: String { "A quote is not closed." }
    }

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if (character == "\"" || character == "'") && (!inWord || current.hasSuffix("=")) {
                // Quotes group from the start of a word or after "=" (--note="two words"), so "can't" needs no quoting.
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil else { throw UnclosedQuote() }
        if inWord { words.append(current) }
        return words
    }
}
