/// A small deterministic random source: one script code gives every choice of one step.
import Foundation

/// SplitMix64 seeded by a script code, so a step is a pure function of its code and the state.
public struct ScriptRandom: RandomNumberGenerator {
    private var bits: UInt64

    public init(_ code: Int) { bits = UInt64(bitPattern: Int64(code)) &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        bits &+= 0x9E37_79B9_7F4A_7C15
        var z = bits
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func int(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }

    /// True `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool { int(100) < percent }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}
