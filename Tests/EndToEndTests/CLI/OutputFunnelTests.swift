/// The executable writes text in one place only, so nothing it prints can skip the sanitiser.
import Foundation
import Testing

@Suite struct OutputFunnelTests {
    /// `print`, standard-stream handles and raw writes appear only in `TerminalText.swift`, which sanitises.
    @Test func everyOutputOfTheExecutableGoesThroughTheSanitiser() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/incident")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 10)
        for file in files where !file.hasSuffix("TerminalText.swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for writer in ["print(", "FileHandle.standardOutput", "FileHandle.standardError", "fputs(", "fwrite(", "write(STDOUT", "write(STDERR", "debugPrint("] {
                #expect(!text.contains(writer), "\(file) writes with \(writer) instead of Terminal.out/err/json")
            }
        }
    }
}
