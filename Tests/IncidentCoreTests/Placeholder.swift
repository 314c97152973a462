import Testing
@Test func placeholder_IncidentCoreTests() { #expect(Bool(true)) }
