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

    /// The key bar's entries: enabled bindings marked for the bar, in table order; once the incident is resolved,
    /// the keys for after the incident (`KeyBinding.afterResolution`) come first, where a narrow bar still shows them.
    public func barEntries(in context: KeyContext) -> [KeyBinding] {
        let entries = bindings.filter { $0.inBar && $0.availability(in: context).isEnabled }
        guard context.mode == .incident, context.phase == .resolved || context.phase == .closed else { return entries }
        return entries.filter(\.afterResolution) + entries.filter { !$0.afterResolution }
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
