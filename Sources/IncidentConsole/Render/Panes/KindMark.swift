/// A symbol per timeline kind (Unicode and ASCII), so kinds read without colour, and the word for log entries.
import IncidentCore

enum KindMark {
    static func symbol(_ category: TimelineItem.Category, unicode: Bool) -> String {
        let pair: (String, String) = switch category {
        case .declared: ("\u{2605}", "*")          // ★
        case .entry(.action): ("\u{25B8}", ">")     // ▸
        case .entry(.finding): ("\u{25C7}", "o")    // ◇
        case .entry(.decision): ("\u{25C6}", "=")   // ◆
        case .entry(.productionChange): ("\u{25B2}", "^") // ▲
        case .entry(.note): ("\u{00B7}", "-")       // ·
        case .comms: ("\u{2709}", "@")              // ✉
        case .role: ("\u{25CF}", "+")               // ●
        case .status: ("\u{25CE}", "~")             // ◎
        case .escalation: ("\u{2191}", "E")         // ↑
        case .security: ("\u{25A0}", "#")           // ■
        case .resolution: ("\u{2713}", "v")         // ✓
        case .postIncident: ("\u{25A1}", "P")       // □
        case .step: ("\u{25AA}", "x")               // ▪
        case .warning: ("\u{26A0}", "!")            // ⚠
        case .keyTime: ("\u{25C9}", "T")            // ◉
        case .report: ("\u{270E}", "R")             // ✎
        }
        return unicode ? pair.0 : pair.1
    }

    /// The word shown after the symbol: log entries only, since other items say what they are.
    static func word(_ category: TimelineItem.Category) -> String? {
        guard case let .entry(kind) = category else { return nil }
        return kind == .productionChange ? "CHANGE" : kind.rawValue
    }

    /// For the help screen's legend.
    static let legend: [(TimelineItem.Category, String)] = [
        (.declared, "declared"), (.entry(.action), "action"), (.entry(.finding), "finding"), (.entry(.decision), "decision"),
        (.entry(.productionChange), "production change"), (.entry(.note), "note"), (.comms(.statuspage), "comms"),
        (.role, "role"), (.status, "status"), (.escalation, "escalation"), (.security, "security"),
        (.resolution, "resolution"), (.postIncident, "after the incident"), (.step, "step done"), (.warning, "warning"),
        (.keyTime, "key time"), (.report, "report text"),
    ]
}
