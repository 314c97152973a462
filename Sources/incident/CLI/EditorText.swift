/// Report text written in the person's $EDITOR, and report files written without losing one already there.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import IncidentApp
import IncidentCore

enum EditorText {
    /// Opens $VISUAL or $EDITOR on `initial` and returns what was saved. Refused without a terminal or an editor,
    /// saying how else to give the text; refused when the text is left empty.
    static func edit(_ initial: String, what: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        guard let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }),
              isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw AppError.usage("No text given for the \(what.lowercased()). Give it as words, - to read standard input, or set $EDITOR and run it from a terminal.")
        }
        let folder = FileManager.default.temporaryDirectory.appending(path: "incident-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "\(what.lowercased().replacingOccurrences(of: " ", with: "-")).md")
        try Data(initial.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor setting may hold arguments ("vim -u NONE"); the file goes in as a separate argument.
        process.arguments = ["-c", "\(editor) \"$1\"", "editor", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AppError.usage("The editor (\(editor)) exited with status \(process.terminationStatus); nothing was recorded.")
        }
        let bytes = try Data(contentsOf: file)
        guard bytes.count <= TextLimits.bytes else {
            throw AppError.usage("The text is over \(TextLimits.bytes) bytes, the limit; nothing was recorded.")
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw AppError.usage("The text saved is not UTF-8; nothing was recorded.")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw AppError.usage("The text was left empty; nothing was recorded.") }
        return trimmed
    }
}

enum ReportFile {
    /// Writes the report whole or not at all (a temporary file renamed into place); keeps an existing file unless
    /// told to replace it.
    static func write(_ text: String, to path: String, replacing: Bool) throws {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else { throw AppError.usage("\(path) is a folder; give a file name.") }
            guard replacing else { throw AppError.usage("\(path) exists; nothing was written. Give another name, or --force to replace it.") }
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw AppError.usage("Could not write \(path): \((error as NSError).localizedDescription). Nothing was written.")
        }
    }
}
