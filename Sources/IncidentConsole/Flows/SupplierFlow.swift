/// Records contact with a supplier: which supplier, how far (contacted, support case opened, answered), the case reference.
import IncidentCore

struct SupplierFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    /// The suppliers when the flow started, so an index keeps meaning the same supplier.
    let suppliers: [SupplierAvailability]
    var supplier: SupplierAvailability?
    var step: SupplierStep?

    init(_ context: FlowContext) {
        suppliers = SuppliersView(playbook: context.playbook, state: context.incident, now: context.now).suppliers
    }

    func question(_ context: FlowContext) -> Question {
        let title = "Supplier contact"
        guard let supplier else {
            let options = suppliers.map { supplier in
                ChoiceOption(supplier.supplier.name, detail: supplier.lastContact.map { $0.step.summary }
                    ?? (supplier.isReachableNow ? "reachable now" : "not answering now"))
            }
            return .choice(title, "Record contact with which supplier?", options)
        }
        guard step != nil else {
            let options = SupplierStep.allCases.map { ChoiceOption($0.summary) }
            // The next step after what is recorded: contacted, then a case, then answered.
            let next = supplier.lastContact.map { SupplierStep.allCases.firstIndex(of: $0.step).map { $0 + 1 } ?? 0 } ?? 0
            return .choice(title, "\(supplier.supplier.name):", options, selected: min(next, options.count - 1))
        }
        let earlier = supplier.lastContact?.reference
        return .text(title, step == .case ? "Case reference:" : "Case or ticket reference (optional, Enter to skip):",
                     prefill: earlier ?? "")
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let supplier else {
            guard !suppliers.isEmpty else { return .finish([]) }
            supplier = suppliers[min(answer.choice ?? 0, suppliers.count - 1)]
            return .next
        }
        guard let step else {
            step = SupplierStep.allCases[answer.choice ?? 0]
            return .next
        }
        // The core refuses a case without its reference, and says so in the dialog.
        return .finish([.perform(.recordSupplierContact(supplier: supplier.supplier.name, step: step, reference: answer.optionalText))])
    }
}
