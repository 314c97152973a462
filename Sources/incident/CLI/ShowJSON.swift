/// `incident show --json`: the incident's report as JSON, with the version of its format.
import Foundation
import IncidentApp

/// The JSON of `IncidentReport` plus `formatVersion`, raised when a field is renamed or removed (adding one is not a
/// new version), so a script can tell which shape it reads.
struct ShowJSON: Encodable {
    static let formatVersion = 1

    var report: IncidentReport

    private enum Keys: String, CodingKey { case formatVersion }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.formatVersion, forKey: .formatVersion)
    }

    func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
