/// An in-memory `Terminal` for tests: scripted keys in, presented grids and side effects out.
public final class FakeTerminal: Terminal {
    /// A notification as it would reach the terminal (already sanitised).
    public struct Notification: Hashable, Sendable {
        public var title: String
        public var body: String
        public init(title: String, body: String) {
            self.title = title
            self.body = body
        }
    }

    public private(set) var size: Size
    public var capabilities: TerminalCapabilities
    public var terminationSignal: Int32?

    /// Keys `readKey` returns, first to last.
    public var pendingKeys: [KeyEvent]
    /// Called when `readKey` finds no pending key: return a key, or nil for a timeout. Lets a
    /// test look at `lastGrid` before deciding what to type next.
    public var whenIdle: ((FakeTerminal) -> KeyEvent?)?

    public private(set) var presentedGrids: [Grid] = []
    public private(set) var cursor: Point?
    public private(set) var bellCount = 0
    public private(set) var notifications: [Notification] = []
    public private(set) var invalidateCount = 0
    /// How many times `readKey` returned nil (a timeout).
    public private(set) var timeoutCount = 0
    public private(set) var isShutDown = false

    public init(
        width: Int = 80, height: Int = 24, keys: [KeyEvent] = [],
        capabilities: TerminalCapabilities = TerminalCapabilities(unicode: true, colorCount: 256)
    ) {
        size = Size(width: width, height: height)
        pendingKeys = keys
        self.capabilities = capabilities
    }

    /// The most recently presented grid.
    public var lastGrid: Grid? { presentedGrids.last }

    /// The last presented grid as text lines (empty before the first `present`).
    public var screenLines: [String] { lastGrid?.textLines() ?? [] }

    /// Queues keys for `readKey`.
    public func type(_ keys: KeyEvent...) {
        pendingKeys.append(contentsOf: keys)
    }

    /// Queues `keys` in order (a batch built by a test).
    public func type(keys: [KeyEvent]) {
        pendingKeys.append(contentsOf: keys)
    }

    /// Queues each character of `text` as a `.character` key.
    public func type(text: String) {
        pendingKeys.append(contentsOf: text.map(KeyEvent.character))
    }

    /// Changes the size and queues `.resize`, as a real terminal does.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        pendingKeys.append(.resize)
    }

    public func present(_ grid: Grid) {
        presentedGrids.append(grid)
    }

    public func readKey(timeoutMilliseconds: Int) -> KeyEvent? {
        if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
        if let key = whenIdle?(self) { return key }
        timeoutCount += 1
        return nil
    }

    public func showCursor(at position: Point?) {
        cursor = position
    }

    public func invalidate() {
        invalidateCount += 1
    }

    public func bell() {
        bellCount += 1
    }

    public func notify(title: String, body: String) {
        notifications.append(Notification(title: TextSanitizer.sanitize(title), body: TextSanitizer.sanitize(body)))
    }

    public func shutdown() {
        isShutDown = true
    }
}
