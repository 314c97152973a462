/// Where per-user files live: an XDG base directory when set to an absolute path, else its usual place under HOME.
import Foundation

enum UserFolders {
    /// `$variable/incident/name`, else `~/fallback/incident/name` (`fallback` such as ".config").
    static func folder(_ variable: String, fallback: String, name: String, environment: [String: String]) -> URL {
        if let base = environment[variable], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("incident/\(name)")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent("\(fallback)/incident/\(name)")
    }
}
