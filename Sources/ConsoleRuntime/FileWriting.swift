/// Writes a file the console asked for (the incident report), never replacing one unless told to.
import Foundation
import IncidentConsole

enum FileWriting {
    /// `path` is taken from the working folder (`~` is the home folder). Without `overwrite` the file is created only
    /// if nothing is there (O_EXCL, so a file made meanwhile is not replaced either); with it, replaced whole.
    static func write(_ contents: String, to path: String, overwrite: Bool) -> CommandOutcome {
        let expanded = NSString(string: path).expandingTildeInPath
        let url = URL(fileURLWithPath: expanded)
        let data = Data(contents.utf8)
        if !overwrite {
            let descriptor = open(expanded, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                let code = errno
                if code == EEXIST { return .fileExists(path: path) }
                return .failed(message: "Could not write \(path): \(String(cString: strerror(code))).")
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try handle.write(contentsOf: data)
                try handle.synchronize()
                try handle.close()
            } catch {
                return .failed(message: "Could not write \(path): \(error.localizedDescription)")
            }
            return .accepted(summary: "Saved the report to \(path).")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            return .failed(message: "Could not write \(path): \(error.localizedDescription)")
        }
        return .accepted(summary: "Saved the report to \(path) (replaced).")
    }
}
