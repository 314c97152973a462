/// Where per-user files live: an XDG base directory when set to an absolute path, else its usual place under HOME.
#if canImport(Glibc)
import Glibc
#endif
import Foundation

public enum UserFolders {
    /// `$variable/incident/name`, else `~/fallback/incident/name` (`fallback` such as ".config").
    public static func folder(_ variable: String, fallback: String, name: String, environment: [String: String]) -> URL {
        if let base = environment[variable], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("incident/\(name)")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent("\(fallback)/incident/\(name)")
    }

    /// Makes `folder` and any missing folders above it, each created with mode 0700 in the `mkdir` call
    /// itself (a umask can only narrow that), so none is ever open to others, not even for a moment.
    /// Folders that already exist are left as they are.
    static func makePrivateFolder(_ folder: URL) throws {
        var missing: [String] = []
        var path = folder.standardizedFileURL.path
        while path != "/", !path.isEmpty, !FileManager.default.fileExists(atPath: path) {
            missing.append(path)
            path = (path as NSString).deletingLastPathComponent
        }
        for directory in missing.reversed() where mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw AppError.usage("could not make the folder \(directory): \(String(cString: strerror(errno))).")
        }
    }

    /// Writes `contents` to a new file at `file`, readable only by its owner from the moment it exists:
    /// a temporary file in the same folder is created with mode 0600 (`O_CREAT|O_EXCL`, never following
    /// a link), written and synced, then renamed into place, so the file is never seen half-written.
    static func writePrivateFile(_ contents: Data, to file: URL) throws {
        let folder = file.deletingLastPathComponent().path
        let temporary = folder + "/.\(file.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw AppError.usage("could not write \(file.path): \(String(cString: strerror(errno))).")
        }
        var failure: Int32 = 0
        contents.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, file.path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw AppError.usage("could not write \(file.path): \(String(cString: strerror(failure))).")
        }
    }
}
