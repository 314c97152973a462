/// The time parser's contract: nil, or a time the log can hold (1970 to the end of 9999), in every time zone.
import Foundation
import IncidentApp
import IncidentCore

enum TimeParsingCheck {
    /// 2026-11-29 03:00 UTC: after midnight in Europe, so "23:30" lies yesterday there.
    static let now = Date(timeIntervalSince1970: 1_795_921_200)
    static let zones = ["UTC", "Europe/London", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"]
        .compactMap(TimeZone.init(identifier:))

    static func check(_ bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        try inRange(TimeParsing.iso8601(text), "iso8601", text)
        for zone in zones {
            try inRange(TimeParsing.parse(text, now: now, timeZone: zone), "parse in \(zone.identifier)", text)
            try inRange(TimeParsing.parseAhead(text, now: now, timeZone: zone), "parseAhead in \(zone.identifier)", text)
        }
    }

    static func inRange(_ date: Date?, _ what: String, _ text: String) throws {
        guard let date else { return }
        guard date.timeIntervalSince1970.isFinite, Timestamp.recordable.contains(date) else {
            throw FuzzFailure("TimeParsing.\(what) turned \(text.debugDescription) into \(date.timeIntervalSince1970) s since 1970, outside 1970-9999")
        }
        // Whatever is parsed can be written to the log and read back.
        guard Timestamp.parse(Timestamp.format(date)) == date.wholeMilliseconds else {
            throw FuzzFailure("TimeParsing.\(what) of \(text.debugDescription) does not survive Timestamp.format/parse")
        }
    }
}
