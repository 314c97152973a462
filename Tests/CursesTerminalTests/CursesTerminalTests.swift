/// Headless curses: present grids on a /dev/null terminal and read the screen back.
#if canImport(Glibc)
import Glibc
#endif
import CNcurses
import Foundation
import ScreenGrid
import Testing
@testable import CursesTerminal

/// Curses has one current screen per process: these tests must not run concurrently.
@Suite(.serialized) struct CursesTerminalTests {
    private func makeTerminal(_ environment: [String: String] = ["LANG": "C.UTF-8"]) throws -> CursesTerminal {
        try CursesTerminal(terminalType: "xterm-256color", inputPath: "/dev/null", outputPath: "/dev/null",
                           environment: environment)
    }

    @Test func presentsAsciiCjkAndColourAndReadsThemBack() throws {
        let terminal = try makeTerminal()
        defer { terminal.shutdown() }
        #expect(terminal.capabilities == TerminalCapabilities(unicode: true, colorCount: 256))
        let size = terminal.size
        #expect(size.width >= 20 && size.height >= 3)

        var grid = Grid(size: size)
        grid.put("status: 漢字 ok", x: 0, y: 0)
        grid.put("SEV1", x: 2, y: 1, style: Style(foreground: .red, attributes: .bold))
        terminal.present(grid)

        #expect(terminal.screenText(row: 0).hasPrefix("status: 漢字 ok "))
        #expect(terminal.screenText(row: 1).hasPrefix("  SEV1 "))
        let red = terminal.screenCell(x: 2, y: 1)
        #expect(red.text == "S")
        #expect(red.pair != 0)
        #expect(red.attributes & cn_a_bold() != 0)
        var pairForeground: Int16 = 0, pairBackground: Int16 = 0
        pair_content(red.pair, &pairForeground, &pairBackground)
        #expect(pairForeground == 1)
        #expect(pairBackground == -1)
        #expect(terminal.screenCell(x: 8, y: 0).text == "漢")
        #expect(terminal.screenCell(x: 0, y: 0).pair == 0)
    }

    @Test func secondPresentChangesOnlyWhatDiffers() throws {
        let terminal = try makeTerminal()
        defer { terminal.shutdown() }
        var grid = Grid(size: terminal.size)
        grid.put("abcdef", x: 0, y: 0)
        terminal.present(grid)
        grid.put("X", x: 3, y: 0)
        terminal.present(grid)
        #expect(terminal.screenText(row: 0).hasPrefix("abcXef "))

        // Replacing a wide character by narrow ones, and the other way round.
        grid.put("字", x: 0, y: 1)
        terminal.present(grid)
        #expect(terminal.screenText(row: 1).hasPrefix("字 "))
        grid.put("ab", x: 0, y: 1)
        terminal.present(grid)
        #expect(terminal.screenText(row: 1).hasPrefix("ab "))
    }

    @Test func gridsOfAnotherSizeAreClipped() throws {
        let terminal = try makeTerminal()
        defer { terminal.shutdown() }
        let width = terminal.size.width
        var wide = Grid(width: width + 4, height: 2)
        wide.put(String(repeating: "a", count: width - 1) + "漢z", x: 0, y: 0)
        terminal.present(wide)
        #expect(terminal.screenText(row: 0) == String(repeating: "a", count: width - 1) + " ")
        var small = Grid(width: 3, height: 1)
        small.put("xyz", x: 0, y: 0)
        terminal.present(small)
        #expect(terminal.screenText(row: 0) == "xyz" + String(repeating: " ", count: width - 3))
        #expect(terminal.screenText(row: 1).allSatisfy { $0 == " " })
    }

    @Test func invalidateRepaintsEverything() throws {
        let terminal = try makeTerminal()
        defer { terminal.shutdown() }
        var grid = Grid(size: terminal.size)
        grid.put("kept", x: 0, y: 0)
        terminal.present(grid)
        mvwaddstr(terminal.window, 0, 0, "junk")  // something drew behind our back
        terminal.invalidate()
        terminal.present(grid)
        #expect(terminal.screenText(row: 0).hasPrefix("kept "))
    }

    @Test func asciiModeShowsNonAsciiAsQuestionMarks() throws {
        let terminal = try makeTerminal(["LANG": "C"])
        defer { terminal.shutdown() }
        #expect(terminal.capabilities.unicode == false)
        var grid = Grid(size: terminal.size)
        grid.put("a漢b─", x: 0, y: 0)
        terminal.present(grid)
        #expect(terminal.screenText(row: 0).hasPrefix("a??b? "))
    }

    @Test func missingUtf8LocaleFallsBackToCUtf8() throws {
        let terminal = try makeTerminal(["LANG": "en_US.UTF-8"])  // not installed here
        defer { terminal.shutdown() }
        #expect(terminal.capabilities.unicode)
    }

    @Test func noColorMeansAttributesOnly() throws {
        let terminal = try makeTerminal(["LANG": "C.UTF-8", "NO_COLOR": "1"])
        defer { terminal.shutdown() }
        #expect(terminal.capabilities.colorCount == 0)
        var grid = Grid(size: terminal.size)
        grid.put("sel", x: 0, y: 0, style: Style(foreground: .white, background: .blue))
        terminal.present(grid)
        let cell = terminal.screenCell(x: 0, y: 0)
        #expect(cell.pair == 0)
        #expect(cell.attributes & cn_a_reverse() != 0)
    }

    @Test func unknownTerminalTypeThrowsAClearError() {
        #expect(throws: TerminalError.unknownTerminalType("no-such-terminal")) {
            _ = try CursesTerminal(terminalType: "no-such-terminal", inputPath: "/dev/null", outputPath: "/dev/null",
                                   environment: [:])
        }
        #expect(throws: TerminalError.unsupportedTerminalType("dumb")) {
            _ = try CursesTerminal(terminalType: "dumb", inputPath: "/dev/null", outputPath: "/dev/null",
                                   environment: [:])
        }
        #expect(throws: TerminalError.terminalTypeNotSet) {
            _ = try CursesTerminal(environment: ["TERM": ""])
        }
        #expect(TerminalError.terminalTypeNotSet.description.contains("TERM is not set"))
    }

    @Test func terminationSignalIsRecordedNotActedOn() async throws {
        let terminal = try makeTerminal()
        #expect(terminal.terminationSignal == nil)
        // kill, not raise: test threads (libdispatch workers) block signals, the main thread takes it.
        kill(getpid(), SIGTERM)
        for _ in 0..<200 where terminal.terminationSignal == nil {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(terminal.terminationSignal == SIGTERM)
        #expect(terminal.readKey(timeoutMilliseconds: 5000) == nil)  // returns at once
        terminal.shutdown()
        terminal.shutdown()  // idempotent
        #expect(terminal.isShutDown)
    }

    @Test func readKeyTimesOutWithNil() throws {
        let terminal = try makeTerminal()
        defer { terminal.shutdown() }
        #expect(terminal.readKey(timeoutMilliseconds: 10) == nil)
    }

    @Test func readsAPasteAsOneKeyAndSwitchesTheModeOnAndOff() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("paste-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in"), output = directory.appendingPathComponent("out")
        try Data("\u{1B}[200~q line\r\nR 数据\u{1B}[201~x\u{1B}q".utf8).write(to: input)
        let terminal = try CursesTerminal(terminalType: "xterm-256color", inputPath: input.path, outputPath: output.path,
                                          environment: ["LANG": "C.UTF-8"])
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .paste("q line\nR 数据"))
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .character("x"))
        // An ESC that does not start the marker stays a key, and what followed it too.
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .escape)
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .character("q"))
        #expect(terminal.readKey(timeoutMilliseconds: 10) == nil)
        terminal.shutdown()
        let written = try String(decoding: Data(contentsOf: output), as: UTF8.self)
        let on = try #require(written.range(of: "\u{1B}[?2004h")), off = try #require(written.range(of: "\u{1B}[?2004l"))
        #expect(on.upperBound <= off.lowerBound)
    }
}
