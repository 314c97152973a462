/// Text limits count bytes and code points as well as characters: one "character" cannot be megabytes.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct TextLimitTests {
    /// Before: 25,000 characters of stacked combining marks were accepted as 10 MB.
    @Test func anEntryOfStackedCombiningMarksIsRefusedByItsSize() {
        var s = Scenario.declared(lead: "alex")
        let stacked = "a" + String(repeating: "\u{301}", count: 5_000_000)
        let refusal = s.refused(.log(.action, text: stacked, at: nil), as: "alex")
        #expect(refusal?.reason == .invalidInput)
        #expect(refusal?.why.contains("the limit is 100000 bytes") == true, "\(refusal?.why ?? "")")
    }

    @Test func aCharacterOfTooManyCodePointsIsRefusedEvenWhenSmall() {
        var s = Scenario.declared(lead: "alex")
        let stacked = "ok " + "e" + String(repeating: "\u{301}", count: 40)
        let refusal = s.refused(.log(.action, text: stacked, at: nil), as: "alex")
        #expect(refusal?.why.contains("Character 4 of the text is built from 41 code points") == true, "\(refusal?.why ?? "")")
        #expect(refusal?.why.contains("the limit is 32") == true)
        s.must(.log(.action, text: "e" + String(repeating: "\u{301}", count: 31), at: nil), as: "alex")
        s.must(.log(.action, text: "family 👨‍👩‍👧‍👦 flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿", at: nil), as: "alex")
    }

    @Test func bytesAreLimitedAsWellAsCharacters() {
        var s = Scenario.declared(lead: "alex")
        // 25,000 characters of four bytes each: exactly at both limits.
        s.must(.log(.action, text: String(repeating: "🔥", count: 25_000), at: nil), as: "alex")
        let overBytes = String(repeating: "🔥", count: 24_000) + String(repeating: "€", count: 1_000) + "xxxx"
        #expect(overBytes.count == 25_004 && overBytes.utf8.count == 99_004)
        #expect(s.refused(.log(.action, text: overBytes, at: nil), as: "alex")?.why.contains("25004 characters; the limit is 25000") == true)
        let wide = String(repeating: "\u{1F525}\u{FE0F}", count: 20_000)
        #expect(s.refused(.log(.action, text: wide, at: nil), as: "alex")?.why.contains("140000 bytes; the limit is 100000 bytes") == true)
    }

    @Test func aTitleHasItsOwnCharacterAndByteLimits() {
        var s = Scenario()
        let title = String(repeating: "t", count: 255)
        #expect(s.refused(.declare(id: Scenario.id, title: title + "t", priority: nil, securitySensitive: false), as: "sam")?.why
            .contains("256 characters; the limit is 255") == true)
        #expect(s.refused(.declare(id: Scenario.id, title: "a" + String(repeating: "\u{301}", count: 2_000), priority: nil, securitySensitive: false),
                          as: "sam")?.why.contains("the limit is 1020 bytes") == true)
        s.must(.declare(id: Scenario.id, title: title, priority: nil, securitySensitive: false), as: "sam")
    }
}
