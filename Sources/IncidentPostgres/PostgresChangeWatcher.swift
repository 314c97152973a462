/// Live follow on a shared store: a listening connection of its own hears every commit, by any machine, at once;
/// nothing is asked of the server while nothing happens.
import Foundation
import IncidentStore
import PostgresNIO

extension PostgresEventStore {
    public func changeWatcher() throws -> any StoreChangeWatcher {
        let watcher = PostgresChangeWatcher(store: self)
        try watcher.listen()
        return watcher
    }
}

/// `hasChanged()` reads a flag the listener sets. After a lost connection it tries again, waiting longer each time
/// (1 s doubling to 30 s); meanwhile it throws the loss, so the caller can say it is offline.
final class PostgresChangeWatcher: StoreChangeWatcher, @unchecked Sendable {
    private let store: PostgresEventStore
    private let lock = NSLock()
    private var notified = true
    private var connection: PostgresConnection?
    private var lastError: StoreError?
    private var nextAttempt = Date.distantPast
    private var backoff: TimeInterval = 1
    /// Called on a network thread when a notification arrives, so a waiting loop can wake at once.
    var onNotification: (@Sendable () -> Void)?

    init(store: PostgresEventStore) {
        self.store = store
    }

    deinit {
        try? connection?.close().wait()
    }

    func listen() throws {
        let connection = try store.connect()
        connection.addListener(channel: PostgresSchema.channel) { [weak self] _, _ in
            self?.mark()
        }
        do {
            _ = try store.run("LISTEN \(unescaped: PostgresSchema.channel)", on: connection)
        } catch {
            try? connection.close().wait()
            throw StoreError(connecting: error, address: store.address)
        }
        lock.withLock {
            self.connection = connection
            notified = true
            lastError = nil
            backoff = 1
        }
    }

    private func mark() {
        let callback = lock.withLock { () -> (@Sendable () -> Void)? in
            notified = true
            return onNotification
        }
        callback?()
    }

    func hasChanged() throws -> Bool {
        let (closed, error, due) = lock.withLock { (connection?.isClosed ?? true, lastError, Date() >= nextAttempt) }
        if closed {
            guard due else { throw error ?? StoreError.connectionLost(server: store.address.description, detail: "not connected") }
            do {
                try listen()
            } catch let failure as StoreError {
                lock.withLock {
                    lastError = failure.isUnreachable ? .connectionLost(server: store.address.description, detail: describe(failure)) : failure
                    nextAttempt = Date().addingTimeInterval(backoff)
                    backoff = min(backoff * 2, 30)
                }
                throw lock.withLock { lastError! }
            }
        }
        return lock.withLock {
            defer { notified = false }
            return notified
        }
    }

    private func describe(_ error: StoreError) -> String {
        switch error {
        case let .serverUnreachable(_, detail), let .connectionLost(_, detail): detail
        default: error.description
        }
    }
}
