/// The playbook file's contacts, working hours, priorities and suppliers, and the playbooks shipped in `playbooks/`.
import Foundation
import Testing
@testable import IncidentApp
import IncidentCore

@Suite struct PlaybookDataFileTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func contactsHoursPrioritiesAndSuppliersAreRead() throws {
        let playbook = try PlaybookFile.parse("""
            emergency_contacts = "Contacts sheet"
            [[roster]]
            name = "ravi"
            production_access = true
            phone = "+44 7700 900000"
            chat = "@ravi"
            notes = "night rota"
            escalation_rota = true
            [escalation]
            levels = [{ id = "duty-manager", title = "Duty manager", no_answer_minutes = 5, contacts = [{ name = "Jo", phone = "+44 20 7946 0001" }] }]
            [working_hours]
            time_zone = "America/New_York"
            hours = ["08:00-18:00"]
            holidays = ["2026-11-26"]
            [[priorities]]
            priority = "P2"
            start_work_minutes = 45
            start_work_minutes_out_of_hours = 90
            [[suppliers]]
            name = "Acme"
            contract = "gold"
            [[suppliers.routes]]
            kind = "phone"
            address = "+1 555 0100"
            hours = "24/7"
            [[suppliers.routes]]
            kind = "email"
            address = "help@acme.example"
            hours = ["09:00-17:00"]
            best_effort = true
            """, source: "team.toml")
        #expect(playbook.emergencyContactsDocument == "Contacts sheet")
        let ravi = try #require(playbook.rosterEntry(for: "ravi"))
        #expect(ravi.contact == ContactDetails(phone: "+44 7700 900000", chat: "@ravi", notes: "night rota") && ravi.escalationRota)
        #expect(playbook.escalation.levels[0].noAnswerMinutes == 5)
        #expect(playbook.escalation.levels[0].contacts == [LevelContact(name: "Jo", details: ContactDetails(phone: "+44 20 7946 0001"))])
        #expect(playbook.workingHours.hours == WeeklyHours(timeZone: "America/New_York", days: Weekday.workingWeek,
                                                            ranges: [DailyRange(startMinute: 480, endMinute: 1080)], holidays: ["2026-11-26"]))
        let p2 = try #require(playbook.priorities.first { $0.priority == .p2 })
        #expect(p2.startWorkMinutes(inHours: true) == 45 && p2.startWorkMinutes(inHours: false) == 90)
        #expect(playbook.priorities.first { $0.priority == .p1 } == Playbook.standard.priorities[0], "P1 left out stays standard")
        #expect(playbook.suppliers.map(\.name) == ["Acme"])
        #expect(playbook.suppliers[0].routes.map(\.hours) == [.always, .bestEffort(WeeklyHours(
            timeZone: "UTC", days: Weekday.allCases, ranges: [DailyRange(startMinute: 540, endMinute: 1020)]))])
        #expect(try PlaybookFile.parse(PlaybookFile.template(playbook), source: "t") == playbook, "the template writes every new key")
    }

    @Test(arguments: [
        ("[working_hours]\ntime_zone = \"Mars/Olympus\"\nhours = [\"09:00-17:00\"]", "time_zone 'Mars/Olympus' is not a time zone"),
        ("[working_hours]\nhours = [\"9-5\"]", "hours '9-5' is not a range"),
        ("[working_hours]\nhours = [\"09:00-17:00\"]\ndays = [\"funday\"]", "days must be mon"),
        ("[working_hours]\nhours = [\"09:00-17:00\"]\nholidays = [\"2026-02-30\"]", "holidays must be dates"),
        ("[working_hours]\nhour = [\"09:00-17:00\"]", "unknown key 'hour' in [working_hours]"),
        ("[[roster]]\nname = \"kim\"\nproduction_access = true\nmobile = \"1\"", "unknown key 'mobile' in roster entry 1"),
        ("[[priorities]]\npriority = \"P1\"\nstart_work_minutes = 0", "start_work_minutes must be a whole number"),
        ("[[priorities]]\npriority = \"P7\"", "needs priority, one of P1"),
        ("[[suppliers]]\nname = \"A\"\ncontract = \"x\"", "suppliers entry 1 needs at least one route"),
        ("[[suppliers]]\nname = \"A\"\ncontract = \"x\"\n[[suppliers.routes]]\nkind = \"fax\"\naddress = \"1\"\nhours = \"24/7\"", "kind must be one of console, chat, phone, email"),
        ("[[suppliers]]\nname = \"A\"\ncontract = \"x\"\n[[suppliers.routes]]\nkind = \"chat\"\naddress = \"1\"\nhours = \"24/7\"\nopen = true", "unknown key 'open' in suppliers entry 1, route 1"),
        ("[[suppliers]]\nname = \"A\"\ncontract = \"x\"\n[[suppliers.routes]]\nkind = \"chat\"\naddress = \"1\"\nhours = \"24/7\"\ntime_zone = \"UTC\"", "takes no time_zone"),
        ("[escalation]\nlevels = [{ id = \"a\", title = \"A\", contacts = [{ phone = \"1\" }] }]", "contact 1 needs a name"),
        ("[escalation]\nlevels = [{ id = \"a\", title = \"A\", contacts = [{ name = \"x\", email = \"1\" }] }]", "unknown key 'email'"),
    ])
    func mistakesInTheNewKeysAreNamed(text: String, expected: String) {
        do {
            _ = try PlaybookFile.parse(text, source: "team.toml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect("\(error)".contains(expected) && "\(error)".contains("team.toml"), "\(error)")
        }
    }

    @Test func theStandardPlaybookFileIsTheCompiledInProcess() throws {
        let url = Self.repository.appendingPathComponent("playbooks/gov-uk-paas.toml")
        let (playbook, source) = try PlaybookFile.find(url.path, environment: [:])
        #expect(source == .file(url.path))
        #expect(playbook == Playbook.standard)
    }

    @Test func thePagerDutyPlaybookHasADifferentShape() throws {
        let url = Self.repository.appendingPathComponent("playbooks/pagerduty.toml")
        let (playbook, _) = try PlaybookFile.find(url.path, environment: [:])
        #expect(!playbook.leadShouldBeSupport && playbook.cadenceFollowsPriority)
        #expect(playbook.cadenceMinutes(for: .p1) == 20 && playbook.cadenceMinutes(for: .p2) == 30)
        #expect(playbook.escalation.levels.map(\.id) == ["ic-backup", "engineering-manager"])
        #expect(HoursView(playbook: playbook, now: Date(timeIntervalSince1970: 1_795_000_000)).inHours)
        #expect(playbook.workingHours.isInHours(at: Date(timeIntervalSince1970: 1_795_000_000 + 15 * 3600)))
    }

    /// Each shipped playbook runs a short incident to its close through a real store.
    @Test(arguments: ["gov-uk-paas.toml", "pagerduty.toml"])
    func aShortIncidentRunsUnderEachShippedPlaybook(file: String) throws {
        let (playbook, _) = try PlaybookFile.find(Self.repository.appendingPathComponent("playbooks/\(file)").path, environment: [:])
        let (store, _) = try temporaryStore()
        let service = IncidentService(store: store, playbook: playbook, clock: try AppClock(environment: ["INCIDENT_NOW": "2026-11-19T02:00:00Z"]))
        let id = try #require(try service.declare(title: "Apps down", priority: .p1, securitySensitive: false, as: "sam").state.id)
        let level = playbook.escalation.levels[0].id
        let supplier = playbook.suppliers[0].name
        let component = playbook.statuspage.components[0]
        let commands: [(Command, Person)] = [
            (.assignRole(.lead, "sam", productionAccessConfirmed: true), "sam"),
            (.assignRole(.comms, "cam", productionAccessConfirmed: false), "sam"),
            (.log(.finding, text: "Router 2 drops packets", at: nil), "sam"),
            (.sendComms(CommsRequest(channel: .team, text: "Incident declared")), "cam"),
            (.sendComms(CommsRequest(channel: .statuspage, text: "Investigating", components: [component])), "cam"),
            (.escalate(level: level, step: .contacting, note: nil), "sam"),
            (.escalate(level: level, step: .reached, note: nil), "sam"),
            (.recordSupplierContact(supplier: supplier, step: .case, reference: "CASE-1"), "sam"),
            (.completeStep(StepID.joinIncidentChannel, note: nil), "sam"),
            (.skipStep(StepID.trackerStory, reason: "No changes"), "sam"),
            (.resolve(with: ["pat", "dee"], note: nil), "sam"),
            (.sendComms(CommsRequest(channel: .statuspage, text: "Resolved", status: .resolved, components: [component])), "cam"),
            (.completeStep(StepID.statusPageOperational, note: nil), "cam"),
            (.recordReportWritten(location: nil), "sam"),
            (.recordReviewHeld(attendees: ["sam", "cam"]), "sam"),
            (.publishReport(overrideReason: nil), "cam"),
            (.close, "sam"),
        ]
        for (command, actor) in commands { try service.perform(command, on: id, as: actor) }
        let state = try service.state(of: id)
        #expect(state.phase == .closed)
        #expect(StartWorkClock(state: state, playbook: playbook, now: state.post.closedAt!).status == .met)
    }
}
