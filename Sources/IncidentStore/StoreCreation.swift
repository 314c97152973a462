/// Creates a new store atomically: built complete in a private temporary file, then linked into place.
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum StoreCreation {
    /// Makes sure a complete store exists at `path`: if no file is there, one is built beside it (schema, WAL
    /// mode, mode 0600, synced) under a temporary name and `link(2)`ed to the final name. `link` refuses to replace
    /// a file, so when several processes create at once one wins and the others just open the winner's store;
    /// a creator killed at any moment leaves at most its temporary file, never a half-made store. A zero-byte
    /// file (left by older builds) is replaced the same way, under an exclusive `flock` on it.
    static func ensure(_ path: String, options: StoreOptions) throws {
        switch try StoreFileHeader.inspect(path) {
        case .missing:
            let built = try build(beside: path, options: options)
            defer { removeTemporary(built) }
            if link(built, path) != 0 {
                let code = errno
                if code == EEXIST { return }  // Another process created it first: use theirs.
                throw StoreError(errno: code, path: path)
            }
            syncFolder(of: path)
        case .empty:
            try replaceEmptyFile(path, options: options)
        case .sqlite:
            // A creator killed between linking its store into place and removing its temporary name leaves that.
            removeAbandonedTemporaries(of: URL(fileURLWithPath: path))
        case .notSQLite:
            return
        }
    }

    /// Builds a complete store in a new temporary file in the folder of `path` and returns the temporary's path.
    /// On failure nothing is left behind.
    private static func build(beside path: String, options: StoreOptions) throws -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        removeAbandonedTemporaries(of: url)
        var template = Array("\(folder)/.\(url.lastPathComponent).creating-\(getpid())-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw StoreError(errno: errno, path: path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp already makes it 0600; fchmod says so whatever the platform does.
        _ = fchmod(fd, StoreFiles.fileMode)
        close(fd)
        do {
            try StoreError.mapping(path: path, busyTimeout: options.busyTimeout) {
                let queue = try DatabaseQueue(path: temporary)
                do {
                    if let pages = options.maxPageCountWhileCreating {
                        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages)") }
                    }
                    // Nobody else can see this file: the rollback journal is enough until the schema is in place.
                    try StoreSchema.migrator.migrate(queue)
                    try queue.write { try StoreSchema.createCaches($0) }
                    try queue.writeWithoutTransaction { db in
                        // Recorded in the file's header, so every later connection finds the store in WAL mode.
                        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                    }
                    try queue.close()
                } catch {
                    try? queue.close()
                    throw error
                }
            }
            // Everything was written before the switch to WAL, and closing the only connection removed the empty
            // -wal: the file alone holds the store, as it must, since its -wal would not follow it to its name.
            guard !StoreFileHeader.companionExists(temporary, "-wal") else {
                throw StoreError.storage(path: path, detail: "the new store's write-ahead log was left beside it")
            }
            try syncFile(temporary, path: path)
        } catch {
            removeTemporary(temporary)
            throw StoreError.diskFullIfNoSpace(error, path: path)
        }
        return temporary
    }

    /// Replaces a zero-byte file with a complete store. Creators of the same file take turns under `flock`, and
    /// each checks that the name still leads to the empty file it locked, so only the first replaces it.
    private static func replaceEmptyFile(_ path: String, options: StoreOptions) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return try ensure(path, options: options) }
            throw StoreError(errno: errno, path: path)
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StoreError(errno: errno, path: path) }
        }
        var locked = stat(), current = stat()
        guard fstat(fd, &locked) == 0, stat(path, &current) == 0,
              locked.st_ino == current.st_ino, locked.st_dev == current.st_dev, locked.st_size == 0 else {
            return  // Someone else already replaced it (or wrote to it): open what is there now.
        }
        let built = try build(beside: path, options: options)
        defer { removeTemporary(built) }
        if rename(built, path) != 0 { throw StoreError(errno: errno, path: path) }
        syncFolder(of: path)
    }

    /// Temporary files of creators that no longer run (killed while creating). Those of live processes stay.
    static func removeAbandonedTemporaries(of url: URL) {
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).creating-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }) else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                unlink("\(folder)/\(name)")
            }
        }
    }

    private static func removeTemporary(_ temporary: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
    }

    private static func syncFile(_ temporary: String, path: String) throws {
        let fd = open(temporary, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw StoreError(errno: errno, path: path) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw StoreError(errno: errno, path: path) }
    }

    /// Makes the new name survive a power cut. Best effort: some file systems refuse fsync on folders.
    private static func syncFolder(of path: String) {
        let fd = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
