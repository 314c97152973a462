/// The text-entry path's contract: raw key codes (as curses returns them) go through the bracketed-paste parser,
/// the key mapping and the console model; typed text never holds a control character other than newline and tab,
/// and the drawn screen never holds a control character, an escape or a bidi control.
import CNcurses
import CursesTerminal
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid

/// The input is a stream: `0xFF k` is a curses function key (the k-th of `functionKeys`), `0xFE` ends a batch of
/// keys that arrived together (and lets the paste parser time out), `0xFD a b c` is the raw code `0xabc`,
/// anything else is a UTF-8 scalar, or a single byte's value where the bytes are not UTF-8 (so C1 codes come too).
/// The first byte picks the screen: with or without an incident, its size, Unicode and colours.
enum TextEntryCheck {
    static let now = Date(timeIntervalSince1970: 1_795_921_200)
    static let incidentID = IncidentID("INC-20261129-FZZ")
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 132, height: 43), Size(width: 60, height: 20)]
    static let functionKeys: [Int32] = [KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_HOME, KEY_END, KEY_PPAGE, KEY_NPAGE,
                                        KEY_BACKSPACE, KEY_DC, KEY_BTAB, KEY_ENTER, KEY_RESIZE, cn_key_f(1), cn_key_f(10), KEY_IC]

    struct Session {
        var model = ConsoleModel()
        var state: IncidentState?
        let size: Size
        let unicode: Bool
        let colors: Bool

        var snapshot: ConsoleSnapshot {
            ConsoleSnapshot(state: state, now: now, timeZone: TimeZone(identifier: "Europe/London")!, actor: "kim",
                            size: size, unicode: unicode, colors: colors)
        }
    }

    static func check(_ bytes: [UInt8]) throws {
        _ = try run(bytes)
    }

    /// Types the input; returns where it left the console and the incident.
    static func run(_ bytes: [UInt8]) throws -> Session? {
        guard let setup = bytes.first else { return nil }
        var session = Session(state: setup & 1 == 1 ? declaredIncident() : nil, size: sizes[Int(setup >> 1) & 3],
                              unicode: setup & 8 == 0, colors: setup & 16 == 0)
        var parser = PasteParsing()
        var batch: [KeyEvent] = []
        var batches = 0
        for code in codes(bytes.dropFirst()) {
            guard let code else {
                batch += parser.finish()
                try deliver(&batch, to: &session, render: batches < 4)
                batches += 1
                continue
            }
            batch += parser.feed(code)
        }
        batch += parser.finish()
        try deliver(&batch, to: &session, render: true)
        return session
    }

    /// Raw codes in input order; nil marks the end of a batch.
    static func codes(_ bytes: ArraySlice<UInt8>) -> [(code: Int32, isFunctionKey: Bool)?] {
        var result: [(code: Int32, isFunctionKey: Bool)?] = []
        var rest = bytes
        while let first = rest.first {
            switch first {
            case 0xFF:
                rest = rest.dropFirst()
                let k = rest.popFirst() ?? 0
                result.append((functionKeys[Int(k) % functionKeys.count], true))
            case 0xFE:
                rest = rest.dropFirst()
                result.append(nil)
            case 0xFD:
                let digits = rest.dropFirst().prefix(3)
                rest = rest.dropFirst(1 + digits.count)
                result.append((digits.reduce(Int32(0)) { $0 << 8 | Int32($1) }, false))
            default:
                if let (scalar, length) = scalar(at: rest) {
                    result.append((Int32(scalar.value), false))
                    rest = rest.dropFirst(length)
                } else {
                    result.append((Int32(first), false))
                    rest = rest.dropFirst()
                }
            }
        }
        return result
    }

    /// The UTF-8 scalar starting the bytes, if they start with one.
    static func scalar(at bytes: ArraySlice<UInt8>) -> (Unicode.Scalar, Int)? {
        guard let first = bytes.first else { return nil }
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
        guard length > 0, bytes.count >= length else { return nil }
        let text = String(validating: bytes.prefix(length), as: UTF8.self)
        guard let text, text.unicodeScalars.count == 1 else { return nil }
        return (text.unicodeScalars.first!, length)
    }

    static func deliver(_ batch: inout [KeyEvent], to session: inout Session, render: Bool) throws {
        defer { batch = [] }
        guard !batch.isEmpty else { return }
        var effects = session.model.handle(batch, snapshot: session.snapshot)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            try checkText(in: effect, "an effect of typed keys")
            guard let outcome = carryOut(effect, &session) else { continue }
            effects += session.model.receive(outcome, snapshot: session.snapshot)
        }
        if case let .text(field)? = session.model.question?.input, let bad = ScreenSafety.firstControl(in: field.text) {
            throw FuzzFailure("typed text holds U+\(ScreenSafety.hex(bad)): \(field.text.debugDescription)")
        }
        guard render else { return }
        let snapshot = session.snapshot
        let grid = ConsoleRenderer.render(session.model, snapshot)
        try ScreenSafety.check(grid, "the console after typing")
        if let cursor = ConsoleRenderer.cursor(session.model, snapshot), !grid.contains(x: cursor.x, y: cursor.y) {
            throw FuzzFailure("the cursor at \(cursor) lies outside the \(grid.width)x\(grid.height) screen")
        }
    }

    /// What the run loop does with an effect, against an in-memory state: the core decides and the events apply.
    static func carryOut(_ effect: ConsoleEffect, _ session: inout Session) -> CommandOutcome? {
        let context = DecisionContext(now: now, actor: "kim", makeEventID: { UUID() })
        let command: Command
        switch effect {
        case let .perform(performed): command = performed
        case let .declare(title, priority, securitySensitive, at):
            let declaration = Command.declare(id: incidentID, title: title, priority: priority, securitySensitive: securitySensitive)
            command = at.map { .backdated(declaration, at: $0) } ?? declaration
        case .commandLine: return .failed(message: "Command lines are not run here.")
        case .writeFile: return .failed(message: "Files are not written here.")
        case .open, .leaveIncident, .quit, .bell, .redraw: return nil
        }
        let state = session.state ?? IncidentState()
        switch decide(command, state: state, context: context) {
        case let .success(events):
            var next = state
            for event in events { next.apply(event) }
            session.state = next
            return .accepted(summary: "Done.")
        case let .failure(refusal):
            return .refused(refusal)
        }
    }

    /// Every text inside a value (found by reflection) is free of control characters other than newline and tab.
    static func checkText(in value: Any, _ what: String) throws {
        if let text = value as? String {
            if let bad = ScreenSafety.firstControl(in: text) {
                throw FuzzFailure("\(what) holds U+\(ScreenSafety.hex(bad)): \(text.debugDescription)")
            }
            return
        }
        for child in Mirror(reflecting: value).children { try checkText(in: child.value, what) }
    }

    /// An incident declared an hour ago with a lead, so every logging key has a prompt to open.
    static func declaredIncident() -> IncidentState {
        var state = IncidentState()
        let commands: [(Command, Person)] = [
            (.declare(id: incidentID, title: "Apps unreachable in London", priority: .p1, securitySensitive: false), "sam"),
            (.assignRole(.lead, "kim", productionAccessConfirmed: true), "sam"),
        ]
        for (command, actor) in commands {
            let context = DecisionContext(now: now.addingTimeInterval(-3600), actor: actor, makeEventID: { UUID() })
            if case let .success(events) = decide(command, state: state, context: context) {
                for event in events { state.apply(event) }
            }
        }
        return state
    }
}
