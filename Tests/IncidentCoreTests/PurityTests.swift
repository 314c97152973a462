/// The core stays pure: it imports only Foundation, reads no clock and does no I/O.
import Foundation
import Testing

@Suite struct PurityTests {
    static let coreFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/IncidentCore")

    static func sources() throws -> [(String, String)] {
        let files = FileManager.default.enumerator(at: coreFolder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test func theCoreHasSourcesToCheck() throws {
        #expect(try Self.sources().count > 10)
    }

    @Test func importsOnlyFoundation() throws {
        for (name, text) in try Self.sources() {
            let imports = text.split(separator: "\n").filter { $0.hasPrefix("import ") }
            #expect(imports.allSatisfy { $0 == "import Foundation" }, "\(name): \(imports)")
        }
    }

    @Test(arguments: ["Date()", "Date.now", ".now()", "FileManager", "FileHandle", "ProcessInfo", "URLSession",
                      "fopen", "DispatchQueue", "Thread.", "getenv", "print("])
    func usesNoClockOrIO(forbidden: String) throws {
        for (name, text) in try Self.sources() {
            #expect(!text.contains(forbidden), "\(name) uses \(forbidden)")
        }
    }
}
