/// Keeps text that was being typed when the console was ended (SIGHUP, SIGTERM), so nothing typed is lost.
import Foundation
import IncidentCore

public enum DraftKeeper {
    /// `$XDG_STATE_HOME/incident/drafts`, else `~/.local/state/incident/drafts`.
    public static func folder(environment: [String: String]) -> URL {
        UserFolders.folder("XDG_STATE_HOME", fallback: ".local/state", name: "drafts", environment: environment)
    }

    /// Writes the draft to a new file readable only by its owner from the moment it exists, in folders
    /// made with mode 0700 (see `UserFolders`); returns its path.
    public static func save(title: String, text: String, incident: IncidentID?, at now: Date,
                            environment: [String: String]) throws -> URL {
        let folder = folder(environment: environment)
        try UserFolders.makePrivateFolder(folder)
        let stamp = Timestamp.format(now).replacingOccurrences(of: ":", with: "")
        let file = folder.appendingPathComponent("\(incident?.rawValue ?? "no-incident")-\(stamp).txt")
        let body = "\(title)\nincident: \(incident?.rawValue ?? "-")\nkept at: \(Timestamp.format(now))\n\n\(text)\n"
        try UserFolders.writePrivateFile(Data(body.utf8), to: file)
        return file
    }

    /// Drafts kept earlier and not yet pointed out, newest first.
    public static func unseen(environment: [String: String]) -> [URL] {
        let folder = folder(environment: environment)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") && !$0.hasSuffix(seenSuffix) }.sorted(by: >).map { folder.appendingPathComponent($0) }
    }

    private static let seenSuffix = ".seen.txt"

    /// Renames a draft so the next console does not point it out again; returns where it now is.
    public static func markSeen(_ draft: URL) -> URL {
        let seen = draft.deletingPathExtension().appendingPathExtension("seen.txt")
        return (try? FileManager.default.moveItem(at: draft, to: seen)) == nil ? draft : seen
    }
}
