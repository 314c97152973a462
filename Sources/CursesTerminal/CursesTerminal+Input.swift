/// Reading keys through curses with a timeout.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import ScreenGrid

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` (forever if negative) for a key. Nil on timeout,
    /// when a termination signal arrived (check `terminationSignal`), or for a key the
    /// console has no use for. After `.resize` the next `present` repaints everything.
    ///
    /// A bracketed paste comes back as one `.paste`, however many reads it takes to arrive: after its
    /// start marker this reads on until the end marker, or until 2 s pass without input (then what came
    /// is the paste). An ESC not followed by the marker within 25 ms is an Esc key as before.
    public func readKey(timeoutMilliseconds: Int) -> KeyEvent? {
        guard !isShutDown, terminationSignal == nil else { return nil }
        if suspendIfRequested() { return nil }
        if !pendingKeys.isEmpty { return delivered(pendingKeys.removeFirst()) }
        guard let first = readCode(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        var events = pasteParser.feed(first)
        var silence = 0
        while pasteParser.isPending {
            let wait = pasteParser.isInPaste ? 100 : 25
            if terminationSignal == nil, let next = readCode(timeoutMilliseconds: wait) {
                events += pasteParser.feed(next)
                silence = 0
                continue
            }
            silence += wait
            if !pasteParser.isInPaste || silence >= 2000 || terminationSignal != nil {
                events += pasteParser.finish()
            }
        }
        pendingKeys += events.flatMap { event -> [KeyEvent] in
            switch event {
            case let .key(raw) where raw.isFunctionKey && raw.code == cn_key_mouse(): readMouse()
            case let .key(raw): KeyMapping.map(code: raw.code, isFunctionKey: raw.isFunctionKey).map { [$0] } ?? []
            case let .paste(text): [.paste(text)]
            }
        }
        return pendingKeys.isEmpty ? nil : delivered(pendingKeys.removeFirst())
    }

    /// One code from curses, or nil on timeout, a signal or a hang-up (which is noted).
    private func readCode(timeoutMilliseconds: Int) -> RawKey? {
        wtimeout(window, Int32(clamping: max(-1, timeoutMilliseconds)))
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == ERR, inputHungUp() { terminalGone = true }
        if result == ERR, suspendIfRequested() { return nil }
        guard result != ERR, terminationSignal == nil else { return nil }
        return RawKey(Int32(bitPattern: UInt32(code)), isFunctionKey: result == KEY_CODE_YES)
    }

    /// The mouse events curses queued with the `KEY_MOUSE` just read, oldest first, those the console uses. Reports
    /// that arrive together (a press and its release) come as one `KEY_MOUSE`, and `getmouse` hands them over newest
    /// first: all are taken.
    private func readMouse() -> [KeyEvent] {
        var events: [KeyEvent] = []
        var event = MEVENT()
        for _ in 0..<64 {
            guard getmouse(&event) == OK else { break }
            if let mapped = MouseMapping.map(x: event.x, y: event.y, buttons: event.bstate) { events.append(.mouse(mapped)) }
        }
        return events.reversed()
    }

    /// Hands a key over; a resize first makes the next `present` repaint everything.
    private func delivered(_ key: KeyEvent) -> KeyEvent {
        if key == .resize {
            presented = nil
            clearok(window, true)
        }
        return key
    }

    /// True when the input has hung up: reads would return end-of-file at once, forever.
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) == 1 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// The text curses holds for `row` (wide characters once), for tests.
    func screenText(row: Int) -> String {
        let width = Int(getmaxx(window))
        var buffer = [wchar_t](repeating: 0, count: width * Int(cn_cchar_max()) + 1)
        let count = mvwinnwstr(window, Int32(row), 0, &buffer, Int32(buffer.count - 1))
        guard count != ERR else { return "" }
        let scalars = buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The text, attributes and colour pair curses holds for one cell, for tests.
    func screenCell(x: Int, y: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        var cell = cchar_t()
        mvwin_wch(window, Int32(y), Int32(x), &cell)
        var characters = [wchar_t](repeating: 0, count: Int(cn_cchar_max()) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cell, &characters, &attributes, &pair, nil)
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }
}
