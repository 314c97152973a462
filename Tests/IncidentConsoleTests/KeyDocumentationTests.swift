/// docs/console.md carries the key table exactly as the console dispatches it.
import XCTest
@testable import IncidentConsole

final class KeyDocumentationTests: XCTestCase {
    func testTheKeyTableInTheUserGuideMatchesTheConsole() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/console.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let generated = KeyTable.standard.markdown()
        XCTAssertFalse(generated.isEmpty)
        XCTAssertTrue(text.contains(generated),
                      "docs/console.md is out of date; replace its key table with:\n\n\(generated)")
    }
}
