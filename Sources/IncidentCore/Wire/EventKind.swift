/// Every kind of event the record holds, as stored, with the newest version of each kind's data: the one
/// enumeration from which the list of known kinds, the decoder's dispatch and the fixtures' coverage derive.
import Foundation

public enum EventKind: String, CaseIterable, Sendable {
    case declared, roleAssigned, entryLogged, entryCorrected, entryStruck, commsSent, statuspageStatusChanged
    case escalationStepped, executiveAlertDecided, securityBreachSuspected, resolved, downgraded, reopened
    case stepCompleted, commsReminderSnoozed, reviewScheduled, reviewHeld, reportWritten, reportPublished
    case publicationWithheld, closed
    case keyTimeMarked, reportTextWritten, rootCauseWritten, followUpAgreed
    case stepSkipped, supplierContacted

    /// The version of this kind's data that this build writes. Version 1 is the first shape, whose data was
    /// nested under `payload`; version 2 is the explicit shape under `data` (see docs/wire-format.md).
    /// Raising a kind's version needs an upcaster in ``EventUpcasters`` and a fixture line of the old version.
    public var currentVersion: Int {
        switch self {
        default: 2
        }
    }

    /// The first version of this kind's data: kinds added after the first release start at version 2.
    public var firstVersion: Int {
        switch self {
        case .keyTimeMarked, .reportTextWritten, .rootCauseWritten, .followUpAgreed: 2
        case .stepSkipped, .supplierContacted: 2
        default: 1
        }
    }

    /// The kinds that decide an incident's title, priority, phase and declaration time: replaying
    /// only these gives the same summary as replaying the whole log, so lists stay cheap.
    public var isLifecycle: Bool { [.declared, .downgraded, .resolved, .reopened, .closed].contains(self) }
}

extension EventPayload {
    /// The stable name of this kind of event, as stored.
    public var kind: String { eventKind.rawValue }

    public static var lifecycleKinds: Set<String> { Set(EventKind.allCases.filter(\.isLifecycle).map(\.rawValue)) }

    public static var knownKinds: Set<String> { Set(EventKind.allCases.map(\.rawValue)) }

    public var eventKind: EventKind {
        switch self {
        case .declared: .declared
        case .roleAssigned: .roleAssigned
        case .entryLogged: .entryLogged
        case .entryCorrected: .entryCorrected
        case .entryStruck: .entryStruck
        case .commsSent: .commsSent
        case .statuspageStatusChanged: .statuspageStatusChanged
        case .escalationStepped: .escalationStepped
        case .executiveAlertDecided: .executiveAlertDecided
        case .securityBreachSuspected: .securityBreachSuspected
        case .resolved: .resolved
        case .downgraded: .downgraded
        case .reopened: .reopened
        case .stepCompleted: .stepCompleted
        case .commsReminderSnoozed: .commsReminderSnoozed
        case .reviewScheduled: .reviewScheduled
        case .reviewHeld: .reviewHeld
        case .reportWritten: .reportWritten
        case .reportPublished: .reportPublished
        case .publicationWithheld: .publicationWithheld
        case .closed: .closed
        case .keyTimeMarked: .keyTimeMarked
        case .reportTextWritten: .reportTextWritten
        case .rootCauseWritten: .rootCauseWritten
        case .followUpAgreed: .followUpAgreed
        case .stepSkipped: .stepSkipped
        case .supplierContacted: .supplierContacted
        }
    }
}
