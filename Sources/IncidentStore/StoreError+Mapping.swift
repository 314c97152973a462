/// Translates SQLite result codes and errno values into `StoreError`s that name the store's path.
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StoreError {
    init(_ error: DatabaseError, path: String, busyTimeout: TimeInterval) {
        let detail = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB: self = .notADatabase(path: path)
        case .SQLITE_CORRUPT: self = .damaged(path: path, detail: detail)
        case .SQLITE_FULL: self = .diskFull(path: path)
        // SQLite reports some writes that failed for want of space (growing the -shm, syncing) as I/O errors.
        case .SQLITE_IOERR where Self.noSpaceLeft(besides: path): self = .diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path, timeoutSeconds: busyTimeout)
        case .SQLITE_READONLY: self = .readOnly(path: path, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: self = .cannotOpen(path: path, reason: detail)
        default: self = .storage(path: path, detail: detail)
        }
    }

    /// For failures of our own file-system calls (creating the store file), from `errno`.
    init(errno code: Int32, path: String) {
        let reason = String(cString: strerror(code))
        switch code {
        case EACCES, EPERM, EROFS: self = .readOnly(path: path, detail: reason)
        case ENOSPC, EDQUOT: self = .diskFull(path: path)
        case ENOTDIR, ENOENT: self = .directoryUnavailable(path: path, reason: reason)
        default: self = .cannotOpen(path: path, reason: reason)
        }
    }

    /// Whether the file system holding `path`'s folder has (almost) no space left: less than 64 KiB.
    static func noSpaceLeft(besides path: String) -> Bool {
        var info = statvfs()
        guard statvfs(URL(fileURLWithPath: path).deletingLastPathComponent().path, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }

    /// `error` as the disk-full refusal when the disk is full, whatever the failing call called it.
    static func diskFullIfNoSpace(_ error: any Error, path: String) -> any Error {
        if case StoreError.diskFull = error { return error }
        return noSpaceLeft(besides: path) ? StoreError.diskFull(path: path) : error
    }

    /// Runs `body`, turning GRDB errors into `StoreError`s; `StoreError`s and others pass through.
    static func mapping<T>(path: String, busyTimeout: TimeInterval, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
    }
}
