/// The pure console: a whole frame rendered into a grid, an idle second drawn with the render cache, and wrapping a long entry.
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

/// The console's frames one second apart with nothing else changing, drawn with one render cache as the run loop does.
final class IdleSeconds: @unchecked Sendable {
    let model: ConsoleModel
    var snapshot: ConsoleSnapshot
    let cache = RenderCache()

    /// `scrolledBack`: the timeline scrolled to its oldest entry, so every row is laid out (once).
    init(_ snapshot: ConsoleSnapshot, scrolledBack: Bool) {
        var model = ConsoleModel()
        if scrolledBack { _ = model.handle([.character("g")], snapshot: snapshot) }
        self.model = model
        self.snapshot = snapshot
        _ = ConsoleRenderer.render(model, snapshot, cache: cache)
    }

    func nextSecond() -> Grid {
        snapshot.now = snapshot.now.addingTimeInterval(1)
        return ConsoleRenderer.render(model, snapshot, cache: cache)
    }
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

    // An idle second: the clocks and countdown change, nothing else. Following the newest entry and scrolled back
    // to the oldest, on a short and a very long timeline: with the cache all four should cost the same.
    for count in FixtureSize.rendered {
        for scrolledBack in [false, true] {
            let name = "Render idle second with the cache, \(FixtureSize.label(count))-event incident 120x40\(scrolledBack ? ", scrolled back" : "")"
            Benchmark(name, configuration: frame) { (benchmark: Benchmark, input: IdleSeconds) in
                blackHole(input.nextSecond())
            } setup: {
                let long = IncidentBuilder.long(eventCount: count)
                return IdleSeconds(snapshot(of: (long.state, long.now), width: 120, height: 40), scrolledBack: scrolledBack)
            }
        }
    }

    Benchmark("TextWrap.wrap long entry (\(longEntry.count) characters) at 60 columns", configuration: frame) { benchmark in
        blackHole(TextWrap.wrap(longEntry, width: 60))
    }
}
