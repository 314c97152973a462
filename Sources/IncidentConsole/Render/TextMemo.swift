/// Wrapped text kept between frames: the same text at the same width wraps the same way every second.
import ScreenGrid

/// A bounded memo of `TextWrap.wrap` (and the cleaning before it), owned by a `RenderCache`. It stores results
/// beside their whole input, so it can only return what a fresh wrap would. Used from one thread.
final class TextMemo {
    private struct Key: Hashable {
        var text: String
        var width: Int
        /// Cleaned first (control characters made visible, ASCII only without Unicode): how.
        var cleaning: Cleaning?
    }

    enum Cleaning: Hashable {
        case keepNewlines(unicode: Bool)
    }

    /// Enough for every wrapped text on a screen several times over; emptied when full (a resize, a long scroll).
    static let limit = 2_048
    private var wrapped: [Key: [String]] = [:]

    func wrap(_ text: String, width: Int, cleaning: Cleaning?, make: () -> [String]) -> [String] {
        let key = Key(text: text, width: width, cleaning: cleaning)
        if let kept = wrapped[key] { return kept }
        let lines = make()
        if wrapped.count >= Self.limit { wrapped = [:] }
        wrapped[key] = lines
        return lines
    }
}
