/// Theme files: the shipped ones load, the standard one is the built-in theme, mistakes are named.
import ConsoleRuntime
import Foundation
import IncidentApp
import IncidentConsole
import ScreenGrid
import Testing

@Suite struct ThemeFileTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    static func shipped() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: themes, includingPropertiesForKeys: nil).filter { $0.pathExtension == "toml" }
    }

    @Test func everyShippedThemeLoadsAndDiffersFromTheOthers() throws {
        let files = try Self.shipped()
        #expect(files.count >= 3)
        let loaded = try files.map { try ThemeFile.find($0.path, environment: [:]) }
        for (file, theme) in zip(files, loaded) where file.lastPathComponent != "standard.toml" {
            #expect(theme != Theme.standard, "\(file.lastPathComponent) changes nothing")
        }
    }

    @Test func theStandardFileIsTheBuiltInTheme() throws {
        let file = Self.themes.appendingPathComponent("standard.toml")
        #expect(try ThemeFile.find(file.path, environment: [:]) == Theme.standard)
    }

    /// Every file in `themes/` is built in by its name, as the file reads: `--theme high-contrast` works anywhere.
    @Test func everyShippedThemeIsBuiltInByName() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themes.path).filter { $0.hasSuffix(".toml") }
        #expect(files.count >= 3)
        let empty = ["XDG_CONFIG_HOME": "/nonexistent-\(UUID().uuidString)"]
        for file in files {
            let name = String(file.dropLast(".toml".count))
            let fromFile = try ThemeFile.find(Self.themes.appendingPathComponent(file).path, environment: [:])
            #expect(try ThemeFile.find(name, environment: empty) == fromFile, "\(name)")
        }
    }

    @Test func aNameIsLookedUpInTheConfigFolderThenAmongTheBuiltIns() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        try FileManager.default.createDirectory(at: config.appendingPathComponent("incident/themes"), withIntermediateDirectories: true)
        try "[styles]\nok = { fg = 46 }\n".write(to: config.appendingPathComponent("incident/themes/mine.toml"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": config.path]
        #expect(try ThemeFile.find("mine", environment: environment)?.ok == Style(foreground: .indexed(46)))
        #expect(try ThemeFile.find(nil, environment: environment.merging(["INCIDENT_THEME": "mine"]) { $1 })?.ok.foreground == .indexed(46))
        #expect(try ThemeFile.find("monochrome", environment: environment) == Theme.monochrome)
        #expect(try ThemeFile.find(nil, environment: environment) == nil)
        #expect(throws: AppError.self) { try ThemeFile.find("nope", environment: environment) }
    }

    @Test(arguments: [
        ("[styles]\nok = { fg = \"purple\" }\n", "ok': fg is not a colour"),
        ("[styles]\nok = { fg = 300 }\n", "fg is not a colour"),
        ("[styles]\nokay = { bold = true }\n", "unknown style 'okay'"),
        ("[styles]\nok = { bolt = true }\n", "unknown key 'bolt'"),
        ("[styles]\nok = { bold = \"yes\" }\n", "bold must be true or false"),
        ("colour = 1\n", "unknown key 'colour'"),
        ("[styles\nok = {}\n", "t.toml: line 1"),
    ])
    func mistakesAreNamedWithTheFile(text: String, expected: String) {
        #expect {
            try ThemeFile.parse(text, source: "t.toml")
        } throws: { error in
            let description = (error as? AppError)?.description ?? ""
            return description.hasPrefix("t.toml") && description.contains(expected)
        }
    }
}
