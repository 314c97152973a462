/// The pure core: replaying a log, deciding and applying a command, computing the derived views.
import Benchmark
import BenchmarkFixtures
import Foundation
import IncidentCore

struct CommandFixture {
    var state: IncidentState
    var now: Date
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .mallocBytesCount, .peakMemoryResident]

    // Throughput is events folded per second: each iteration replays `count` events (scalingFactor .one per event).
    for count in FixtureSize.scaling {
        Benchmark("Replay \(FixtureSize.label(count))-event incident log",
                  configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: FixtureSize.maxDuration(10),
                                       maxIterations: FixtureSize.maxIterations(count >= 1_000_000 ? 3 : 100))) { (benchmark: Benchmark, events: [Event]) in
            blackHole(IncidentState.replay(events))
        } setup: {
            IncidentBuilder.long(eventCount: count).events
        }
    }

    // The state is copied before measuring (and its arrays made unique), so the measurement is what
    // IncidentService.perform does with the state it owns: decide, then apply the new events in place.
    Benchmark("Decide + apply log entry on \(FixtureSize.label(FixtureSize.commandState))-event state",
              configuration: .init(metrics: metrics, timeUnits: .microseconds, maxDuration: FixtureSize.maxDuration(3), maxIterations: FixtureSize.maxIterations(100_000))) { (benchmark: Benchmark, fixture: CommandFixture) in
        var state = fixture.state
        state.timeline.reserveCapacity(state.timeline.count + 4)
        state.members.reserveCapacity(state.members.count + 4)
        let context = DecisionContext(now: fixture.now, actor: "ana", makeEventID: { UUID() })
        benchmark.startMeasurement()
        guard case let .success(events) = decide(.log(.action, text: "Restarted router/3; 502s dropping on the London edge", at: nil),
                                                  state: state, context: context) else {
            fatalError("log command refused")
        }
        for event in events { state.apply(event) }
        benchmark.stopMeasurement()
        blackHole(state)
    } setup: {
        let long = IncidentBuilder.long(eventCount: FixtureSize.commandState)
        return CommandFixture(state: long.state, now: long.now)
    }

    Benchmark("All four views of the busy incident",
              configuration: .init(metrics: metrics, timeUnits: .microseconds, maxDuration: FixtureSize.maxDuration(3), maxIterations: FixtureSize.maxIterations(100_000))) { (benchmark: Benchmark, busy: IncidentBuilder) in
        blackHole(CommsClock(state: busy.state, playbook: busy.playbook, now: busy.now))
        blackHole(Checklist(state: busy.state, playbook: busy.playbook, now: busy.now))
        blackHole(Ladder(state: busy.state, playbook: busy.playbook, now: busy.now))
        blackHole(RolesView(state: busy.state, now: busy.now))
    } setup: {
        IncidentBuilder.busy()
    }
}
