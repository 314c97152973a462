// swift-tools-version: 6.1
// Benchmarks for incident-console, kept out of the main package so that its `swift build`, `swift test`
// and CI never build or resolve the benchmark package. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
// See docs/benchmarks.md.
import PackageDescription

// A path dependency's identity is its folder's name ("main" in /work/main), so look it up rather than
// hard-code it: the benchmarks then build from any clone.
let mainPackage = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "incident-console")

let package = Package(
    name: "incident-console-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        // Realistic incident states and logs, built through the core's own decide/apply at fixed times.
        .target(name: "BenchmarkFixtures", dependencies: [
            .product(name: "IncidentCore", package: mainPackage),
            .product(name: "IncidentStore", package: mainPackage),
        ]),
        // Writes the benchmark's long incident into a store, for Benchmarks/console.sh.
        .executableTarget(name: "incident-fixture", dependencies: [
            "BenchmarkFixtures",
            .product(name: "IncidentCore", package: mainPackage),
            .product(name: "IncidentStore", package: mainPackage),
        ], path: "Sources/incident-fixture"),
        .executableTarget(
            name: "Core",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "IncidentCore", package: mainPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Core",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Store",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "IncidentCore", package: mainPackage),
                .product(name: "IncidentStore", package: mainPackage),
                .product(name: "IncidentApp", package: mainPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Store",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Shared",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "IncidentCore", package: mainPackage),
                .product(name: "IncidentStore", package: mainPackage),
                .product(name: "IncidentPostgres", package: mainPackage),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Shared",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Console",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "IncidentCore", package: mainPackage),
                .product(name: "IncidentConsole", package: mainPackage),
                .product(name: "ScreenGrid", package: mainPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Console",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
