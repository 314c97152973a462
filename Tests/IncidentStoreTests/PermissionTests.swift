/// The store is private to its owner: folders 0700, files 0600; reading a missing store creates nothing.
import Foundation
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct PermissionTests {
    @Test func createdFoldersAre0700AndFilesAre0600() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("a/b/incidents.sqlite")
        let store = try SQLiteEventStore(url: url)
        try store.append([Sample.declared()], expectedLastSequence: 0)

        #expect(try FileInspection.permissions(folder.file("a")) == 0o700)
        #expect(try FileInspection.permissions(folder.file("a/b")) == 0o700)
        #expect(try FileInspection.permissions(url) == 0o600)
        // While the store is open SQLite keeps its -wal and -shm files; they inherit the file's mode.
        for suffix in ["-wal", "-shm"] {
            let sidecar = URL(fileURLWithPath: url.path + suffix)
            #expect(try FileInspection.permissions(sidecar) == 0o600, "\(suffix)")
        }
    }

    @Test func existingFolderKeepsItsMode() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
        _ = try SQLiteEventStore(url: folder.storeURL)
        #expect(try FileInspection.permissions(folder.url) == 0o755)
    }

    @Test func openIfPresentCreatesNothingForAMissingStore() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("missing/incidents.sqlite")

        #expect(try SQLiteEventStore.openIfPresent(url: url) == nil)
        #expect(!FileInspection.exists(folder.file("missing")))
    }

    @Test func openIfPresentOpensAnExistingStore() throws {
        let folder = try TemporaryFolder()
        try makeClosedStore(at: folder.storeURL, events: [Sample.declared()])
        let store = try #require(try SQLiteEventStore.openIfPresent(url: folder.storeURL))
        #expect(try store.incidents().map(\.id) == [Sample.incident])
    }
}
