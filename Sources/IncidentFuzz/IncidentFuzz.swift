/// The fuzz driver. Built with `--sanitize=fuzzer -Xswiftc -DFUZZING` it is a libFuzzer binary running the target
/// named by INCIDENT_FUZZ_TARGET; built plainly it replays files or folders through a target's check:
/// `IncidentFuzz TARGET PATH...` (exit 1 naming each input that breaks the contract, 2 for a usage mistake).
import Foundation
import IncidentFuzzChecks

#if FUZZING
nonisolated(unsafe) private var fuzzTarget: FuzzTarget?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    if fuzzTarget == nil {
        let name = ProcessInfo.processInfo.environment["INCIDENT_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("Set INCIDENT_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        fuzzTarget = target
    }
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    do {
        try fuzzTarget!.check(bytes)
    } catch {
        fatalError("\(fuzzTarget!.rawValue): \(error)")
    }
    return 0
}
#else
@main
enum IncidentFuzz {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            FileHandle.standardError.write(Data("""
                usage: IncidentFuzz TARGET FILE-OR-FOLDER...
                Replays inputs through a target's check. Targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")).
                For coverage-guided fuzzing build with Fuzz/run (see docs/reliability.md).

                """.utf8))
            exit(2)
        }
        var files: [URL] = []
        for path in arguments.dropFirst() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("No such file or folder: \(path)\n".utf8))
                exit(2)
            }
            let url = URL(fileURLWithPath: path)
            files += isFolder.boolValue ? Corpus.files(in: url) : [url]
        }
        let failures = Corpus.replay(target, files: files)
        for failure in failures { print("FAIL \(failure)") }
        print("\(target.rawValue): \(files.count - failures.count) of \(files.count) inputs keep the contract")
        exit(failures.isEmpty ? 0 : 1)
    }
}
#endif
