/// A screen's worth of cells in memory: what the console draws and a terminal presents.
///
/// Wide characters take two cells: the character, then a continuation cell. The grid keeps
/// that pairing intact: overwriting either half of a wide character blanks the other half,
/// and a wide character never starts in the last column.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    /// A grid of blank (space, plain style) cells. Negative sizes count as 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// The cell at column `x`, row `y`; both must be inside the grid.
    ///
    /// Setting a wide character also writes its continuation cell; if it would start in the
    /// last column, a space is stored instead. Setting a continuation cell directly is ignored
    /// (use a wide character in the cell to its left).
    public subscript(x: Int, y: Int) -> Cell {
        get {
            precondition(contains(x: x, y: y), "cell (\(x), \(y)) outside \(width)x\(height) grid")
            return cells[y * width + x]
        }
        set {
            precondition(contains(x: x, y: y), "cell (\(x), \(y)) outside \(width)x\(height) grid")
            guard !newValue.isContinuation else { return }
            if newValue.width == 2 {
                guard x + 1 < width else {
                    detach(x: x, y: y)
                    cells[y * width + x] = Cell(" ", style: newValue.style)
                    return
                }
                detach(x: x, y: y)
                detach(x: x + 1, y: y)
                cells[y * width + x] = newValue
                cells[y * width + x + 1] = .continuation(style: newValue.style)
            } else {
                detach(x: x, y: y)
                cells[y * width + x] = newValue
            }
        }
    }

    /// Before a cell is overwritten: if it is half of a wide character, blanks the other half
    /// (keeping its style), so no orphaned half is left behind.
    private mutating func detach(x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation {
            if x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
            cells[index] = Cell(" ", style: cells[index].style)
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
    }
}
