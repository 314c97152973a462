/// Where the store file lives: --store, then INCIDENT_STORE, then the XDG data folder, then ~/.local/share.
import Foundation

public struct StoreLocation: Sendable, Equatable {
    public static let environmentVariable = "INCIDENT_STORE"
    static let relativeDefault = "incident/incidents.sqlite"

    public var url: URL
    /// True for the default location, whose folders are ours to create. A path someone gave must already
    /// have its folder: a typo is reported rather than answered with a new tree of folders.
    public var createsMissingFolders: Bool

    public var path: String { url.path }

    public init(url: URL, createsMissingFolders: Bool) {
        self.url = url
        self.createsMissingFolders = createsMissingFolders
    }

    /// Pure apart from the last resort: when HOME is unset or empty, the process's home directory is used.
    /// Empty values count as unset; a relative XDG_DATA_HOME is ignored, as the XDG spec requires.
    /// A leading `~` in an explicit path or INCIDENT_STORE is expanded (it was not typed in a shell that
    /// would expand it, e.g. in a config file); relative paths resolve against the current directory.
    public static func resolve(explicitPath: String?, environment: [String: String]) -> StoreLocation {
        let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
        if let path = nonEmpty(explicitPath) ?? nonEmpty(environment[environmentVariable]) {
            return StoreLocation(url: URL(fileURLWithPath: expandingTilde(path, home: home)).standardizedFileURL,
                                 createsMissingFolders: false)
        }
        if let dataHome = nonEmpty(environment["XDG_DATA_HOME"]), dataHome.hasPrefix("/") {
            return StoreLocation(url: URL(fileURLWithPath: dataHome).appending(path: relativeDefault).standardizedFileURL,
                                 createsMissingFolders: true)
        }
        return StoreLocation(url: URL(fileURLWithPath: home).appending(path: ".local/share/" + relativeDefault).standardizedFileURL,
                             createsMissingFolders: true)
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func expandingTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }
}
