/// A locked list that one thread posts to and another takes everything from: the worker's replies to the input loop.
import Foundation

final class Mailbox<Item: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Item] = []

    func post(_ item: Item) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    func takeAll() -> [Item] {
        lock.lock()
        defer { lock.unlock() }
        let taken = items
        items = []
        return taken
    }
}
