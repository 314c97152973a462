/// Reads a playbook's or theme's TOML text, turning a mistake into a usage error that names the file and line.

public enum TOMLText {
    public static func table(_ text: String, source: String) throws -> TOMLTable {
        // StrictUTF8 refuses a NUL with its own message, as when the file is read.
        if text.utf8.contains(0) { _ = try StrictUTF8.fileText(Array(text.utf8), source: source) }
        let size = text.utf8.count
        guard size <= TOMLReader.maximumBytes else {
            throw AppError.usage("\(source): the file is \(size) bytes; a playbook or theme file may be at most 1 MiB (\(TOMLReader.maximumBytes) bytes).")
        }
        do {
            return try TOMLReader.read(text)
        } catch let problem as TOMLProblem {
            throw AppError.usage("\(source): line \(problem.line): \(problem.message).")
        }
    }
}
