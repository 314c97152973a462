/// Who may do what the core reserves for the incident lead; shared by the key table and the flows.
import IncidentCore

enum LeadRule {
    /// Why the actor cannot log a production change, or nil when they can.
    static func productionChangeReason(lead: Person?, actor: Person) -> String? {
        guard let lead else { return "p: only the incident lead makes production changes, and no lead is assigned (r)." }
        return lead == actor ? nil : "p: only the incident lead (\(lead)) makes production changes."
    }

    /// Why the actor cannot resolve, or nil when they can.
    static func resolveReason(lead: Person?, actor: Person) -> String? {
        guard let lead else { return "R: the incident lead resolves, and no lead is assigned (r)." }
        return lead == actor ? nil : "R: the incident lead (\(lead)) resolves, with the product and delivery managers."
    }
}
