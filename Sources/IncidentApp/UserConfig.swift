/// The user's own settings file (`$XDG_CONFIG_HOME/incident/config.toml`): which store and who acts, for every
/// command and the console, below the command line and the environment.
import Foundation

public struct UserConfig: Sendable, Equatable {
    /// A store file path or a `postgres://` address.
    public var store: String?
    /// The name you act as (your database role's name on a shared store with the row-level rule).
    public var name: String?

    public init(store: String? = nil, name: String? = nil) {
        self.store = store
        self.name = name
    }

    public static func location(environment: [String: String]) -> URL {
        UserFolders.folder("XDG_CONFIG_HOME", fallback: ".config", name: "config.toml", environment: environment)
    }

    /// The settings, or none when the file does not exist. A file that cannot be read, or holds an unknown key, is a
    /// usage error naming the file and the key, never silently ignored.
    public static func load(environment: [String: String]) throws -> UserConfig {
        let file = location(environment: environment)
        guard FileManager.default.fileExists(atPath: file.path) else { return UserConfig() }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw AppError.usage("cannot read the settings file \(file.path): check its permissions.")
        }
        let text = try StrictUTF8.fileText([UInt8](data), source: file.path)
        let table = try TOMLText.table(text, source: file.path)
        let reader = Reader(source: file.path)
        try reader.only(table, ["store", "name"], in: "the settings file")
        return UserConfig(store: try reader.string(table, "store"), name: try reader.string(table, "name"))
    }
}
