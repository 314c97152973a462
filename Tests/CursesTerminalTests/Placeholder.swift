import Testing
@Test func placeholder_curses() { #expect(Bool(true)) }
