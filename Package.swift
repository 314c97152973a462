// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "incident-console",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "incident", targets: ["incident"]),
        .library(name: "IncidentCore", targets: ["IncidentCore"]),
        .library(name: "IncidentStore", targets: ["IncidentStore"]),
        .library(name: "IncidentPostgres", targets: ["IncidentPostgres"]),
        .library(name: "IncidentApp", targets: ["IncidentApp"]),
        .library(name: "IncidentReporting", targets: ["IncidentReporting"]),
        .library(name: "IncidentConsole", targets: ["IncidentConsole"]),
        .library(name: "ConsoleRuntime", targets: ["ConsoleRuntime"]),
        .library(name: "ScreenGrid", targets: ["ScreenGrid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        // Pure process model: events, commands, rules, derived views. Foundation only.
        .target(name: "IncidentCore"),
        // Durable event log on SQLite.
        .target(name: "IncidentStore", dependencies: [
            "IncidentCore", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The same event log on a PostgreSQL server shared by a team, live on every machine (LISTEN/NOTIFY); and
        // opening any store by its address.
        .target(name: "IncidentPostgres", dependencies: [
            "IncidentCore", "IncidentStore", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Glue shared by the CLI and the console: decide, append, reload.
        .target(name: "IncidentApp", dependencies: [
            "IncidentCore", "IncidentStore", "IncidentReporting", "ScreenGrid",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The incident report, written from an incident's state: Markdown and JSON, internal and public.
        .target(name: "IncidentReporting", dependencies: ["IncidentCore"]),
        // Pure cell grid, text width and sanitising: what a screen is, without a terminal.
        .target(name: "ScreenGrid"),
        // The ncurses headers, wide-character API.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The one module that talks to curses.
        .target(name: "CursesTerminal", dependencies: ["ScreenGrid", "CNcurses"]),
        // Pure console: key table, modes, panes rendered into a grid.
        .target(name: "IncidentConsole", dependencies: ["IncidentCore", "IncidentReporting", "ScreenGrid"]),
        // The console's run loop: keys, store work off the input loop, reminders, frames; and its themes.
        .target(name: "ConsoleRuntime", dependencies: [
            "IncidentApp", "IncidentConsole", "IncidentCore", "IncidentStore", "ScreenGrid",
        ]),
        .executableTarget(name: "incident", dependencies: [
            "IncidentCore", "IncidentStore", "IncidentPostgres", "IncidentApp", "IncidentConsole", "ConsoleRuntime", "CursesTerminal", "IncidentReporting", "ScreenGrid",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Test support: command scripts built from the state reached so far, and what they reach.
        .target(name: "ProcessScripts", dependencies: ["IncidentCore"], path: "Tests/ProcessScripts"),
        // Test support: helper processes with a clean signal state, and a private PostgreSQL server per test.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Fuzzing: the check each fuzz target runs (shared by the libFuzzer driver and the corpus replay test).
        .target(name: "IncidentFuzzChecks", dependencies: [
            "IncidentCore", "IncidentStore", "IncidentApp", "IncidentConsole", "ConsoleRuntime", "CursesTerminal", "CNcurses", "ScreenGrid",
        ]),
        // The fuzz driver: libFuzzer with `--sanitize=fuzzer -Xswiftc -DFUZZING`, else a corpus replayer (Fuzz/run).
        .executableTarget(name: "IncidentFuzz", dependencies: ["IncidentFuzzChecks"]),
        .testTarget(name: "IncidentCoreTests", dependencies: [
            "IncidentCore", "ProcessScripts", .product(name: "PropertyBased", package: "swift-property-based"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "IncidentStoreTests", dependencies: [
            "IncidentStore", "IncidentPostgres", "IncidentCore", "IncidentApp",
            .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "IncidentReportingTests", dependencies: ["IncidentReporting", "IncidentCore"], exclude: ["Golden"]),
        .testTarget(name: "IncidentAppTests", dependencies: [
            "IncidentApp", "IncidentStore", "IncidentCore", "IncidentConsole", "ConsoleRuntime", "ScreenGrid", "ProcessScripts",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ConsoleRuntimeTests", dependencies: [
            "ConsoleRuntime", "IncidentApp", "IncidentConsole", "IncidentCore", "IncidentStore", "IncidentPostgres", "ScreenGrid", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "ScreenGridTests", dependencies: ["ScreenGrid"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "ScreenGrid"]),
        .testTarget(name: "IncidentConsoleTests", dependencies: [
            "IncidentConsole", "IncidentCore", "ScreenGrid",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
        .testTarget(name: "IncidentFuzzTests", dependencies: ["IncidentFuzzChecks", "IncidentCore", "IncidentConsole", "ScreenGrid", "ProcessScripts"]),
    ],
    swiftLanguageModes: [.v6]
)
