/// Parses TOML text, turning a syntax error into a usage error that names the file and line.
import TOMLKit

public enum TOMLText {
    public static func table(_ text: String, source: String) throws -> TOMLTable {
        // The parser reads a C string: a NUL would silently end the file there.
        if text.utf8.contains(0) { _ = try StrictUTF8.fileText(Array(text.utf8), source: source) }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw AppError.usage("\(source): line \(error.source.begin.line): \(error.description)")
        }
    }
}
