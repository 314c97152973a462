/// The version `incident --version` prints.
enum ProductVersion {
    /// Raised with each release; the store's and the wire format's versions are separate (docs/wire-format.md).
    static let current = "0.11.0"
}
