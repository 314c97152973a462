/// The one table of key bindings: dispatch, the key bar and the help screen all read it.
import ScreenGrid

public struct KeyTable: Sendable {
    /// In lookup order: the first binding for a key that is not hidden in the context wins.
    public let bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    /// The binding a key reaches in this context, and whether it is enabled there.
    public func lookup(_ key: KeyEvent, in context: KeyContext) -> (binding: KeyBinding, availability: Availability)? {
        for binding in bindings where binding.keys.contains(key) {
            let availability = binding.availability(in: context)
            if availability != .hidden { return (binding, availability) }
        }
        return nil
    }

    /// The key bar's entries: enabled bindings marked for the bar. The keys for what is due now come first (most
    /// urgent first), then, once the incident is resolved, the keys for after the incident (`KeyBinding.afterResolution`),
    /// then the rest in table order: a narrow bar still shows what matters. The bar itself keeps resolve, quit and help
    /// at its right end (`KeyBarView`).
    public func barEntries(in context: KeyContext) -> [KeyBinding] {
        var entries = bindings.filter { $0.inBar && $0.availability(in: context).isEnabled }
        if context.mode == .incident, context.phase == .resolved || context.phase == .closed {
            entries = entries.filter(\.afterResolution) + entries.filter { !$0.afterResolution }
        }
        guard context.mode == .incident else { return entries }
        let due = context.due.compactMap { action in entries.first { $0.action == action } }
        return due + entries.filter { entry in !due.contains { $0.action == entry.action } }
    }

    /// Bindings grouped by section, with their availability in `context`.
    public func helpSections(in context: KeyContext) -> [(section: KeySection, rows: [(KeyBinding, Availability)])] {
        KeySection.allCases.compactMap { section in
            let rows = bindings.filter { $0.section == section }.map { ($0, $0.availability(in: context)) }
            return rows.isEmpty ? nil : (section, rows)
        }
    }
}

extension KeyTable {
    public static let standard = KeyTable(KeyTableEntries.prompt + KeyTableEntries.screens + KeyTableEntries.incident
        + KeyTableEntries.report + KeyTableEntries.suppliers + KeyTableEntries.movement + KeyTableEntries.general)
}
