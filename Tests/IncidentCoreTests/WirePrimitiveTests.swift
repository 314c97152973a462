/// The wire format's building blocks: a strict JSON parser, one canonical writer, and SHA-256.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct WirePrimitiveTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardsVectors(input: String, digest: String) {
        #expect(SHA256.hex(input.utf8) == digest)
    }

    @Test func sha256OfAMillionAs() {
        #expect(SHA256.hex(repeatElement(UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [
        "{\"a\":1,\"a\":2}", "{\"a\":1,}", "[1,]", "01", "1.", ".5", "-", "1e", "NaN", "Infinity", "1e400", "-1e400",
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\x\"", "\"tab\there\"", "\"unterminated", "tru", "nul", "{} {}", "{\"a\" 1}",
    ])
    func malformedJSONIsRefused(text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test func invalidUTF8IsRefusedNeverReplaced() throws {
        for bytes: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x22, 0xE2, 0x82, 0x22]] {
            #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
        }
        #expect(try JSONParser.parse(Array("\"é😀\"".utf8)) == .string("é😀"))
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: JSONParser.maxDepth + 1) + String(repeating: "]", count: JSONParser.maxDepth + 1)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(deep.utf8)) }
        let fine = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(throws: Never.self) { try JSONParser.parse(Array(fine.utf8)) }
    }

    @Test func numbersKeepTheirKind() throws {
        #expect(try JSONParser.parse(Array("9223372036854775807".utf8)) == .int(.max))
        #expect(try JSONParser.parse(Array("9223372036854775808".utf8)) == .double(9_223_372_036_854_775_808))
        #expect(try JSONParser.parse(Array("-0.5e2".utf8)) == .double(-50))
    }

    @Test func canonicalTextEscapesEverythingThatCouldActOnATerminal() throws {
        let hostile = "a\u{1b}[2J\u{07}\u{7f}\u{9b}31m\u{202e}\u{2066}\u{200b}\u{2028}\u{e0001}👩\u{200d}💻é\"\\\n"
        let text = CanonicalJSON.string(.string(hostile))
        #expect(text == #""a\u001b[2J\u0007\u007f\u009b31m\u202e\u2066\u200b\u2028\udb40\udc01👩‍💻é\"\\\n""#)
        #expect(try JSONParser.parse(Array(text.utf8)) == .string(hostile))
        #expect(!text.unicodeScalars.contains { CanonicalJSON.needsEscape($0) })
    }

    @Test func canonicalTextIsTheSameWhateverTheInputsLayout() throws {
        let a = try JSONParser.parse(Array(#"{ "b" : [1, 2.50, true, null], "a": "\u00e9", "é": {} }"#.utf8))
        let b = try JSONParser.parse(Array(#"{"é":{},"a":"é","b":[1,2.5,true,null]}"#.utf8))
        #expect(CanonicalJSON.string(a) == CanonicalJSON.string(b))
        #expect(CanonicalJSON.string(a) == #"{"a":"é","b":[1,2.5,true,null],"é":{}}"#)
        // Parsing canonical text and writing it again changes nothing.
        #expect(CanonicalJSON.string(try JSONParser.parse(CanonicalJSON.bytes(a))) == CanonicalJSON.string(a))
    }
}

@Suite struct WireUUIDTests {
    @Test func idsRoundTripAndMatchFoundationsReading() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(WireUUID.format(id) == id.uuidString.lowercased())
            #expect(WireUUID.parse(WireUUID.format(id)) == id)
            #expect(WireUUID.parse(id.uuidString) == id)
        }
    }

    @Test(arguments: ["", "0D3B5A5E-6C2B-4E0B-9E9B-2A6D3B0C1F1", "0D3B5A5E-6C2B-4E0B-9E9B-2A6D3B0C1F1G", "0D3B5A5E6C2B-4E0B-9E9B-2A6D3B0C1F11-",
                      "0D3B5A5E-6C2B-4E0B-9E9B_2A6D3B0C1F11", "+D3B5A5E-6C2B-4E0B-9E9B-2A6D3B0C1F11", "0d3b5a5e-6c2b-4e0b-9e9b-2a6d3b0c1f1é",
                      // A fuzz finding: a fifth dash, in the last group, once read past the end.
                      "8B28814D-FE10-4C5B-B267-5060F9-5CBAC", "8B28814D-FE10-4C5B-B267-5060F95CBAC-"])
    func malformedIdsAreRefused(text: String) {
        #expect(WireUUID.parse(text) == nil)
    }
}
