/// Where the store lives: --store beats INCIDENT_STORE beats XDG_DATA_HOME beats ~/.local/share.
import Foundation
import Testing
import IncidentStore

@Suite struct StoreLocationTests {
    let everything = ["INCIDENT_STORE": "/env/store.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"]

    @Test func explicitPathWins() {
        #expect(StoreLocation.resolve(explicitPath: "/cli/s.sqlite", environment: everything).path == "/cli/s.sqlite")
    }

    @Test func environmentVariableIsNext() {
        #expect(StoreLocation.resolve(explicitPath: nil, environment: everything).path == "/env/store.sqlite")
    }

    @Test func xdgDataHomeIsNext() {
        var environment = everything
        environment["INCIDENT_STORE"] = nil
        #expect(StoreLocation.resolve(explicitPath: nil, environment: environment).path
            == "/xdg/incident/incidents.sqlite")
    }

    @Test func homeIsTheLastResort() {
        #expect(StoreLocation.resolve(explicitPath: nil, environment: ["HOME": "/home/ana"]).path
            == "/home/ana/.local/share/incident/incidents.sqlite")
    }

    @Test func emptyValuesAndRelativeXDGAreIgnored() {
        let environment = ["INCIDENT_STORE": "", "XDG_DATA_HOME": "relative/data", "HOME": "/home/ana"]
        #expect(StoreLocation.resolve(explicitPath: "", environment: environment).path
            == "/home/ana/.local/share/incident/incidents.sqlite")
    }

    @Test func tildeExpandsToHome() {
        #expect(StoreLocation.resolve(explicitPath: "~/ops/s.sqlite", environment: ["HOME": "/home/ana"]).path
            == "/home/ana/ops/s.sqlite")
    }

    @Test func onlyTheDefaultLocationCreatesMissingFolders() {
        #expect(!StoreLocation.resolve(explicitPath: "/cli/s.sqlite", environment: everything).createsMissingFolders)
        #expect(!StoreLocation.resolve(explicitPath: nil, environment: everything).createsMissingFolders)
        #expect(StoreLocation.resolve(explicitPath: nil, environment: ["XDG_DATA_HOME": "/xdg"]).createsMissingFolders)
        #expect(StoreLocation.resolve(explicitPath: nil, environment: ["HOME": "/home/ana"]).createsMissingFolders)
    }

    @Test func relativePathResolvesAgainstTheCurrentFolder() {
        let cwd = FileManager.default.currentDirectoryPath
        #expect(StoreLocation.resolve(explicitPath: "s.sqlite", environment: [:]).path
            == URL(fileURLWithPath: cwd).appending(path: "s.sqlite").standardizedFileURL.path)
    }
}
