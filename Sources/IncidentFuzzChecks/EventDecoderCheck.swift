/// The event decoder's contract: an event that survives a round trip through its own JSON, or an `EventDecodingError`.
import Foundation
import IncidentCore

enum EventDecoderCheck {
    static func check(_ bytes: [UInt8]) throws {
        let event: Event
        do {
            event = try Event.decode(json: Data(bytes))
        } catch is EventDecodingError {
            return
        } catch {
            throw FuzzFailure("Event.decode threw \(type(of: error)), not an EventDecodingError: \(error)")
        }
        try roundTrip(event)
    }

    /// `jsonLine()` gives one line that decodes to an equal event and encodes to the same line again.
    static func roundTrip(_ event: Event) throws {
        let line: String
        do {
            line = try event.jsonLine()
        } catch {
            throw FuzzFailure("a decoded event does not encode: \(error)")
        }
        // JSON Lines readers split at LF and CR (`readJSONLines` at LF and CRLF).
        guard !line.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else {
            throw FuzzFailure("jsonLine() holds a line break: \(line)")
        }
        let again: Event
        do {
            again = try Event.decode(json: Data(line.utf8))
        } catch {
            throw FuzzFailure("jsonLine() of a decoded event does not decode: \(error)\nline: \(line)")
        }
        guard again == event else { throw FuzzFailure("the event changed in a round trip:\n\(event)\n\(again)") }
        guard let second = try? again.jsonLine(), second == line else {
            throw FuzzFailure("jsonLine() is not stable:\n\(line)\n\((try? again.jsonLine()) ?? "(throws)")")
        }
    }
}
