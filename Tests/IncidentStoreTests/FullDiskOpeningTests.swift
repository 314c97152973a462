/// On a really full disk, opening a store to write says the disk is full (not "disk I/O error") and loses nothing.
import Foundation
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct FullDiskOpeningTests {
    @Test(.enabled(if: Mounts.available, "needs root and tmpfs mounts"))
    func writingOnAFullDiskSaysTheDiskIsFullAndKeepsWhatWasSaved() throws {
        let disk = try SmallDisk(kilobytes: 256)
        let url = disk.url.appending(path: "incidents.sqlite")
        let log = Sample.log(entries: 2)
        try makeClosedStore(at: url, events: log)
        disk.fill()

        let error = #expect(throws: StoreError.self) {
            let store = try SQLiteEventStore(url: url)
            try store.append([Sample.entry(sequence: 4, text: String(repeating: "x", count: 20_000))], expectedLastSequence: 3)
        }
        #expect(error == .diskFull(path: url.path), "\(String(describing: error))")
        let reader = try #require(try SQLiteEventStore.openForReading(url: url))
        #expect(try reader.events(for: Sample.incident) == log)
    }
}
