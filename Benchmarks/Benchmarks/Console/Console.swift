/// The pure console: a whole frame rendered into a grid, and wrapping a long entry.
import Benchmark
import BenchmarkFixtures
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid

func snapshot(of builder: (state: IncidentState, now: Date), width: Int, height: Int) -> ConsoleSnapshot {
    ConsoleSnapshot(state: builder.state, now: builder.now, timeZone: london, actor: "kim", size: Size(width: width, height: height))
}

struct Frame {
    var model: ConsoleModel
    var snapshot: ConsoleSnapshot
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .mallocBytesCount, .peakMemoryResident]
    let frame = Benchmark.Configuration(metrics: metrics, timeUnits: .microseconds, maxDuration: FixtureSize.maxDuration(3), maxIterations: FixtureSize.maxIterations(100_000))

    for (width, height) in [(100, 30), (200, 60)] {
        Benchmark("Render busy incident \(width)x\(height)", configuration: frame) { (benchmark: Benchmark, input: Frame) in
            blackHole(ConsoleRenderer.render(input.model, input.snapshot))
        } setup: {
            let busy = IncidentBuilder.busy()
            return Frame(model: ConsoleModel(), snapshot: snapshot(of: (busy.state, busy.now), width: width, height: height))
        }
    }

    // The frame the console draws in a 120x40 terminal, following the newest entry, on a short and a very long
    // timeline: it should cost what is visible, so the same for both.
    for count in FixtureSize.rendered {
        Benchmark("Render \(FixtureSize.label(count))-event incident 120x40", configuration: frame) { (benchmark: Benchmark, input: Frame) in
            blackHole(ConsoleRenderer.render(input.model, input.snapshot))
        } setup: {
            let long = IncidentBuilder.long(eventCount: count)
            return Frame(model: ConsoleModel(), snapshot: snapshot(of: (long.state, long.now), width: 120, height: 40))
        }
    }

    Benchmark("TextWrap.wrap long entry (\(longEntry.count) characters) at 60 columns", configuration: frame) { benchmark in
        blackHole(TextWrap.wrap(longEntry, width: 60))
    }
}
