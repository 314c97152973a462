/// IncidentCore: the incident process as a pure state machine.
///
/// An incident is an append-only log of ``Event``s. A ``Command`` is checked against the
/// process rules by ``decide(_:state:context:)`` and turned into events (or a ``Refusal``);
/// ``IncidentState/apply(_:)`` folds events into state; the views in `Views/` derive what the
/// console shows. Nothing here reads a clock or touches I/O: time and identity are passed in.
public enum IncidentCoreInfo {
    /// The newest version of each kind's data this build writes and reads.
    public static var eventVersions: [EventKind: Int] {
        Dictionary(uniqueKeysWithValues: EventKind.allCases.map { ($0, $0.currentVersion) })
    }
}
