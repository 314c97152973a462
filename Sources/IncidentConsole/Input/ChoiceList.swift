/// A list of options with one selected (and, for a multi-select, some ticked).
public struct ChoiceOption: Sendable, Equatable {
    public var label: String
    /// Shown after the label, dimmed: the current holder, a status, a due time.
    public var detail: String?

    public init(_ label: String, detail: String? = nil) {
        self.label = label
        self.detail = detail
    }
}

public struct ChoiceList: Sendable, Equatable {
    public var options: [ChoiceOption]
    public private(set) var selected: Int
    public private(set) var ticked: Set<Int>

    public init(_ options: [ChoiceOption], selected: Int = 0, ticked: Set<Int> = []) {
        self.options = options
        self.selected = options.isEmpty ? 0 : min(max(0, selected), options.count - 1)
        self.ticked = ticked
    }

    public mutating func selectNext() { if !options.isEmpty { selected = (selected + 1) % options.count } }
    public mutating func selectPrevious() { if !options.isEmpty { selected = (selected + options.count - 1) % options.count } }

    /// Selects option `number` (1-based); false when there is no such option.
    @discardableResult
    public mutating func select(number: Int) -> Bool {
        guard (1...options.count).contains(number) else { return false }
        selected = number - 1
        return true
    }

    public mutating func toggleSelected() {
        if ticked.contains(selected) { ticked.remove(selected) } else { ticked.insert(selected) }
    }

    /// Ticked options in list order.
    public var tickedInOrder: [Int] { ticked.sorted() }
}
