/// While following, the timeline lays out only its last screenful: the rows must be the full layout's last rows.
import IncidentCore
import XCTest
@testable import IncidentConsole

final class TimelineTailTests: XCTestCase {
    func testTheTailIsTheEndOfTheFullLayout() {
        var story = Story.busy()
        for index in 0..<120 {
            story.advance(minutes: 1)
            story.run(.log(.finding, text: "finding \(index): " + String(repeating: "word ", count: index % 17), at: nil), as: "ana")
        }
        let context = RenderContext(story.snapshot())
        for (width, height) in [(40, 5), (58, 25), (120, 60)] {
            let full = TimelineLayout.rows(story.state, width: width, context: context)
            let (tail, complete) = TimelineLayout.tailRows(story.state, width: width, context: context, minimumRows: height)
            XCTAssertFalse(complete)
            XCTAssertGreaterThanOrEqual(tail.count, height)
            XCTAssertLessThan(tail.count, full.count)
            XCTAssertEqual(tail.map(\.line), full.suffix(tail.count).map(\.line), "width \(width)")
            XCTAssertEqual(tail.map(\.itemIndex), full.suffix(tail.count).map(\.itemIndex))
        }
        let (everything, complete) = TimelineLayout.tailRows(story.state, width: 58, context: context, minimumRows: 100_000)
        XCTAssertTrue(complete)
        XCTAssertEqual(everything.map(\.line), TimelineLayout.rows(story.state, width: 58, context: context).map(\.line))
    }
}
