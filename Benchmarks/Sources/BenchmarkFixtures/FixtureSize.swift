/// The fixture sizes, named once so every benchmark target, the scripts and docs/benchmarks.md agree.
import Foundation

public enum FixtureSize {
    /// `INCIDENT_BENCHMARK_SMOKE=1` shrinks every fixture to a few hundred events, so CI can check in
    /// seconds that the benchmarks build and run (not how fast).
    public static let smoke = ProcessInfo.processInfo.environment["INCIDENT_BENCHMARK_SMOKE"] == "1"

    /// The logs replayed and loaded: 10k, 100k and 1M events.
    public static let scaling: [Int] = smoke ? [100, 200, 300] : [10_000, 100_000, 1_000_000]
    /// The long incident polled and listed, and the store a CLI command runs on.
    public static let longIncident = smoke ? 200 : 100_000
    /// The state a command is decided on in the pure core.
    public static let commandState = smoke ? 50 : 1_000
    /// The timelines rendered: the frame must cost the same for both.
    public static let rendered: [Int] = smoke ? [50, 200] : [1_000, 100_000]
    /// From this size on, the mix corrects and strikes the oldest open entry rather than the newest:
    /// the core's `apply` finds an entry by scanning the timeline from its start, so the realistic mix
    /// costs time quadratic in the log's length and a million-event log would take far too long to build.
    public static let earlyTargetsFrom = smoke ? 300 : 1_000_000

    /// "10k", "100k", "1M".
    public static func label(_ count: Int) -> String {
        if count >= 1_000_000, count % 1_000_000 == 0 { return "\(count / 1_000_000)M" }
        if count >= 1_000, count % 1_000 == 0 { return "\(count / 1_000)k" }
        return "\(count)"
    }
}

extension FixtureSize {
    /// A benchmark's iteration cap: at most 3 in a smoke run.
    public static func maxIterations(_ count: Int) -> Int { smoke ? min(count, 3) : count }
    /// A benchmark's time cap: 1 s in a smoke run.
    public static func maxDuration(_ seconds: Int) -> Duration { .seconds(smoke ? 1 : seconds) }
}
