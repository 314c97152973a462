/// What a store file holds before SQLite sees it: nothing yet, something else, or an SQLite database (WAL or not).
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum StoreFileHeader: Equatable {
    /// No file at the path.
    case missing
    /// A file of zero bytes: a store whose creation never started (older builds created the file first).
    case empty
    /// Bytes that do not start with SQLite's magic string.
    case notSQLite
    /// An SQLite database; `wal` when its header says write-ahead logging (format bytes 18 and 19 are 2).
    case sqlite(wal: Bool)

    private static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Reads at most the first 100 bytes, with a plain read-only descriptor: never creates or changes anything.
    static func inspect(_ path: String) throws -> StoreFileHeader {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return .missing }
            throw StoreError(errno: code, path: path)
        }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 100)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(filled)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError(errno: errno, path: path)
            }
            if count == 0 { break }
            filled += count
        }
        if filled == 0 { return .empty }
        guard filled == bytes.count, Array(bytes[0..<magic.count]) == magic else { return .notSQLite }
        return .sqlite(wal: bytes[18] == 2 && bytes[19] == 2)
    }

    /// Whether SQLite's companion file (`-wal`, `-shm`, `-journal`) exists beside `path`.
    static func companionExists(_ path: String, _ suffix: String) -> Bool {
        access(path + suffix, F_OK) == 0
    }

    /// Whether a `-wal` with content is beside `path`: committed changes not yet in the file. An empty `-wal` holds
    /// none (SQLite never truncates it here), as good as no `-wal`.
    static func walHoldsChanges(_ path: String) -> Bool {
        ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? NSNumber).map { $0.intValue > 0 } ?? false
    }
}
