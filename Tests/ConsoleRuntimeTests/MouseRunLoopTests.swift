/// The mouse through the run loop: a click the terminal reports reaches the model and the next frame shows it.
import ConsoleRuntime
import Foundation
import IncidentApp
import IncidentCore
import ScreenGrid
import Testing

@Suite struct MouseRunLoopTests {
    /// Where `text` starts on the fake terminal's screen.
    private func position(of text: String, _ console: RunLoopHarness) -> (x: Int, y: Int)? {
        for (row, line) in console.terminal.screenLines.enumerated() {
            if let range = line.range(of: text) { return (line.distance(from: line.startIndex, to: range.lowerBound), row) }
        }
        return nil
    }

    @Test func aClickFocusesThePaneAndAKeyBarClickOpensTheDialog() throws {
        let console = try RunLoopHarness { service in
            _ = try service.declare(title: "Database slow", priority: .p2, securitySensitive: false, as: "ana")
        }
        #expect(console.screen.contains("[1 Timeline]"))
        let comms = try #require(position(of: "2 Comms", console))
        console.send([.mouse(MouseEvent(x: comms.x, y: comms.y + 1, kind: .press))])
        #expect(console.screen.contains("[2 Comms]"))
        #expect(!console.screen.contains("[1 Timeline]"))

        let action = try #require(position(of: "a action", console))
        console.send([.mouse(MouseEvent(x: action.x + 2, y: action.y, kind: .press))])
        #expect(console.screen.contains("Log an action"))
        console.send(keys("Restarted the pool") + [.enter])
        let id = try #require(try console.service.store.incidentIDs().first)
        let logged = try console.events(id).contains { event in
            if case let .entryLogged(.action, text) = event.payload { text == "Restarted the pool" } else { false }
        }
        #expect(logged)
    }
}
