/// The playbook and theme TOML reader: each form it reads gives the right values, every other form an error naming its line.
import Foundation
import ConsoleRuntime
@testable import IncidentApp
import IncidentCore
import ProcessScripts
import Testing

@Suite struct TOMLReaderTests {
    static func read(_ text: String) throws -> TOMLTable { try TOMLText.table(text, source: "t.toml") }

    /// The usage message for `text`, or nil when it was read.
    static func refusal(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch let AppError.usage(message) {
            return message
        } catch {
            return "not a usage error: \(error)"
        }
    }

    @Test(arguments: [
        ("# only a comment\n\n  \t\n", [:]),
        ("a = 1 # one\nb = -17\nc = +0\nd = 1_000\ne = 0x1F\nf = 0o17\ng = 0b101\nh = 0xdead_BEEF",
         ["a": 1, "b": -17, "c": 0, "d": 1000, "e": 31, "f": 15, "g": 5, "h": 0xDEAD_BEEF]),
        ("max = 9223372036854775807\nmin = -9223372036854775808", ["max": .integer(Int.max), "min": .integer(Int.min)]),
        ("t = true\nf = false", ["t": true, "f": false]),
        (#"s = "tab\there \"q\" \\ \b\f\n\r \u00e9 \U0001F600""#, ["s": "tab\there \"q\" \\ \u{08}\u{0C}\n\r é 😀"]),
        ("s = 'C:\\path\\no escapes \"'\nempty = ''\ne2 = \"\"", ["s": "C:\\path\\no escapes \"", "empty": "", "e2": ""]),
        ("s = \"tab\tinside, é and U+0085 \u{85}\"", ["s": "tab\tinside, é and U+0085 \u{85}"]),
        ("bare-key_1 = 1\n\"quoted key\" = 2\n'literal.key' = 3\n\"\" = 4", ["bare-key_1": 1, "quoted key": 2, "literal.key": 3, "": 4]),
        ("a.b.c = 1\na . b.d = 2\na.\"e f\" = 3", ["a": ["b": ["c": 1, "d": 2], "e f": 3]]),
        ("[a.b]\nx = 1\n[a]\ny = 2\n[ a . c ]\nz = 3", ["a": ["b": ["x": 1], "y": 2, "c": ["z": 3]]]),
        ("[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true",
         ["fruit": ["apple": ["color": "red", "texture": ["smooth": true]]]]),
        ("[[r]]\nn = 1\n[[r]]\n[[r]]\nn = 3\n[r.sub]\nk = 1", ["r": [["n": 1], [:], ["n": 3, "sub": ["k": 1]]]]),
        ("[[a.b]]\nx = 1\n[[a.b]]\nx = 2", ["a": ["b": [["x": 1], ["x": 2]]]]),
        ("l = [\n  1, # one\n  \"two\",\n  [3, [4]],\n  { k = 5 },\n  # between\n]\ne = []\nc = [ 1 , 2 ]",
         ["l": [1, "two", [3, [4]], ["k": 5]], "e": [], "c": [1, 2]]),
        ("t = { a = 1, b = \"x\", c.d = true, e = { f = [1, 2] } }\ne = {}",
         ["t": ["a": 1, "b": "x", "c": ["d": true], "e": ["f": [1, 2]]], "e": [:]]),
        ("a = 1\r\nb = 2\r\n", ["a": 1, "b": 2]),
        ("\u{FEFF}a = 1", ["a": 1]),
    ] as [(String, TOMLTable)])
    func eachSupportedFormGivesItsValues(text: String, expected: TOMLTable) throws {
        #expect(try Self.read(text) == expected)
    }

    @Test func keysKeepTheirFileOrder() throws {
        let table = try Self.read("zeta = 1\nalpha = 2\nmid = { z = 1, a = 2 }\n[beta]\n[aa]")
        #expect(table.keys == ["zeta", "alpha", "mid", "beta", "aa"])
        #expect(table["mid"]?.table?.keys == ["z", "a"])
    }

    @Test func accessorsGiveOnlyTheirOwnKind() throws {
        let table = try Self.read("s = \"x\"\ni = 1\nb = true\nl = [1]\nt = {}")
        #expect(table["s"]?.string == "x" && table["s"]?.int == nil && table["s"]?.bool == nil)
        #expect(table["i"]?.int == 1 && table["i"]?.string == nil)
        #expect(table["b"]?.bool == true && table["b"]?.int == nil)
        #expect(table["l"]?.array == [1] && table["l"]?.table == nil)
        #expect(table["t"]?.table == TOMLTable() && table["t"]?.array == nil)
        #expect(table["missing"] == nil)
    }

    @Test func theTemplateReadsBackKeyByKey() throws {
        let table = try Self.read(PlaybookFile.template())
        #expect(table.keys.first == "name")
        #expect(table["comms"]?.table?["tenant_update_minutes"]?.int == Playbook.standard.tenantUpdateMinutes)
        #expect(table["escalation"]?.table?["levels"]?.array?.count == Playbook.standard.escalation.levels.count)
        #expect(try PlaybookFile.parse(PlaybookFile.template(), source: "t.toml") == Playbook.standard)
    }

    @Test(arguments: [
        ("a = 1\nb = 1.5", 2, "floats such as 1.5 are not supported in a playbook or theme file"),
        ("a = 1e6", 1, "floats such as 1e6 are not supported"),
        ("a = -inf", 1, "floats such as -inf are not supported"),
        ("a = nan", 1, "floats such as nan are not supported"),
        ("\na = 1979-05-27", 2, "dates and times such as 1979-05-27 are not supported in a playbook or theme file"),
        ("a = 1979-05-27 07:32:00", 1, "dates and times"),
        ("a = 07:32:00", 1, "dates and times"),
        ("a = \"\"\"\nmulti\"\"\"", 1, "multi-line texts (\"\"\") are not supported in a playbook or theme file"),
        ("a = '''x'''", 1, "multi-line texts (''') are not supported"),
        ("a = 01", 1, "leading zeros are not allowed"),
        ("a = 1__0", 1, "1__0 is not a whole number"),
        ("a = _1", 1, "expected a value"),
        ("a = 1_", 1, "1_ is not a whole number"),
        ("a = 12abc", 1, "12abc is not a whole number"),
        ("a = 9223372036854775808", 1, "out of range"),
        ("a = -9223372036854775809", 1, "out of range"),
        ("a = 0x8000000000000000", 1, "out of range"),
        ("a = -0x1", 1, "takes no sign"),
        ("a = 0x", 1, "0x is not a whole number"),
        ("a = 0b102", 1, "0b102 is not a whole number"),
        ("a = yes", 1, "expected a value (a text in quotes, a whole number, true or false"),
        ("a = True", 1, "found 'True'"),
        ("a =", 1, "expected a value"),
        ("a", 1, "expected '=' after the key 'a', found the end of the file"),
        ("= 1", 1, "expected a key"),
        ("a = 1 2", 1, "expected the end of the line after the value of 'a', found '2'"),
        ("a = 1\na = 2", 2, "the key 'a' is defined twice"),
        ("a.b = 1\na.b = 2", 2, "the key 'a.b' is defined twice"),
        ("a = 1\na.b = 2", 2, "'a' already holds a value"),
        ("[t]\n[t]", 2, "the table [t] is defined twice"),
        ("[t.u]\n[t]\n[t]", 3, "the table [t] is defined twice"),
        ("t = 1\n[t]", 2, "'t' already holds a value, so [t] cannot define it as a table"),
        ("t = {}\n[t.u]", 2, "'t' already holds a value"),
        ("[t]\nu = 1\n[t.u]", 3, "'t.u' already holds a value"),
        ("a.b = 1\n[a]", 2, "the table [a] is defined twice"),
        ("[a]\nb.c = 1\n[a.b]", 3, "the table [a.b] is defined twice"),
        ("[a.b.c]\n[a]\nb.c.t = 1", 3, "is a table made by a [table] header"),
        ("[[a]]\n[a]", 2, "'a' is a list of tables made with [[a]]"),
        ("[a]\n[[a]]", 2, "[[a]] adds to a list of tables, but 'a' is already a table"),
        ("a = []\n[[a]]", 2, "'a' already holds a value"),
        ("t = { a = 1, a = 2 }", 1, "the key 'a' is defined twice"),
        ("t = { a = 1, }", 1, "an inline table takes no comma after its last pair"),
        ("t = { a = 1\n}", 1, "an inline table must end on the line it starts"),
        ("t = { a = 1 b = 2 }", 1, "expected ',' or '}' in the inline table, found 'b'"),
        ("l = [1 2]", 1, "expected ',' or ']' in the list, found '2'"),
        ("l = [,]", 1, "expected a value"),
        ("l = [\n1,\n", 3, "expected a value"),
        ("[]", 1, "expected a key"),
        ("[a", 1, "expected ']' to close the table header, found the end of the file"),
        ("[[a]", 1, "expected ']]' to close the table header"),
        ("[a] b = 1", 1, "expected the end of the line after [a], found 'b'"),
        ("s = \"open", 1, "a text in quotes must end on the line it starts"),
        ("s = \"a\nb\"", 1, "a text in quotes must end on the line it starts"),
        ("s = 'open\n'", 1, "a text in quotes must end on the line it starts"),
        ("s = \"\\x\"", 1, "unknown escape '\\x'"),
        ("s = \"\\ \"", 1, "unknown escape a backslash before a space"),
        ("s = \"\\u12\"", 1, "\\u needs 4 hexadecimal digits"),
        ("s = \"\\uD800\"", 1, "U+D800 is not a Unicode character"),
        ("s = \"\\U00110000\"", 1, "U+110000 is not a Unicode character"),
        ("s = \"bell \u{07}\"", 1, "a text may not hold the control character U+0007"),
        ("s = \"del \u{7F}\"", 1, "the control character U+007F"),
        ("s = 'esc \u{1B}'", 1, "a text in single quotes may not hold the control character U+001B"),
        ("a = 1 # bell \u{07}", 1, "a comment may not hold the control character U+0007"),
        ("a = 1\r", 1, "a carriage return (U+000D) without a line feed"),
        ("\u{0B}a = 1", 1, "expected a key"),
        ("a = 1\n\nb = \u{2028}", 3, "found the character U+2028"),
        ("\"\"\"k\"\"\" = 1", 1, "a key cannot be a multi-line text"),
    ])
    func eachRefusedFormNamesItsLine(text: String, line: Int, expected: String) {
        let message = Self.refusal(text)
        #expect(message?.hasPrefix("t.toml: line \(line): ") == true, "\(message ?? "accepted")")
        #expect(message?.contains(expected) == true, "\(message ?? "accepted")")
    }

    /// The inputs that made toml++ 3.4.0 assert (Fuzz/corpus/playbook, Fuzz/corpus/theme).
    @Test(arguments: ["[#", "[\u{17}", "a = [}", "a=1979-05-27T:"])
    func theFuzzFindingsAreErrors(text: String) {
        #expect(Self.refusal(text)?.hasPrefix("t.toml: line 1: ") == true)
        #expect(throws: AppError.self) { try PlaybookFile.parse(text, source: "t.toml") }
        #expect(throws: AppError.self) { try ThemeFile.parse(text, source: "t.toml") }
    }

    @Test func nestingStopsAt32() throws {
        let deepest = "a = " + String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        #expect(Self.refusal(deepest) == nil)
        let tooDeep = "a = " + String(repeating: "[", count: 33) + String(repeating: "]", count: 33)
        #expect(Self.refusal(tooDeep)?.contains("line 1: lists and inline tables may nest at most 32 deep") == true)
        let inline = "a = " + String(repeating: "{b = ", count: 33) + "1" + String(repeating: "}", count: 33)
        #expect(Self.refusal(inline)?.contains("nest at most 32 deep") == true)
        let longKey = (0...32).map { "k\($0)" }.joined(separator: ".") + " = 1"
        #expect(Self.refusal(longKey)?.contains("at most 32 dotted parts") == true)
        let longHeader = "[" + (0...32).map { "k\($0)" }.joined(separator: ".") + "]"
        #expect(Self.refusal(longHeader)?.contains("at most 32 dotted parts") == true)
    }

    @Test func aFileOver1MiBIsRefused() {
        let padding = "# " + String(repeating: "x", count: 1 << 20) + "\n"
        #expect(Self.refusal(padding)?.contains("t.toml: the file is 1048579 bytes; a playbook or theme file may be at most 1 MiB") == true)
        #expect(Self.refusal(String(repeating: "#\n", count: (1 << 20) / 2)) == nil)
    }

    @Test func aNULIsRefusedAsBeforeReading() {
        #expect(Self.refusal("a = 1\0") != nil)
    }

    /// Random bytes, mostly TOML punctuation: each input is read or refused with a usage error naming the file.
    @Test func randomBytesNeverCrashTheReader() {
        var generator = ScriptRandom(0x70_6D_6C)
        let alphabet = Array("[]{}=\".,#'\n\\ab1_- \t+:".utf8) + [0x00, 0x17, 0x0D, 0x7F, 0xC3, 0xA9, 0xE2, 0x80, 0xA8]
        var read = 0
        for _ in 0..<4000 {
            let count = Int(generator.next() % 300)
            let bytes = (0..<count).map { _ in
                generator.next() % 8 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let text = String(decoding: bytes, as: UTF8.self)
            do {
                _ = try TOMLText.table(text, source: "r.toml")
                read += 1
            } catch let AppError.usage(message) {
                #expect(message.hasPrefix("r.toml: "), "\(message)")
            } catch {
                Issue.record("\(bytes): \(error)")
            }
        }
        #expect(read > 0)
    }
}
