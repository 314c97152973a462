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

    /// Runs `body`, turning GRDB errors into `StoreError`s; `StoreError`s and others pass through.
    static func mapping<T>(path: String, busyTimeout: TimeInterval, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
    }
}
