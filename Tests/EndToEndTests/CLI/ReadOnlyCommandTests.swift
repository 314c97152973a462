/// `list`, `show` and `export` open the store read-only: they change no byte of it and work where writing cannot.
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct ReadOnlyCommandTests {
    static let readCommands: [[String]] = [["list"], ["list", "--all", "--json"], ["show"], ["show", "--json"],
                                           ["export"], ["export", "--format", "csv"]]

    private func fingerprint(_ path: String) -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    /// A store with one incident and two entries.
    private func filledSandbox() throws -> CLISandbox {
        let sandbox = try CLISandbox()
        for arguments in [["new", "Checkout failing"], ["log", "restarted the pods"], ["log", "error rate falling"]] {
            let result = try sandbox.run(arguments)
            try #require(result.status == 0, "\(arguments): \(result)")
        }
        return sandbox
    }

    @Test func readCommandsChangeNoByteOfTheStoreOrItsWAL() throws {
        let sandbox = try filledSandbox()
        let before = fingerprint(sandbox.storePath)

        for arguments in Self.readCommands {
            let result = try sandbox.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result)")
            #expect(fingerprint(sandbox.storePath)[0] == before[0], "\(arguments) changed the store file")
            // The -wal keeps its bytes; where there was none, SQLite's read-only reader may leave an empty one.
            #expect(fingerprint(sandbox.storePath)[1] == before[1] || (before[1] == nil && fingerprint(sandbox.storePath)[1]?.isEmpty == true),
                    "\(arguments) changed the -wal")
        }
    }

    @Test func aFileThatIsNotAStoreIsRefusedByReadCommandsAndLeftUntouched() throws {
        let sandbox = try CLISandbox()
        let bytes = Data(repeating: 0x41, count: 5000)
        try bytes.write(to: URL(fileURLWithPath: sandbox.storePath))

        for arguments in Self.readCommands {
            let result = try sandbox.run(arguments)
            #expect(result.status == 3, "\(arguments): \(result)")
            #expect(result.stderr.contains("left untouched"), "\(arguments): \(result)")
        }
        #expect(fingerprint(sandbox.storePath) == [bytes, nil])
        #expect(!FileManager.default.fileExists(atPath: sandbox.storePath + "-shm"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func readCommandsWorkWhileAnotherProcessHoldsTheWriteLock() throws {
        let sandbox = try filledSandbox()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [sandbox.storePath]
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        holder.standardError = FileHandle.nullDevice
        try holder.run()
        defer {
            try? input.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nDELETE FROM event;\nSELECT 'holding';\n".utf8))
        // Blocks until the other process has the write lock and has said so.
        let said = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        try #require(said.contains("holding"), "sqlite3 said \(said.debugDescription)")
        let before = fingerprint(sandbox.storePath)

        for arguments in Self.readCommands {
            let result = try sandbox.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result)")
        }
        let show = try sandbox.run(["show"])
        #expect(show.stdout.contains("restarted the pods"), "\(show)")
        let log = try sandbox.run(["log", "blocked"], stdin: nil)
        #expect(log.status == 3 && log.stderr.contains("locked by another process"), "\(log)")
        #expect(fingerprint(sandbox.storePath) == before)
    }

    @Test(.enabled(if: CLIMounts.available, "needs root and mounts"))
    func readCommandsWorkOnAReadOnlyFileSystemAndWritingSaysWhy() throws {
        let sandbox = try filledSandbox()
        let close = try sandbox.run(["list"])  // The last writer has exited: the store is complete on its own.
        try #require(close.status == 0)
        let view = sandbox.path("read-only-view")
        try FileManager.default.createDirectory(atPath: view, withIntermediateDirectories: false)
        let source = sandbox.path("store-folder")
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: sandbox.storePath, toPath: source + "/incidents.sqlite")
        try #require(CLIMounts.run(["mount", "--bind", source, view]))
        defer { CLIMounts.run(["umount", "-l", view]) }
        try #require(CLIMounts.run(["mount", "-o", "remount,ro,bind", view]))
        let store = view + "/incidents.sqlite"
        let before = fingerprint(store)

        for arguments in Self.readCommands {
            let result = try sandbox.run(arguments, store: store)
            #expect(result.status == 0, "\(arguments): \(result)")
        }
        let log = try sandbox.run(["log", "cannot be saved"], store: store)
        #expect(log.status == 3 && log.stderr.contains("cannot write to the incident store"), "\(log)")
        #expect(fingerprint(store) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: source) == ["incidents.sqlite"])
    }

    @Test(.enabled(if: CLIMounts.available, "needs root and mounts"))
    func newOnAFullDiskSaysTheDiskIsFullAndLeavesNoFile() throws {
        let sandbox = try CLISandbox()
        let disk = sandbox.path("small-disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        try #require(CLIMounts.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk]))
        defer { CLIMounts.run(["umount", "-l", disk]) }
        let filler = try #require(FileHandle(forWritingAtPath: disk + "/filler") ?? {
            FileManager.default.createFile(atPath: disk + "/filler", contents: nil) ? FileHandle(forWritingAtPath: disk + "/filler") : nil
        }())
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler.close()

        let new = try sandbox.run(["new", "On a full disk"], store: disk + "/incidents.sqlite")
        #expect(new.status == 3, "\(new)")
        #expect(new.stderr.contains("the disk is full"), "\(new)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == ["filler"])
    }
}

/// Mounts need root and a kernel that lets this container mount: tests using them run only where a probe works.
enum CLIMounts {
    static let available: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("incident-mount-probe-\(getpid())").path
        guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: false)) != nil else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) else { return false }
        return run(["umount", probe])
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
