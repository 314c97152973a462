/// IncidentCore: the incident process as a pure state machine.
///
/// An incident is an append-only log of ``Event``s. A ``Command`` is checked against the
/// process rules by ``decide(_:state:context:)`` and turned into events (or a ``Refusal``);
/// ``IncidentState/apply(_:)`` folds events into state; the views in `Views/` derive what the
/// console shows. Nothing here reads a clock or touches I/O: time and identity are passed in.
public enum IncidentCoreInfo {
    /// The event schema this build writes and the newest it can read.
    public static let eventSchemaVersion = Event.schemaVersion
}
