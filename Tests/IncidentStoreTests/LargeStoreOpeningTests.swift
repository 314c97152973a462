/// Opening a store above the whole-file check's limit: only truncation is checked, and a `-wal` is not mistaken for it.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct LargeStoreOpeningTests {
    /// Declares, then appends entries of 100 kB until the store file passes `bytes`, closing the store after every
    /// 20 (a writer's close checkpoints the `-wal` into the file). Returns the last sequence.
    static func grow(_ url: URL, passes bytes: Int) throws -> Int {
        var last = 0
        let text = String(repeating: "x", count: 100_000)
        func size() throws -> Int { (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0 }
        while try last == 0 || size() <= bytes {
            let store = try SQLiteEventStore(url: url)
            if last == 0 {
                try store.append([Sample.declared()], expectedLastSequence: 0)
                last = 1
            }
            for _ in 0..<20 {
                try store.append([Sample.entry(sequence: last + 1, text: text)], expectedLastSequence: last)
                last += 1
            }
            try store.close()
        }
        return last
    }

    @Test func aLargeStoreWhoseNewestPagesAreInTheWalOpensForReadingAndWriting() throws {
        let folder = try TemporaryFolder()
        var last = try Self.grow(folder.storeURL, passes: StorePreflight.fullCheckLimit)
        // A writer that stays open: its newest pages are in the `-wal`, beyond the file's own length.
        let writer = try SQLiteEventStore(url: folder.storeURL)
        let text = String(repeating: "y", count: 100_000)
        for _ in 0..<5 {
            try writer.append([Sample.entry(sequence: last + 1, text: text)], expectedLastSequence: last)
            last += 1
        }
        #expect(StoreFileHeader.walHoldsChanges(folder.storeURL.path))
        let reader = try #require(try SQLiteEventStore.openForReading(url: folder.storeURL))
        #expect(try reader.state(of: Sample.incident).lastSequence == last)
        let other = try SQLiteEventStore(url: folder.storeURL)
        #expect(try other.state(of: Sample.incident).lastSequence == last)
    }

    @Test func aLargeStoreCutShortIsDamaged() throws {
        let folder = try TemporaryFolder()
        _ = try Self.grow(folder.storeURL, passes: StorePreflight.fullCheckLimit + (1 << 20))
        let handle = try FileHandle(forWritingTo: folder.storeURL)
        try handle.truncate(atOffset: UInt64(StorePreflight.fullCheckLimit + 4096))
        try handle.close()
        #expect {
            _ = try SQLiteEventStore.openForReading(url: folder.storeURL)
        } throws: { error in
            if case StoreError.damaged = error { return true }
            return false
        }
    }
}
