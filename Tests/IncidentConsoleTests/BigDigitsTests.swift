/// The large countdown digits: the width the layout plans for is the width drawn, at every scale.
import IncidentCore
import XCTest
@testable import IncidentConsole

final class BigDigitsTests: XCTestCase {
    func testEveryRowIsAsWideAsPlannedAtEveryScale() {
        for text in ["0:00", "59:59", "1:02:03", "12:34"] {
            for pixelWidth in 1...4 {
                let planned = BigDigits.width(of: text, pixelWidth: pixelWidth)
                for size in [BigDigits.Size.tall, .compact] {
                    for row in BigDigits.rows(text, size: size, pixelWidth: pixelWidth, unicode: true) {
                        XCTAssertEqual(row.count, planned, "\(text) at \(pixelWidth) columns a pixel, \(size)")
                    }
                }
            }
        }
    }

    /// At 250 columns the Comms pane is just too narrow for the widest digits: a smaller scale is chosen, never clipped.
    func testTheCountdownIsNeverClippedOnAWideScreen() {
        for width in [200, 240, 250, 300] {
            let lines = CommsPane.countdown(CommsClock(state: Story.busy().state, playbook: .standard, now: Story.busy().now),
                                            width: width / 4, spareRows: 20,
                                            context: RenderContext(Story.busy().snapshot(width: width, height: 70)))
            for line in lines {
                XCTAssertLessThanOrEqual(line.spans.map(\.text.count).reduce(0, +), width / 4, "at \(width) columns")
            }
        }
    }
}
