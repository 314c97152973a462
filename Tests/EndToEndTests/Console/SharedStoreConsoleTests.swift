/// Two consoles in tmux on one PostgreSQL store: live both ways, offline while the server is stopped (entries kept and
/// marked, also across quitting and starting again), and every kept entry on the server exactly once, in order, once it
/// is back. The CLI keeps nothing.
import Foundation
import TestSupport
import Testing

@Suite(.serialized, .enabled(if: PrivatePostgres.runnable, "PostgreSQL is not installed (set INCIDENT_TEST_POSTGRES_REQUIRED=1 to fail instead)"))
struct SharedStoreConsoleTests {
    /// A console for `user` on the server's store, with a config folder (and so a local queue) of its own, as on
    /// their own laptop.
    func console(_ sandbox: CLISandbox, _ server: PrivatePostgres, user: String) throws -> TmuxSession {
        try startConsole(sandbox, user: user, width: 120, height: 32, extra: [
            "INCIDENT_STORE": server.url, "XDG_CONFIG_HOME": sandbox.path("\(user)-config"),
            "XDG_STATE_HOME": sandbox.path("\(user)-state"),
        ])
    }

    /// Logs an action and waits for the message line to say how it went (saved, or kept while offline).
    func log(_ text: String, on console: TmuxSession, kept: Bool) throws {
        console.sendKeys("a")
        console.type(text)
        console.sendKeys("Enter")
        let prefix = kept ? " Kept, not yet shared" : " Saved: "
        try console.waitUntil("the message line says \(prefix.trimmingCharacters(in: .whitespaces))… \(text)") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix(prefix) && $0.contains(text) }
        }
    }

    func texts(_ sandbox: CLISandbox, _ server: PrivatePostgres) throws -> [String] {
        let result = try sandbox.run(["show", "--json"], store: server.url)
        try #require(result.status == 0, "incident show --json failed: \(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        return (report["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    @Test func twoConsolesShareLiveKeepWhileOfflineAndSendOnceInOrder() throws {
        let server = try PrivatePostgres()
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Shared outage"], store: server.url).status == 0)
        let sam = try console(sandbox, server, user: "sam")
        defer { sam.kill() }
        let cam = try console(sandbox, server, user: "cam")
        defer { cam.kill() }
        try sam.waitFor("Shared outage")
        try cam.waitFor("Shared outage")

        // Live: each sees the other's entry within a second of it being saved.
        try log("sam looks at the router", on: sam, kept: false)
        try cam.waitFor("sam looks at the router", timeout: .seconds(1))
        try log("cam drafts the update", on: cam, kept: false)
        try sam.waitFor("cam drafts the update", timeout: .seconds(1))

        try server.stop()
        // The CLI keeps nothing: it fails (exit 3) and says nothing was saved.
        let refused = try sandbox.run(["log", "from a script while down"], store: server.url)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("Nothing was saved"))

        for round in 1...2 {
            try log("sam offline \(round)", on: sam, kept: true)
            try log("cam offline \(round)", on: cam, kept: true)
        }
        for console in [sam, cam] {
            try console.waitForAll(["offline since", "not yet shared"])
        }
        // Sam quits and starts again while the server is still down: the console opens on what sam's laptop kept.
        sam.sendKeys("q")
        #expect(try sam.waitForExit() == 0)
        let samAgain = try console(sandbox, server, user: "sam")
        defer { samAgain.kill() }
        try samAgain.waitForAll(["Shared outage", "offline since", "sam offline 2", "not yet shared"])
        try log("sam offline 3", on: samAgain, kept: true)

        try server.restart()
        for console in [samAgain, cam] {
            try console.waitUntil("back online, nothing left unshared", timeout: .seconds(60)) { screen in
                !screen.contains("offline since") && !screen.contains("not yet shared")
            }
        }
        let shared = try texts(sandbox, server)
        #expect(!shared.contains("from a script while down"))
        #expect(shared.filter { $0.hasPrefix("sam offline") } == ["sam offline 1", "sam offline 2", "sam offline 3"])
        #expect(shared.filter { $0.hasPrefix("cam offline") } == ["cam offline 1", "cam offline 2"])
        // Each console sees the other's kept entries once they are shared.
        try samAgain.waitForAll(["cam offline 1", "cam offline 2"])
        try cam.waitForAll(["sam offline 1", "sam offline 2", "sam offline 3"])
    }
}
