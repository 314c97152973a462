/// The read-only connection of a store opened for reading: `SQLITE_OPEN_READONLY`, or `immutable` as a last resort.
import Foundation
import GRDB

enum StoreReadOnly {
    /// SQLite's rules for reading a WAL database read-only: the reader needs the `-shm` index beside the file. If
    /// `-wal` and `-shm` exist (another process has the store open, or one was killed) it uses them, writing to
    /// `-shm` only, never to the store or its `-wal`. If they are missing it creates them, empty, when the folder
    /// is writable. When that fails (read-only folder or file system, full disk) and no `-wal` with content
    /// existed, no process had committed changes outside the file, so the file is read as `immutable`: no locks and no companion files.
    static func open(path: String, options: StoreOptions) throws -> DatabasePool {
        let walHeldChanges = StoreFileHeader.walHoldsChanges(path)
        do {
            return try connect(path: path, name: path, options: options)
        } catch {
            guard !walHeldChanges else { throw error }
            do {
                return try connect(path: path, name: StorePreflight.immutableURI(path), options: options)
            } catch {
                throw StoreError.diskFullIfNoSpace(error, path: path)
            }
        }
    }

    private static func connect(path: String, name: String, options: StoreOptions) throws -> DatabasePool {
        try StoreError.mapping(path: path, busyTimeout: options.busyTimeout) {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(options.busyTimeout)
            let queue = try DatabasePool(path: name, configuration: configuration)
            do {
                // The first read opens the WAL index: failures to do so surface here, not in the first command.
                try queue.read { _ = try Int.fetchOne($0, sql: "SELECT 1 FROM event LIMIT 1") }
            } catch {
                try? queue.close()
                throw error
            }
            return queue
        }
    }
}
