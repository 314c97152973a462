/// The default playbook: the GOV.UK PaaS incident process, compiled in.
import Foundation

extension Playbook {
    public static let standard = Playbook(
        name: "GOV.UK PaaS incident process",
        roster: [],
        leadShouldBeSupport: true,
        defaultPriority: .p1,
        priorities: [
            PriorityPolicy(priority: .p1, name: "Critical", startWorkWithin: "20 min (40 min out of hours)", updateEveryMinutes: 60,
                           startWorkMinutesInHours: 20, startWorkMinutesOutOfHours: 40),
            PriorityPolicy(priority: .p2, name: "Major", startWorkWithin: "30 min", updateEveryMinutes: 120, startWorkMinutesInHours: 30),
            PriorityPolicy(priority: .p3, name: "Significant", startWorkWithin: "2 h", updateEveryMinutes: 240, startWorkMinutesInHours: 120),
            PriorityPolicy(priority: .p4, name: "Minor", startWorkWithin: "1 business day", updateEveryMinutes: 2 * 24 * 60),
        ],
        tenantUpdateMinutes: 60,
        cadenceFollowsPriority: false,
        channels: Channels(incident: "#paas-incident", team: "#paas"),
        statuspage: StatuspageSettings(
            firstTemplate: "Possible issue being investigated",
            templates: [
                "Possible issue being investigated", "Issue identified", "Fix being monitored", "Issue resolved",
            ],
            components: ["Platform HTTPS", "Platform Database", "API", "apps", "billing"],
            texts: [
                "Possible issue being investigated":
                    "We are investigating a possible issue with the GOV.UK PaaS. We will post an update within the hour.",
                "Issue identified":
                    "We have identified the cause of the issue and are working on a fix. We will post an update within the hour.",
                "Fix being monitored":
                    "A fix has been applied and we are monitoring the results. We will post an update within the hour.",
                "Issue resolved":
                    "The issue has been resolved and the GOV.UK PaaS is working normally. We will publish an incident report.",
            ]),
        escalation: EscalationSettings(
            rotaSteps: [
                "Go to PagerDuty (gds-paas.pagerduty.com/services)",
                "Configuration > Schedules: check who is on the escalation rota",
                "Configuration > Users: select that person for their phone number",
            ],
            levels: [
                EscalationLevelDefinition(id: "techops-programme-director", title: "TechOps Programme Director"),
                EscalationLevelDefinition(id: "head-of-reliability-engineering", title: "Head of Reliability Engineering"),
            ],
            lastResort: EscalationLevelDefinition(id: "director-gds-portfolio-group", title: "Director for GDS Portfolio Group"),
            securityContact: EscalationLevelDefinition(id: "information-assurance", title: "Information Assurance"),
            executiveGroup: "GDS executive group",
            noAnswerMinutes: 15),
        checklist: [
            ChecklistStepDefinition(id: StepID.nominateLead, title: "Nominate an incident lead (with production access)", owner: .support, stage: .setup, due: .atOnce),
            ChecklistStepDefinition(id: StepID.nominateComms, title: "Nominate an incident comms person", owner: .support, stage: .setup, due: .atOnce),
            ChecklistStepDefinition(id: StepID.joinIncidentChannel, title: "Join #paas-incident", owner: .support, stage: .setup, due: .atOnce),
            ChecklistStepDefinition(id: StepID.tellTeamChannel, title: "Tell the team in #paas", owner: .comms, stage: .comms, due: .atOnce),
            ChecklistStepDefinition(id: StepID.createStatuspageIncident, title: "Create the Statuspage incident (\"Possible issue being investigated\", tick components)", owner: .comms, stage: .comms, due: .atOnce),
            ChecklistStepDefinition(id: StepID.trackerStory, title: "Create a tracker story recording actions and changes (lower priority)", owner: .lead, stage: .response, due: .none),
            ChecklistStepDefinition(id: StepID.finalTenantUpdate, title: "Send the final \"resolved\" tenant update", owner: .comms, stage: .afterResolution, due: .atOnce),
            ChecklistStepDefinition(id: StepID.statusPageOperational, title: "Check the status page shows the PaaS is operational", owner: .comms, stage: .afterResolution, due: .atOnce),
            ChecklistStepDefinition(id: StepID.writeReport, title: "Write the incident report (lead and comms)", owner: .lead, stage: .afterResolution, due: .none),
            ChecklistStepDefinition(id: StepID.holdReview, title: "Hold the no-blame incident review", owner: .lead, stage: .afterResolution, due: .daysAfterResolution(7)),
            ChecklistStepDefinition(id: StepID.publishReport, title: "Publish the incident report on Statuspage", owner: .comms, stage: .afterResolution, due: .none),
        ],
        reviewWithinDays: 7,
        reviewInvitees: ["Incident lead", "Incident comms", "Incident team", "Delivery manager", "Product manager", "Technical architect"],
        publishReportsByDefault: true,
        suppliers: Playbook.standardSuppliers,
        reminders: ReminderSettings(warnMinutesBefore: 10, repeatMinutes: 5, snoozeMinutes: [5, 10, 15]),
        emergencyContactsDocument: "PaaS Emergency contacts and escalations (restricted access): https://docs.google.com/a/digital.cabinet-office.gov.uk/document/d/1_6zxOjvwY-zrf1D8eDNT9AeRhlcPAocBhC8dmHfRw0Y/edit",
        workingHours: .standard)
}
