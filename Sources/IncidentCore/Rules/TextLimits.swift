/// How much text one entry, note or title may hold, in characters and in bytes.

/// Limits every text the rules accept. Characters (grapheme clusters) are what a responder
/// sees; bytes bound what is stored, since one character can hold any number of combining
/// marks. A character of more than `scalarsPerCharacter` code points is refused: no script
/// needs that many, and it would make one "character" megabytes long.
public enum TextLimits {
    /// Characters in an entry, note or reason.
    public static let characters = 25_000
    /// UTF-8 bytes in an entry, note or reason; also where `incident log -` stops reading.
    public static let bytes = 100_000
    /// Characters in an incident's title (its bytes: four times that).
    public static let titleCharacters = 255
    /// Unicode scalars (a base and its combining marks) in one character.
    public static let scalarsPerCharacter = 32
}
