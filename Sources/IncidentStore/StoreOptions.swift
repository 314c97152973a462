/// Tunables of an open store, including the hook tests use to simulate a full disk.
import Foundation

public struct StoreOptions: Sendable {
    /// How long to wait for another process's lock before failing with `StoreError.busy`.
    public var busyTimeout: TimeInterval
    /// Testing hook: caps the file at its current size (`PRAGMA max_page_count`) on the writer connection,
    /// so a growing write fails with a real `SQLITE_FULL` without filling a disk.
    var maxPageCount: Int?
    /// Testing hook: the same cap on the temporary file a new store is built in, so creating it fails with a
    /// real `SQLITE_FULL` part-way through.
    var maxPageCountWhileCreating: Int?

    public init(busyTimeout: TimeInterval = 5) {
        self.busyTimeout = busyTimeout
    }
}
