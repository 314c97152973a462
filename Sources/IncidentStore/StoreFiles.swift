/// Creates the store's folders (mode 0700) before SQLite sees them, whatever the umask; the file is made by `StoreCreation`.
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum StoreFiles {
    /// Incident records can be sensitive: only the owner may list the folder or read the file.
    /// SQLite gives its -wal and -shm files the database file's mode, so they follow.
    static let directoryMode: mode_t = 0o700
    static let fileMode: mode_t = 0o600

    /// Creates the store file's missing parent folders if `creatingFolders`; existing ones are left as they are.
    /// Without `creatingFolders`, a missing folder is refused and nothing is created.
    static func prepare(_ url: URL, creatingFolders: Bool = true) throws {
        let path = url.path
        try refuseFolder(at: path)
        let folder = url.deletingLastPathComponent().path
        let missing = try missingDirectories(for: folder, storePath: path)
        if !missing.isEmpty {
            guard creatingFolders else { throw StoreError.folderMissing(path: path, folder: folder) }
            try create(missing, storePath: path)
        }
    }

    /// Why the store file or its folder cannot be written (a read-only file system, no permission), or nil.
    static func unwritable(_ path: String) -> String? {
        if access(path, W_OK) != 0 { return "the file is read-only (\(String(cString: strerror(errno))))" }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if access(folder, W_OK) != 0 { return "its folder is read-only (\(String(cString: strerror(errno))))" }
        return nil
    }

    static func refuseFolder(at path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder, not a store file")
        }
    }

    /// The folders to create for `directory` to exist, innermost first; refused when something on the way is a file.
    private static func missingDirectories(for directory: String, storePath: String) throws -> [String] {
        var missing: [String] = []
        var current = directory
        while true {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: current, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw StoreError.directoryUnavailable(path: storePath, reason: "\(current) is a file, not a folder")
                }
                break
            }
            missing.append(current)
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        return missing
    }

    private static func create(_ missing: [String], storePath: String) throws {
        // Create from the outermost down; only folders we create get their mode set, never existing ones.
        for folder in missing.reversed() {
            if mkdir(folder, directoryMode) != 0 {
                let code = errno
                var isDirectory: ObjCBool = false
                // Another process may have created it meanwhile; that is fine.
                if code == EEXIST, FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
                   isDirectory.boolValue {
                    continue
                }
                throw StoreError.directoryUnavailable(path: storePath,
                                                      reason: "cannot create \(folder): \(String(cString: strerror(code)))")
            }
            // mkdir's mode is filtered by the umask; chmod makes it exact.
            _ = chmod(folder, directoryMode)
        }
    }
}
