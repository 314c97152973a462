/// The fixture sizes, named once so every benchmark target and docs/benchmarks.md agree.
public enum FixtureSize {
    /// The long incident replayed, loaded, polled and rendered.
    public static let longIncident = 10_000
    /// The state a command is decided on.
    public static let commandState = 1_000
}
