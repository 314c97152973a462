/// Closing a store leaves one self-contained .sqlite file behind.
import Foundation
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct CloseTests {
    @Test func closingLeavesTheWholeLogInTheSQLiteFile() throws {
        let folder = try TemporaryFolder()
        let events = Sample.log(entries: 3)
        try makeClosedStore(at: folder.storeURL, events: events)
        #expect(FileInspection.sidecars(of: folder.storeURL).isEmpty)

        // Copy only the .sqlite file, as people do, and read it elsewhere.
        let copy = folder.file("copy.sqlite")
        try FileManager.default.copyItem(at: folder.storeURL, to: copy)
        #expect(try SQLiteEventStore(url: copy).events(for: Sample.incident) == events)
    }
}
