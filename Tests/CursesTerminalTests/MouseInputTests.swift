/// Mouse reports: curses' button bits to `MouseEvent`, and the escape sequences terminals send read back as mouse keys.
#if canImport(Glibc)
import Glibc
#endif
import CNcurses
import Foundation
import ScreenGrid
import Testing
@testable import CursesTerminal

@Suite struct MouseMappingTests {
    @Test func pressesClicksAndTheWheel() {
        #expect(MouseMapping.map(x: 4, y: 7, buttons: cn_button1_pressed()) == MouseEvent(x: 4, y: 7, kind: .press))
        #expect(MouseMapping.map(x: 4, y: 7, buttons: cn_button1_clicked()) == MouseEvent(x: 4, y: 7, kind: .press))
        #expect(MouseMapping.map(x: 0, y: 0, buttons: cn_button4_pressed()) == MouseEvent(x: 0, y: 0, kind: .wheelUp))
        #expect(MouseMapping.map(x: 0, y: 0, buttons: cn_button5_pressed()) == MouseEvent(x: 0, y: 0, kind: .wheelDown))
    }

    @Test func releasesOtherButtonsAndPositionsOffTheScreenAreNotKeys() {
        #expect(MouseMapping.map(x: 4, y: 7, buttons: cn_button1_released()) == nil)
        #expect(MouseMapping.map(x: 4, y: 7, buttons: 0) == nil)
        #expect(MouseMapping.map(x: -1, y: 7, buttons: cn_button1_pressed()) == nil)
    }
}

/// Curses has one current screen per process: these run in the serialized terminal suite.
extension CursesTerminalTests {
    /// A terminal of `type` whose input is `bytes` (what the terminal would send), with mouse reporting on.
    private func readMouse(_ bytes: [UInt8], type: String, mouse: Bool = true) throws -> [KeyEvent] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mouse-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let terminal = try CursesTerminal(terminalType: type, inputPath: path, outputPath: "/dev/null",
                                          environment: ["LANG": "C.UTF-8"], mouse: mouse)
        defer { terminal.shutdown() }
        #expect(terminal.mouseEnabled == mouse)
        var keys: [KeyEvent] = []
        while let key = terminal.readKey(timeoutMilliseconds: 100) { keys.append(key) }
        return keys
    }

    /// xterm's SGR reports (a press and its release in one read are one press; `ESC [ < button ; column ; row M`, 1-based), as xterm-256color's terminfo asks for them.
    @Test func sgrReportsUnderXterm() throws {
        let sent = Array("\u{1B}[<0;3;5M\u{1B}[<0;3;5m\u{1B}[<64;10;2M\u{1B}[<65;10;2Mq".utf8)
        let got = try readMouse(sent, type: "xterm-256color")
        #expect(got == [
            .mouse(MouseEvent(x: 2, y: 4, kind: .press)), .mouse(MouseEvent(x: 9, y: 1, kind: .wheelUp)),
            .mouse(MouseEvent(x: 9, y: 1, kind: .wheelDown)), .character("q"),
        ], "read: \(got)")
    }

    /// The X10 form (`ESC [ M`, then button, column and row each plus 32), as tmux-256color's terminfo asks for.
    @Test func x10ReportsUnderTmux() throws {
        let sent: [UInt8] = [27, 91, 77, 32, 33 + 2, 33 + 4, 27, 91, 77, 35, 33 + 2, 33 + 4, 27, 91, 77, 96 + 1, 33, 33, 113]
        let got = try readMouse(sent, type: "tmux-256color")
        #expect(got == [
            .mouse(MouseEvent(x: 2, y: 4, kind: .press)), .mouse(MouseEvent(x: 0, y: 0, kind: .wheelDown)), .character("q"),
        ], "read: \(got)")
    }
}
