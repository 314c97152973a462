/// Replays the committed fuzz corpus through the same checks the fuzzer runs, so `swift test` catches a regression.
import Foundation
import IncidentConsole
import IncidentCore
@testable import IncidentFuzzChecks
import ScreenGrid
import XCTest

final class CorpusReplayTests: XCTestCase {
    static let corpus = Corpus.folder(packageRoot: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())

    func replay(_ target: FuzzTarget, atLeast minimum: Int) {
        let files = Corpus.files(in: Self.corpus.appendingPathComponent(target.rawValue))
        XCTAssertGreaterThanOrEqual(files.count, minimum, "the corpus of \(target.rawValue) is missing or thin")
        for failure in Corpus.replay(target, files: files) { XCTFail(failure) }
    }

    func testEventDecoderCorpus() { replay(.eventDecoder, atLeast: 10) }
    func testImporterCorpus() { replay(.importer, atLeast: 10) }
    func testPlaybookCorpus() { replay(.playbook, atLeast: 5) }
    func testThemeCorpus() { replay(.theme, atLeast: 5) }
    func testTimeParsingCorpus() { replay(.timeParsing, atLeast: 10) }
    func testTextEntryCorpus() { replay(.textEntry, atLeast: 5) }
    func testStoreAddressCorpus() { replay(.storeAddress, atLeast: 5) }

    /// The text-entry target reaches a prompt, types into it and submits, with keys and with a bracketed paste.
    func testTextEntryTypesPastesAndSubmits() throws {
        let typed = try XCTUnwrap(TextEntryCheck.run([0x01] + Array("aRouter restarted".utf8) + [0xFE, 0x0D]))
        XCTAssertEqual(typed.state?.timeline.last?.text, "Router restarted")
        let paste: [UInt8] = [0x01] + Array("a".utf8) + [0xFE, 0x1B] + Array("[200~x".utf8) + [0x1B] + Array("[2Jy".utf8)
            + [0x1B] + Array("[201~".utf8) + [0xFE, 0x0D]
        let pasted = try XCTUnwrap(TextEntryCheck.run(paste))
        XCTAssertEqual(pasted.state?.timeline.last?.text, "x[2Jy", "the ESC of a pasted escape sequence is dropped")
    }

    /// The checks can fail: what breaks a contract is reported, not passed.
    func testChecksRejectWhatBreaksTheirContracts() {
        var grid = Grid(width: 3, height: 1)
        grid[1, 0] = Cell("\u{1B}")
        XCTAssertThrowsError(try ScreenSafety.check(grid, "a screen with ESC"))
        grid[1, 0] = Cell("\u{202E}")
        XCTAssertThrowsError(try ScreenSafety.check(grid, "a screen with a bidi override"))
        grid[1, 0] = Cell("é")
        XCTAssertNoThrow(try ScreenSafety.check(grid, "a screen of text"))

        XCTAssertEqual(ScreenSafety.firstControl(in: "ok\u{9B}2J"), "\u{9B}")
        XCTAssertNil(ScreenSafety.firstControl(in: "line\n\tindented"))

        XCTAssertThrowsError(try TimeParsingCheck.inRange(Date(timeIntervalSince1970: -1), "parse", "a second before 1970"))
        XCTAssertThrowsError(try TimeParsingCheck.inRange(Date(timeIntervalSince1970: 1e16), "parse", "1e16"))
        XCTAssertNoThrow(try TimeParsingCheck.inRange(Timestamp.recordable.upperBound, "parse", "the end of 9999"))

        XCTAssertThrowsError(try ConfigFileCheck.checkUsage(.contention("busy"), "parse"), "not a usage error")
        XCTAssertThrowsError(try ConfigFileCheck.checkUsage(.usage("line 1: bad"), "parse"), "does not name the file")
        XCTAssertThrowsError(try TextEntryCheck.checkText(in: ConsoleEffect.commandLine("q\u{1B}[2J"), "an effect"))
    }
}
