/// Rules after resolution: report, the one-week review, publication, closing.
import Foundation

extension Rules {
    func scheduleReview(at date: Date, overrideReason: String?) throws -> [Draft] {
        let what = "Review not scheduled."
        try requireResolved(what)
        try requireRecordable(date, what)
        if let resolvedAt = state.resolution?.at, date < resolvedAt {
            throw Refusal(.invalidInput, what: what, why: "\(Timestamp.format(date)) is before the incident was resolved (\(Timestamp.format(resolvedAt))).",
                          instead: "Give the date the review will be held; once it has been, record it with: incident review held.")
        }
        let deadline = reviewDeadline
        let reason = try optionalText(overrideReason, what, field: "reason")
        if let deadline, date > deadline, reason == nil {
            throw Refusal(.notPermitted, what: what,
                          why: "The no-blame review is held within \(playbook.reviewWithinDays) days of resolution, by \(Timestamp.format(deadline)).",
                          instead: "Choose an earlier date, or give the reason it must be later.")
        }
        return [Draft(.reviewScheduled(at: date.wholeMilliseconds, overrideReason: reason))]
    }

    func recordReviewHeld(attendees: [Person]) throws -> [Draft] {
        let what = "Review not recorded."
        try requireResolved(what)
        guard !attendees.isEmpty else {
            throw Refusal(.invalidInput, what: what, why: "No attendees were named.",
                          instead: "Name who came; invite \(playbook.reviewInvitees.joined(separator: ", ")).")
        }
        let attendees = try attendees.map { try requirePerson($0, what) }
        guard state.post.reviewHeldAt == nil else {
            throw Refusal(.alreadyDone, what: what, why: "The review is already recorded.", instead: "")
        }
        try requireAfter(state.resolution?.at, what, "the resolution")
        if let scheduled = state.post.reviewScheduledFor, moment < scheduled {
            throw Refusal(.wrongPhase, what: what,
                          why: "The review is scheduled to start at \(Timestamp.format(scheduled)); \(Timestamp.format(moment)) is before that.",
                          instead: "If it was held earlier, reschedule it to when it started (incident review schedule), then record it held.")
        }
        return [Draft(.reviewHeld(attendees: attendees))]
    }

    func recordReportWritten(location: String?) throws -> [Draft] {
        let what = "Report not recorded."
        try requireResolved(what)
        let location = try optionalText(location, what, field: "location")
        try requireLeadOrComms(what)
        try requireAfter(state.resolution?.at, what, "the resolution")
        if let published = state.post.publishedAt {
            throw Refusal(.alreadyDone, what: what, why: "The report was published at \(Timestamp.format(published)).",
                          instead: "Record changes to it as entries (incident log), or reopen the incident if it is not over.")
        }
        if state.post.withheldReason != nil {
            throw Refusal(.alreadyDone, what: what, why: "The report is recorded as withheld from publication, so it was already written.",
                          instead: "Nothing to record; to publish it after all, use incident report publish --reason.")
        }
        return [Draft(.reportWritten(location: location))]
    }

    func publishReport(overrideReason: String?) throws -> [Draft] {
        let what = "Report not published."
        try requireResolved(what)
        guard state.post.reportWrittenAt != nil else {
            throw Refusal(.wrongPhase, what: what, why: "The report is not written yet.", instead: "Write it, and record that it is written.")
        }
        guard state.post.publishedAt == nil else {
            throw Refusal(.alreadyDone, what: what, why: "The report is already published (\(Timestamp.format(state.post.publishedAt!))).",
                          instead: "Publish changes on Statuspage and log them as an entry (incident log).")
        }
        let reason = try optionalText(overrideReason, what, field: "reason")
        try requireLeadOrComms(what)
        try requireAfter(state.post.reportWrittenAt, what, "the report was written")
        if let withheld = state.post.withheldReason, reason == nil {
            throw Refusal(.notPermitted, what: what, why: "The report is recorded as withheld: \(withheld).",
                          instead: "If it is now to be published after all, publish with --reason saying why.")
        }
        if state.securitySensitive, reason == nil {
            throw Refusal(.notPermitted, what: what,
                          why: "This is a security incident: its report is not published by default, so that publishing causes no further harm.",
                          instead: "Record that it is withheld, or publish with a reason after careful consideration.")
        }
        return [Draft(.reportPublished(overrideReason: state.securitySensitive || state.post.withheldReason != nil ? reason : nil))]
    }

    func withholdPublication(reason: String) throws -> [Draft] {
        let what = "Not recorded."
        try requireResolved(what)
        let reason = try requireText(reason, what, field: "reason")
        try requireLeadOrComms(what)
        if let published = state.post.publishedAt {
            throw Refusal(.alreadyDone, what: what, why: "The report was already published (\(Timestamp.format(published))); the record cannot also say it was withheld.",
                          instead: "If it was taken down, log that as an action (incident log) with the reason.")
        }
        if state.post.withheldReason != nil {
            throw Refusal(.alreadyDone, what: what, why: "The report is already recorded as withheld.", instead: "")
        }
        return [Draft(.publicationWithheld(reason: reason))]
    }

    func close() throws -> [Draft] {
        let what = "Not closed."
        try requireResolved(what)
        try requireAfter(state.resolution?.at, what, "the resolution")
        let open = Checklist.openBeforeClosing(state: state, playbook: playbook)
        guard open.isEmpty else {
            throw Refusal(.wrongPhase, what: what,
                          why: "Steps still open: \(open.map { "\($0.title) (\($0.id))" }.joined(separator: "; ")).",
                          instead: open.compactMap { step in StepID.recordedByTheirOwnCommand[step.id].map { "\(step.id): \($0.commandLine). " } }.joined()
                              + "Do each, or skip it with a reason.",
                          remedy: .skipStep)
        }
        return [Draft(.closed)]
    }

    var reviewDeadline: Date? {
        state.resolution.map { $0.at.addingTimeInterval(Double(playbook.reviewWithinDays) * 24 * 3600) }
    }
}
