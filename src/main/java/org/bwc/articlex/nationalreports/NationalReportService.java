package org.bwc.articlex.nationalreports;

import static org.bwc.articlex.nationalreports.NationalReportProcess.REPORT_PROCESS_ID;
import static org.bwc.articlex.nationalreports.NationalReportProcess.TASK_SUBMIT_NATIONAL_REPORT;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_ASSISTANCE_GIVEN;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_ASSISTANCE_RECEIVED;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_NEEDS_OUTSTANDING;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_OBSTACLES;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_POLICY;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bwc.articlex.notification.Notifications;
import org.bwc.articlex.process.ProcessDurations;
import org.bwc.articlex.process.TaskCompletion;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.bwc.articlex.web.JsonBodies;
import org.bwc.articlex.web.NotFoundException;
import org.bwc.articlex.web.UnprocessableException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual Article X implementation reports (docs/follow-up-and-national-reports.md): a cycle opened each year,
 * every State asked, reminded and its submission recorded — through its Tasklist or {@code POST
 * /api/states/{iso3}/national-reports}, which completes the very same task. Times come from the engine's clock.
 */
@Service
public class NationalReportService {

    static final String NATIONAL_REPORT_REQUESTED = "NATIONAL_REPORT_REQUESTED";
    static final String NATIONAL_REPORT_DUE = "NATIONAL_REPORT_DUE";
    static final String NATIONAL_REPORT_RECORDED = "NATIONAL_REPORT_RECORDED";
    static final Set<String> FIELDS = Set.of("year", VAR_POLICY, VAR_ASSISTANCE_GIVEN, VAR_ASSISTANCE_RECEIVED,
            VAR_NEEDS_OUTSTANDING, VAR_OBSTACLES);

    private final ReportCycles cycles;
    private final NationalReports reports;
    private final NationalReportDraft drafts;
    private final NationalReportSchedule schedule;
    private final StatesRegistry states;
    private final Notifications notifications;
    private final TaskService tasks;

    NationalReportService(ReportCycles cycles, NationalReports reports, NationalReportDraft drafts, NationalReportSchedule schedule,
            StatesRegistry states, Notifications notifications, TaskService tasks) {
        this.cycles = cycles;
        this.reports = reports;
        this.drafts = drafts;
        this.schedule = schedule;
        this.states = states;
        this.notifications = notifications;
        this.tasks = tasks;
    }

    /** The State Parties asked each year, in code order (the multi-instance collection of the cycle). */
    public List<String> stateCodes() {
        return states.all().stream().map(StateParty::code).sorted().toList();
    }

    /** {@code Task_OpenReportCycle}: the cycle of the previous calendar year, with its deadline and reminder date. */
    ReportCycles.Cycle open() {
        Instant now = now();
        int year = java.time.Year.from(now.atZone(java.time.ZoneOffset.UTC)).getValue() - 1;
        Instant deadline = ProcessDurations.after(schedule.getDeadline(), Date.from(now)).toInstant();
        if (!cycles.open(year, now, deadline)) {
            throw new IllegalStateException("The national-report cycle of " + year + " is open already");
        }
        return new ReportCycles.Cycle(year, now, deadline);
    }

    /** The title of a State's report case in its notices (English: these notices are e-mailed in English). */
    private static String caseTitle(int year) {
        return "Article X implementation report " + year;
    }

    Date reminderAt(Date deadline) {
        return ProcessDurations.after("-" + schedule.getReminderBefore(), deadline);
    }

    /** {@code Task_AskForNationalReport}: the State is told, with the deadline; returns the draft as text for its form. */
    String ask(String state, int year, Instant deadline) {
        StateParty party = states.require(state);
        notifications.notifyParty(Notifications.PartyNotice.of(state, NationalReportProcess.businessKey(year, state),
                caseTitle(year), NATIONAL_REPORT_REQUESTED, deadline, "notice.NATIONAL_REPORT_REQUESTED", party.name(),
                String.valueOf(year), state));
        return draftText(drafts.of(state, party.name(), year).content());
    }

    void remind(String state, int year, Instant deadline) {
        notifications.notifyParty(Notifications.PartyNotice.of(state, NationalReportProcess.businessKey(year, state),
                caseTitle(year), NATIONAL_REPORT_DUE, deadline, "notice.NATIONAL_REPORT_DUE", String.valueOf(year)));
    }

    /** Stores a version, late if after the deadline, and tells the State; the caller holds the cycle's row lock. */
    NationalReports.Version record(String state, int year, NationalReportContent content, String by) {
        ReportCycles.Cycle cycle = cycles.findForUpdate(year).orElseThrow(() -> new IllegalStateException("No cycle " + year));
        Instant now = now();
        NationalReports.Version version = reports.insert(state, year, content, by, now, now.isAfter(cycle.deadline()));
        notifications.notifyParty(Notifications.PartyNotice.of(state, NationalReportProcess.businessKey(year, state),
                caseTitle(year), NATIONAL_REPORT_RECORDED, null,
                version.late() ? "notice.NATIONAL_REPORT_RECORDED.late" : "notice.NATIONAL_REPORT_RECORDED",
                String.valueOf(year), String.valueOf(version.version())));
        return version;
    }

    /**
     * {@code POST /api/states/{iso3}/national-reports}: the State's own report only (403), for an open year (422); a
     * second one for the year is a conflict (409) unless {@code replace}, which adds a version and keeps the earlier.
     * While the State's task is open it is completed with the report: the form's rules and the recording step run.
     */
    @Transactional
    public NationalReportView submit(String state, JsonNode body, boolean replace, Caller caller) {
        StateParty party = states.find(state).orElseThrow(() -> new NotFoundException("No State Party " + state));
        if (!caller.represents(party.code())) {
            throw new ForbiddenException("A State Party submits only its own national report");
        }
        Map<String, Object> fields = JsonBodies.fields(body, FIELDS);
        List<FieldProblem> problems = new ArrayList<>();
        Object yearValue = fields.get("year");
        if (!(yearValue instanceof Integer)) {
            problems.add(new FieldProblem("year", yearValue == null ? "is required" : "must be a whole number such as 2026"));
        }
        NationalReportContent content = NationalReportPolicy.check(fields::get, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int year = (Integer) yearValue;
        cycles.findForUpdate(year).orElseThrow(() -> new UnprocessableException("year", "the national reports of " + year + " are not open"));
        Task task = tasks.createTaskQuery().processDefinitionKey(REPORT_PROCESS_ID)
                .processInstanceBusinessKey(NationalReportProcess.businessKey(year, state))
                .taskDefinitionKey(TASK_SUBMIT_NATIONAL_REPORT).singleResult();
        boolean submitted = !reports.of(state, year).isEmpty();
        if (submitted && !replace) {
            throw new ConflictException("The national report of " + state + " for " + year
                    + " has been submitted; send it again with ?replace=true to replace it (the earlier version is kept)");
        }
        if (task != null) {
            TaskCompletion.complete(tasks, task.getId(), Variables.createVariables().putValue(VAR_POLICY, content.policy())
                    .putValue(VAR_ASSISTANCE_GIVEN, content.assistanceGiven()).putValue(VAR_ASSISTANCE_RECEIVED, content.assistanceReceived())
                    .putValue(VAR_NEEDS_OUTSTANDING, content.needsOutstanding()).putValue(VAR_OBSTACLES, content.obstacles()));
        } else {
            record(state, year, content, caller.userId());
        }
        return view(state, year);
    }

    /** {@code GET /api/states/{iso3}/national-reports?year=}: the State itself or the secretariat. */
    @Transactional(readOnly = true)
    public NationalReportView find(String state, int year, Caller caller) {
        StateParty party = states.find(state).orElseThrow(() -> new NotFoundException("No State Party " + state));
        if (!caller.canSee(party.code())) {
            throw new ForbiddenException("A State Party sees only its own national reports");
        }
        if (cycles.find(year).isEmpty()) {
            throw new UnprocessableException("year", "the national reports of " + year + " are not open");
        }
        return view(party.code(), year);
    }

    private NationalReportView view(String state, int year) {
        StateParty party = states.require(state);
        ReportCycles.Cycle cycle = cycles.find(year).orElseThrow();
        List<NationalReportView.Version> versions = reports.of(state, year).stream().map(NationalReportView::version).toList();
        NationalReportView.Version current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        NationalReportDraft.Draft draft = current == null ? drafts.of(state, party.name(), year) : null;
        return new NationalReportView(state, party.name(), year, cycle.deadline(), current == null ? "NOT_SUBMITTED" : "SUBMITTED",
                current, versions, draft == null ? null : draft.content(), draft == null ? null : draft.figures());
    }

    static String draftText(NationalReportContent draft) {
        return "Policy and legislation: " + draft.policy() + "\n\nAssistance given: " + draft.assistanceGiven()
                + "\n\nAssistance received: " + draft.assistanceReceived() + "\n\nNeeds outstanding: " + draft.needsOutstanding()
                + "\n\nObstacles encountered: " + draft.obstacles();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
