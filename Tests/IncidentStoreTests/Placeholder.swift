import Testing
@Test func placeholder_IncidentStoreTests() { #expect(Bool(true)) }
