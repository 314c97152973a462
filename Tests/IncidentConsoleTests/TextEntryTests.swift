/// Text entry: editing keys, and width handling of CJK and emoji in the timeline and in a prompt.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class TextEntryTests: XCTestCase {
    func testEditingKeys() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("aRestart the rooter now"), snapshot)
        _ = model.type([.control("w"), .backspace, .left, .left, .left, .backspace] + keys("u") + [.end] + keys(" pool"), snapshot)
        _ = model.type([.home, .delete] + keys("R"), snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [.perform(.log(.action, text: "Restart the router pool", at: nil))])

        _ = model.type(keys("ascrap") + [.control("u")] + keys("kept") + [.left, .left] + keys("X") + [.control("e")] + keys("!"), snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [.perform(.log(.action, text: "keXpt!", at: nil))])
    }

    /// The terminal delivers an emoji sequence one code point at a time; Backspace still removes the whole of it.
    func testCodePointsTypedOneByOneJoinIntoOneCharacter() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        let pieces = "x👩\u{200D}💻🇬🇧👍🏽".unicodeScalars.map { KeyEvent.character(Character($0)) }
        _ = model.type(keys("a") + pieces, snapshot)
        XCTAssertEqual(promptText(model), "x👩‍💻🇬🇧👍🏽")
        _ = model.type([.backspace], snapshot)
        XCTAssertEqual(promptText(model), "x👩‍💻🇬🇧")
        _ = model.type([.backspace], snapshot)
        XCTAssertEqual(promptText(model), "x👩‍💻")
        _ = model.type([.left] + keys("-") + [.end, .backspace], snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [.perform(.log(.action, text: "x-", at: nil))])
    }

    func testCursorIsShownOnlyInATextPrompt() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        XCTAssertNil(ConsoleRenderer.cursor(model, snapshot))
        _ = model.type(keys("c"), snapshot)
        XCTAssertNil(ConsoleRenderer.cursor(model, snapshot), "a choice has no text cursor")
        _ = model.type([.escape] + keys("aab"), snapshot)
        let cursor = ConsoleRenderer.cursor(model, snapshot)!
        let row = ConsoleRenderer.render(model, snapshot).textLines()[cursor.y]
        XCTAssertTrue(row.hasPrefix("│ > ab"), row)
        XCTAssertEqual(cursor.x, 6, "after the two characters")
    }

    func testWideCharactersPlaceTheCursorByColumns() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("a数据库🚒x"), snapshot)
        let cursor = ConsoleRenderer.cursor(model, snapshot)!
        // "> " then three CJK characters (2 columns each), an emoji (2) and "x" (1).
        XCTAssertEqual(cursor.x, 2 + 2 + 6 + 2 + 1)
        _ = model.type([.left, .left], snapshot)
        XCTAssertEqual(ConsoleRenderer.cursor(model, snapshot)!.x, 2 + 2 + 6, "before the emoji")
        let grid = ConsoleRenderer.render(model, snapshot)
        XCTAssertTrue(grid.textLines()[cursor.y].contains("> 数据库🚒x"))
    }

    func testLongPromptTextWrapsAndTheCursorFollows() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana", width: 80, height: 24)
        _ = model.handle(keys("a") + keys(String(repeating: "漢", count: 60)), snapshot: snapshot)
        let cursor = ConsoleRenderer.cursor(model, snapshot)!
        // The content is 77 columns wide; "> " leaves 75, so 37 wide characters fit on the first row.
        XCTAssertEqual(cursor.x, 2 + 2 + (60 - 37) * 2)
        let lines = ConsoleRenderer.render(model, snapshot).textLines()
        XCTAssertTrue(lines[cursor.y - 1].contains(String(repeating: "漢", count: 37)))
    }

    func testCJKAndEmojiInTheTimelineKeepEveryRowOnTheGrid() {
        var story = Story.busy()
        story.run(.log(.finding, text: "数据库主节点故障，切换到备用节点 🚒🔥 then the 東京 edge recovered 👩‍💻", at: nil), as: "ana")
        for (width, height) in [(80, 24), (100, 30)] {
            let grid = ConsoleRenderer.render(ConsoleModel(), story.snapshot(width: width, height: height))
            for line in grid.textLines() {
                XCTAssertEqual(TextWidth.of(line), width, line)
            }
            let text = grid.textLines().joined(separator: "\n")
            XCTAssertTrue(text.contains("数据库"), "wide text is drawn")
            XCTAssertTrue(text.contains("recovered"), text)
        }
        let grid = ConsoleRenderer.render(ConsoleModel(), story.snapshot())
        let pane = grid.textLines().filter { $0.contains("│") }
        XCTAssertTrue(pane.allSatisfy { line in line.filter { $0 == "│" }.count >= 2 }, "the pane borders stay in place")
    }

    func testASCIITerminalShowsNonASCIIAsQuestionMarks() {
        var story = Story.busy()
        story.run(.log(.note, text: "Café 数据", at: nil), as: "ana")
        let text = screenText(story.snapshot(unicode: false))
        XCTAssertTrue(text.contains("Caf? ??"), text)
    }
}
