/// Finds the committed corpus (`Fuzz/corpus/<target>/`) and runs every file in it through its target's check.
import Foundation

public enum Corpus {
    /// The corpus folder of a checkout, found from a source file's path.
    public static func folder(packageRoot: URL) -> URL {
        packageRoot.appendingPathComponent("Fuzz/corpus")
    }

    /// The files of a folder (not recursive, hidden files skipped), sorted by name.
    public static func files(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Runs each file; returns the failures as "file: what broke".
    public static func replay(_ target: FuzzTarget, files: [URL]) -> [String] {
        files.compactMap { file in
            guard let data = FileManager.default.contents(atPath: file.path) else { return "\(file.path): unreadable" }
            do {
                try target.check(Array(data))
                return nil
            } catch {
                return "\(file.path): \(error)"
            }
        }
    }
}
