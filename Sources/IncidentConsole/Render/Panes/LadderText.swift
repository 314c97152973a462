/// How an escalation level's state reads: not contacted, contacting since, reached at, unavailable at.
import IncidentCore

enum LadderText {
    static func status(of level: LadderLevel, clock: ClockFormat) -> String {
        guard let status = level.status else {
            return level.kind == .lastResort && !level.available ? "only once all above are unavailable" : "not contacted"
        }
        let at = clock.hourMinute(status.since)
        switch status.step {
        case .contacting:
            let waited = level.waited.map { " (waited \(ClockFormat.span($0)))" } ?? ""
            return "contacting since \(at)\(waited)" + (level.noAnswerTooLong ? ": no answer, move on" : "")
        case .reached:
            return "reached at \(at)"
        case .unavailable:
            return "unavailable at \(at)"
        }
    }
}
