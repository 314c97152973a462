/// Helpers for store trust tests: file fingerprints, a dead process id, and mounts that only root may make.
import Foundation
import GRDB
@testable import IncidentStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum StoreFingerprint {
    /// The bytes of the store and of its -wal (nil where absent): what reading must never change.
    static func of(_ url: URL) -> [Data?] {
        [url.path, url.path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    /// Names in `folder` other than the store file: temporary files, -wal, -shm, -journal.
    static func others(in folder: URL, besides url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != url.lastPathComponent }.sorted()
    }
}

/// A process id that belonged to a process that has ended and been reaped.
func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}

/// Mounts (tmpfs, read-only binds) need root and a kernel that lets this container mount: tests that use them run
/// only where a probe mount works, and are skipped elsewhere.
enum Mounts {
    static let available: Bool = {
        guard geteuid() == 0 else { return false }
        guard let folder = try? TemporaryFolder() else { return false }
        guard run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.url.path]) else { return false }
        return run(["umount", folder.url.path])
    }()

    @discardableResult
    static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// A small tmpfs mounted on a fresh folder, unmounted when released.
final class SmallDisk {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init(kilobytes: Int) throws {
        folder = try TemporaryFolder()
        guard Mounts.run(["mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", folder.url.path]) else {
            throw StoreError.cannotOpen(path: folder.url.path, reason: "mount tmpfs failed")
        }
    }

    /// Writes zeros until the file system refuses: the disk is then full.
    func fill() {
        let fd = open(url.appending(path: "filler").path, O_WRONLY | O_CREAT, 0o600)
        defer { close(fd) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
    }

    deinit { Mounts.run(["umount", "-l", folder.url.path]) }
}

/// A read-only view of a folder through a read-only bind mount: writes fail with EROFS, even for root.
final class ReadOnlyView {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init(of source: URL) throws {
        folder = try TemporaryFolder()
        guard Mounts.run(["mount", "--bind", source.path, folder.url.path]) else {
            throw StoreError.cannotOpen(path: folder.url.path, reason: "bind mount failed")
        }
        guard Mounts.run(["mount", "-o", "remount,ro,bind", folder.url.path]) else {
            Mounts.run(["umount", "-l", folder.url.path])
            throw StoreError.cannotOpen(path: folder.url.path, reason: "read-only remount failed")
        }
    }

    deinit { Mounts.run(["umount", "-l", folder.url.path]) }
}
