/// A line of styled spans, the unit panes are built from before they are drawn.
import ScreenGrid

struct Span: Equatable {
    var text: String
    var style: Style
}

struct StyledLine: Equatable {
    var spans: [Span] = []

    init(_ spans: [Span] = []) { self.spans = spans }
    init(_ text: String, _ style: Style = .plain) { spans = [Span(text: text, style: style)] }

    static let blank = StyledLine()

    mutating func add(_ text: String, _ style: Style = .plain) {
        if !text.isEmpty { spans.append(Span(text: text, style: style)) }
    }

    var text: String { spans.map(\.text).joined() }
    var width: Int { TextWidth.of(text) }

    /// The line with every case-insensitive occurrence of `query` restyled.
    func highlighting(_ query: String, with style: Style) -> StyledLine {
        let characters = spans.flatMap { span in span.text.map { ($0, span.style) } }
        // Compared a character at a time, as lower-cased strings (one character may lower-case to several).
        let needle = query.map { $0.lowercased() }
        guard !needle.isEmpty, characters.count >= needle.count else { return self }
        var styles = characters.map(\.1)
        let lowered = characters.map { $0.0.lowercased() }
        var index = 0
        while index + needle.count <= lowered.count {
            if Array(lowered[index..<index + needle.count]) == needle {
                for offset in index..<index + needle.count { styles[offset] = style }
                index += needle.count
            } else {
                index += 1
            }
        }
        var result = StyledLine()
        for (offset, pair) in characters.enumerated() {
            if let last = result.spans.last, last.style == styles[offset] {
                result.spans[result.spans.count - 1].text.append(pair.0)
            } else {
                result.spans.append(Span(text: String(pair.0), style: styles[offset]))
            }
        }
        return result
    }
}

/// `text` followed by spaces up to `width` columns (wide characters counted as two).
func padded(_ text: String, toWidth width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
}

extension Grid {
    /// Draws `line` from (`x`, `y`), clipped to `width` columns; returns the columns used.
    @discardableResult
    mutating func draw(_ line: StyledLine, x: Int, y: Int, width: Int) -> Int {
        var used = 0
        for span in line.spans where used < width {
            used += put(span.text, x: x + used, y: y, style: span.style, maxWidth: width - used)
        }
        return used
    }
}
