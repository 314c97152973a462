/// Maps `Style` colours onto what the terminal has: 256, 16, 8 or no colours.
import ScreenGrid

enum ColorMapping {
    /// A curses colour number (-1 is the terminal's default) and whether the colour is a
    /// bright one the terminal lacks, to be shown as bold instead (foreground only).
    struct Resolved: Equatable {
        var number: Int16
        var needsBold: Bool
    }

    static func resolve(_ color: Color, colorCount: Int) -> Resolved {
        guard let index = color.paletteIndex else { return Resolved(number: -1, needsBold: false) }
        if index < colorCount { return Resolved(number: Int16(index), needsBold: false) }
        let basic = index < 16 ? index : nearestBasic(toPaletteIndex: index)
        if basic < colorCount { return Resolved(number: Int16(basic), needsBold: false) }
        return Resolved(number: Int16(basic % 8), needsBold: basic >= 8)
    }

    /// The nearest of the 16 named colours to a colour of the 256-colour palette (16…255).
    static func nearestBasic(toPaletteIndex index: Int) -> Int {
        if index >= 232 {  // 24 greys, dark to light
            switch index - 232 {
            case ..<6: return 0
            case ..<12: return 8
            case ..<18: return 7
            default: return 15
            }
        }
        // 6×6×6 cube; levels 0…5 are 0, 95, 135, 175, 215, 255.
        let cube = index - 16
        let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
        let basic = (red >= 2 ? 1 : 0) | (green >= 2 ? 2 : 0) | (blue >= 2 ? 4 : 0)
        if basic == 0 { return max(red, green, blue) >= 1 ? 8 : 0 }
        return max(red, green, blue) >= 4 ? basic + 8 : basic
    }
}

/// Colour pairs allocated on first use, as curses has a limited number of them.
struct ColorPairs {
    private var pairs: [Key: Int16] = [:]
    private let limit: Int
    private let initPair: (Int16, Int16, Int16) -> Void

    private struct Key: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// `limit` is the number of pairs the terminal has (pair 0 is the default one).
    init(limit: Int, initPair: @escaping (Int16, Int16, Int16) -> Void) {
        self.limit = min(limit, Int(Int16.max))
        self.initPair = initPair
    }

    /// The pair for these colours; pair 0 (the terminal's default) once all are used up.
    mutating func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Key(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < limit else { return 0 }
        let pair = Int16(next)
        initPair(pair, foreground, background)
        pairs[key] = pair
        return pair
    }
}
