import Testing
@Test func placeholder_ScreenGridTests() { #expect(Bool(true)) }
