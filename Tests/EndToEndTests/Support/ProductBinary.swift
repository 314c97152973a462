/// Finds the built `incident` executable for end-to-end tests.
import Foundation

enum ProductBinary {
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// The `incident` executable: `$INCIDENT_BINARY` if set, else the one SwiftPM built next
    /// to the test bundle (`.build/<triple>/<configuration>/incident`), looking in the test
    /// executable's folder and up to three folders above it.
    static var url: URL {
        get throws {
            if let override = ProcessInfo.processInfo.environment["INCIDENT_BINARY"], !override.isEmpty {
                guard isExecutableFile(override) else {
                    throw Missing(description: "INCIDENT_BINARY=\(override) is not an executable file")
                }
                return URL(fileURLWithPath: override)
            }
            var searched: [String] = []
            for start in startFolders() {
                var folder = start
                for _ in 0..<4 {
                    let candidate = folder.appendingPathComponent("incident")
                    if isExecutableFile(candidate.path) { return candidate }
                    searched.append(folder.path)
                    folder.deleteLastPathComponent()
                }
            }
            throw Missing(description: "the `incident` executable was not found; build it first "
                + "(`swift build`) or set INCIDENT_BINARY. Looked in: " + searched.joined(separator: ", "))
        }
    }

    private static func startFolders() -> [URL] {
        var folders: [URL] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if executable.path != "/proc/self/exe" { folders.append(executable.deletingLastPathComponent()) }
        if let bundleExecutable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders.append(bundleExecutable.deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL.resolvingSymlinksInPath())
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// A regular file with the executable bit (a folder such as `Sources/incident` is not).
    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
