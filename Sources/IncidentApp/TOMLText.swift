/// Parses TOML text, turning a syntax error into a usage error that names the file and line.
import TOMLKit

enum TOMLText {
    static func table(_ text: String, source: String) throws -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw AppError.usage("\(source): line \(error.source.begin.line): \(error.description)")
        }
    }
}
