/// The one-line message area: the outcome of the last effect, or why a key did nothing.
public struct ConsoleMessage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, success, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}
