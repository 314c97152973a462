/// The snapshot target's corpus holds real snapshots of states the rules reach, and its check refuses what it must.
import Foundation
import IncidentCore
@testable import IncidentFuzzChecks
import ProcessScripts
import XCTest

final class SnapshotCorpusTests: XCTestCase {
    /// Seeds: snapshots of states reached by scripted incidents. `WRITE_SNAPSHOT_CORPUS=1 swift test --filter
    /// SnapshotCorpusTests` writes them into Fuzz/corpus/snapshot (named by content, like the fuzzer's own).
    static func seeds() -> [[UInt8]] {
        (1...12).map { seed in
            let codes = (0..<(seed * 8)).map { ($0 &+ 1) &* (seed &* 2_654_435_761) & Int.max }
            return StateSnapshot.encode(ScriptRun(codes).final)
        }
    }

    func testSeedsAreWrittenAndKeepTheContract() throws {
        let folder = CorpusReplayTests.corpus.appendingPathComponent(FuzzTarget.snapshot.rawValue)
        if ProcessInfo.processInfo.environment["WRITE_SNAPSHOT_CORPUS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for seed in Self.seeds() {
                let name = seed.reduce(into: UInt64(1_469_598_103_934_665_603)) { $0 = ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
                try Data(seed).write(to: folder.appendingPathComponent(String(name, radix: 16)))
            }
        }
        for seed in Self.seeds() { XCTAssertNoThrow(try FuzzTarget.snapshot.check(seed)) }
        let files = Corpus.files(in: folder)
        XCTAssertGreaterThanOrEqual(files.count, 10, "the corpus of snapshot is missing or thin")
        for failure in Corpus.replay(.snapshot, files: files) { XCTFail(failure) }
    }

    /// A snapshot holding what no record can (a date past 9999, a count about to overflow) is refused, not used.
    func testOutOfRangeValuesAreRefused() throws {
        var state = ScriptRun((1...40).map { $0 &* 7_919 }).final
        state.comms.tenantUpdateCount = Int.max
        XCTAssertThrowsError(try StateSnapshot.decode(StateSnapshot.encode(state)))
        state.comms.tenantUpdateCount = 1
        state.declaredAt = Date(timeIntervalSince1970: 1e15)
        XCTAssertThrowsError(try StateSnapshot.decode(StateSnapshot.encode(state)))
        state.declaredAt = Date(timeIntervalSinceReferenceDate: .nan)
        XCTAssertThrowsError(try StateSnapshot.decode(StateSnapshot.encode(state)), "NaN is inside every range by comparison")
        state.declaredAt = Date(timeIntervalSince1970: 1_795_000_000)
        XCTAssertNoThrow(try StateSnapshot.decode(StateSnapshot.encode(state)))
    }
}
