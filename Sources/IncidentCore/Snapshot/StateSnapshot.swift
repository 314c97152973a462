/// A replayed incident state as bytes, so a long log need not be folded from its first event: a cache, never the record.
import Foundation

/// The snapshot format: "INCS", the format version, then every field of `IncidentState` in a fixed order
/// (see docs/wire-format.md). Any change to what `IncidentState` holds changes `formatVersion`; a snapshot of
/// another version, or one that does not read back whole, is ignored and the log is replayed instead.
public enum StateSnapshot {
    /// Bump on every change to `IncidentState`'s fields, to how they are written here, and to what `apply` makes
    /// of an event (a snapshot folded by the old `apply` would otherwise be served, and `verify` would blame it).
    public static let formatVersion: UInt16 = 3
    static let magic: [UInt8] = Array("INCS".utf8)

    public static func encode(_ state: IncidentState) -> [UInt8] {
        var w = SnapshotWriter(capacity: 256 + state.timeline.count * 96)
        magic.forEach { w.byte($0) }
        w.count(Int(formatVersion))
        w.optional(state.id) { $0.string($1.rawValue) }
        w.string(state.title)
        w.string(state.priority.rawValue)
        w.string(state.phase.rawValue)
        w.bool(state.securitySensitive)
        w.optional(state.securitySuspectedAt) { $0.date($1) }
        w.optional(state.declaredAt) { $0.date($1) }
        w.optional(state.declaredBy) { $0.person($1) }
        w.int(state.lastSequence)
        w.array(state.roles.values.sorted { $0.role < $1.role }) { $0.tenure($1) }
        w.array(state.members) { $0.tenure($1) }
        w.array(state.roleHistory) { $0.tenure($1) }
        w.array(state.timeline) { $0.item($1) }
        w.comms(state.comms)
        w.array(state.escalation.sorted { $0.key < $1.key }) { w, level in
            w.string(level.key)
            w.string(level.value.step.rawValue)
            w.date(level.value.since)
            w.person(level.value.by)
            w.optional(level.value.note) { $0.string($1) }
        }
        w.optional(state.executiveAlert) { $0.decision($1) }
        w.array(state.completedSteps.sorted { $0.key < $1.key }) { w, step in
            w.string(step.key)
            w.date(step.value.at)
            w.person(step.value.by)
            w.optional(step.value.note) { $0.string($1) }
            w.optional(step.value.skipReason) { $0.string($1) }
        }
        w.optional(state.resolution) { w, resolution in
            w.date(resolution.at)
            w.person(resolution.by)
            w.person(resolution.productManager)
            w.person(resolution.deliveryManager)
            w.optional(resolution.note) { $0.string($1) }
        }
        w.post(state.post)
        w.report(state)
        return w.bytes
    }

    /// The state a snapshot holds; throws `SnapshotError` for another format or any damage.
    public static func decode(_ bytes: some ContiguousBytes) throws -> IncidentState {
        try bytes.withUnsafeBytes { raw in
            try raw.withMemoryRebound(to: UInt8.self) { buffer in
                var reader = SnapshotReader(buffer)
                return try decode(&reader)
            }
        }
    }

    private static func decode(_ r: inout SnapshotReader) throws -> IncidentState {
        for expected in magic where try r.byte() != expected { throw SnapshotError.notASnapshot }
        let version = try r.count()
        guard version == Int(formatVersion) else { throw SnapshotError.otherFormat(UInt16(clamping: version)) }
        var state = IncidentState()
        state.id = try r.optional { IncidentID(try $0.string()) }
        state.title = try r.string()
        state.priority = try r.value(Priority.self)
        state.phase = try r.value(IncidentPhase.self)
        state.securitySensitive = try r.bool()
        state.securitySuspectedAt = try r.optional { try $0.date() }
        state.declaredAt = try r.optional { try $0.date() }
        state.declaredBy = try r.optional { try $0.person() }
        state.lastSequence = try r.int()
        for tenure in try r.array({ try $0.tenure() }) { state.roles[tenure.role] = tenure }
        state.members = try r.array { try $0.tenure() }
        state.roleHistory = try r.array { try $0.tenure() }
        state.restoreTimeline(try r.array { try $0.item() })
        state.comms = try r.comms()
        for (key, level) in try r.array({ r in
            (try r.string(), LevelStatus(step: try r.value(EscalationStep.self), since: try r.date(), by: try r.person(),
                                         note: try r.optional { try $0.string() }))
        }) { state.escalation[key] = level }
        state.executiveAlert = try r.optional { try $0.decision() }
        for (key, step) in try r.array({ r in
            (try r.string(), StepCompletion(at: try r.date(), by: try r.person(), note: try r.optional { try $0.string() },
                                           skipReason: try r.optional { try $0.string() }))
        }) { state.completedSteps[key] = step }
        state.resolution = try r.optional { r in
            Resolution(at: try r.date(), by: try r.person(), productManager: try r.person(), deliveryManager: try r.person(),
                       note: try r.optional { try $0.string() })
        }
        state.post = try r.post()
        try r.report(into: &state)
        guard r.isAtEnd else { throw SnapshotError.invalid("bytes after the end") }
        return state
    }
}
