/// Rules for skipping a checklist step with a reason, and for recording contact with a supplier.
import Foundation

extension Rules {
    func skipStep(_ id: String, reason: String) throws -> [Draft] {
        let what = "Step not skipped."
        let known = playbook.checklist.map(\.id) + (state.securitySensitive ? [StepID.alertInformationAssurance] : [])
        guard known.contains(id) else {
            throw Refusal(.unknownName, what: what, why: "There is no step called '\(id)'.", instead: "Steps: \(known.joined(separator: ", ")).")
        }
        if let done = state.completedSteps[id] {
            throw Refusal(.alreadyDone, what: what, why: "'\(id)' is already \(done.skipped ? "skipped" : "done").", instead: "")
        }
        if id == StepID.alertInformationAssurance {
            throw Refusal(.notPermitted, what: what, why: "Information Assurance is always alerted when a breach is suspected.",
                          instead: "Alert them (incident escalate information-assurance reached), or mark it done with a note.")
        }
        if id == StepID.publishReport {
            throw Refusal(.notPermitted, what: what, why: "A report not published is recorded with its reason, as withheld.",
                          instead: "Record it withheld (incident report withhold --reason ...).")
        }
        if let step = playbook.checklistStep(id), step.stage == .afterResolution { try requireResolved(what) }
        let reason = try requireText(reason, what, field: "reason")
        return joinIfNew() + [Draft(.stepSkipped(step: id, reason: reason))]
    }

    func recordSupplierContact(_ name: String, step: SupplierStep, reference: String?) throws -> [Draft] {
        let what = "Supplier contact not recorded."
        guard let supplier = playbook.supplier(named: name.trimmingCharacters(in: .whitespaces)) else {
            throw Refusal(.unknownName, what: what, why: "The playbook has no supplier '\(name.prefix(64))'.",
                          instead: "Suppliers: \(playbook.suppliers.map(\.name).joined(separator: ", ")).")
        }
        let reference = try optionalText(reference, what, field: "reference", limit: 200)
        if step == .case, reference == nil {
            throw Refusal(.invalidInput, what: what, why: "A support case is recorded with its reference, so others can follow it up.",
                          instead: "Give the case reference (--reference), or record the supplier as contacted.")
        }
        let earlier = SupplierContacts(state: state).latest(for: supplier.name)
        if step == .answered, earlier == nil {
            throw Refusal(.wrongPhase, what: what, why: "\(supplier.name) is not recorded as contacted.",
                          instead: "Record the contact first (incident supplier \(supplier.name) contacted, or case --reference REF).")
        }
        return joinIfNew() + [Draft(.supplierContacted(supplier: supplier.name, step: step, reference: reference))]
    }
}

extension SupplierStep {
    public var summary: String {
        switch self {
        case .contacted: "contacted"
        case .case: "support case opened"
        case .answered: "answered"
        }
    }
}
