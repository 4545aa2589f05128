package org.bwc.articlex.concern;

import static org.bwc.articlex.concern.ArticleXConcernProcess.PROCESS_ID;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_SUBMIT_POSITION;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_PARTY_GROUP;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_POSITION_STATEMENT;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_RAISED_BY;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_REQUEST_ID;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_STATUS;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bwc.articlex.notification.PartyDirectory;
import org.bwc.articlex.process.CaseReferences;
import org.bwc.articlex.process.TaskCompletion;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.security.CaseAccess;
import org.bwc.articlex.web.InvalidInputException;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raising, reading and taking part in concerns: the API side of {@code article-x-concern}. */
@Service
public class ConcernService {

    private final ConcernRepository concerns;
    private final ConcernSubjects subjects;
    private final ConcernJournal journal;
    private final ConcernPositions positions;
    private final CaseReferences references;
    private final PartyDirectory parties;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseAccess caseAccess;
    private final Clock clock;

    ConcernService(ConcernRepository concerns, ConcernSubjects subjects, ConcernJournal journal,
            ConcernPositions positions, CaseReferences references, PartyDirectory parties, RuntimeService runtime,
            TaskService tasks, CaseAccess caseAccess, Clock clock) {
        this.concerns = concerns;
        this.subjects = subjects;
        this.journal = journal;
        this.positions = positions;
        this.references = references;
        this.parties = parties;
        this.runtime = runtime;
        this.tasks = tasks;
        this.caseAccess = caseAccess;
        this.clock = clock;
    }

    /**
     * Checks in this order, each refusal writing nothing: the raising party exists (400), the caller speaks for it
     * (403), the request is its own or a refused proposal of its offer (403, for an unknown request too, so that
     * nobody probes other parties' references), something was restricted (422), no concern on it is open (409).
     */
    @Transactional
    public ConcernView raise(ConcernController.RaiseConcern body, Caller caller) {
        PartyDirectory.Party party = parties.find(body.raisedBy()).orElseThrow(() -> new InvalidInputException("raisedBy",
                "unknown State Party or organisation " + body.raisedBy()));
        if (!speaksFor(caller, party.code()) && !caller.isCaseworker()) {
            throw ConcernProblem.forbidden("raisedBy", "you may raise concerns only for the party you represent");
        }
        RequestFacts request = subjects.request(body.requestId()).orElse(null);
        ConcernEligibility.Verdict verdict = ConcernEligibility.check(party.code(), request);
        if (!verdict.isAdmissible()) {
            throw verdict.refusal() == ConcernEligibility.Refusal.NO_RESTRICTION
                    ? ConcernProblem.unprocessable("requestId", verdict.message())
                    : ConcernProblem.forbidden("requestId", verdict.message());
        }
        if (concerns.hasOpenConcern(body.requestId())) {
            throw openConcern(body.requestId());
        }
        String id = references.next("CON");
        Instant now = clock.instant();
        try {
            concerns.insert(new ConcernRecord(id, party.code(), body.requestId(), verdict.subject(), body.statement().strip(),
                    ConcernStatus.RAISED, caller.userId(), null, null, false, null, now, now));
        } catch (DuplicateKeyException raisedAtTheSameTime) {
            throw openConcern(body.requestId());
        }
        journal.record(id, ConcernStatus.RAISED, ConcernStep.RAISED, null, null);
        String group = group(party);
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_ID, id, Variables.createVariables()
                .putValue(VAR_RAISED_BY, party.code()).putValue(VAR_PARTY_GROUP, group)
                .putValue(VAR_REQUEST_ID, body.requestId()).putValue(VAR_STATUS, ConcernStatus.RAISED.name()));
        caseAccess.grant(instance.getId(), group);
        return view(id);
    }

    @Transactional(readOnly = true)
    public ConcernView find(String id, Caller caller) {
        return view(visible(id, caller).id());
    }

    @Transactional(readOnly = true)
    public List<ConcernView> list(ConcernStatus status, Caller caller) {
        List<String> raisedBy = caller.isSecretariat() ? null : partyCodes(caller);
        return concerns.list(raisedBy, status).stream().map(c -> view(c.id())).toList();
    }

    /**
     * A party's position completes its own {@code submitPosition} task (the very task of its Tasklist, whose listener
     * and delegate validate and record it); the secretariat's is recorded directly, by the same recorder.
     */
    @Transactional
    public ConcernView addPosition(String id, String statement, Caller caller) {
        // another party's concern answers like a missing one (security.CaseVisibilityFirst does so before the body)
        ConcernRecord concern = visible(id, caller);
        boolean party = speaksFor(caller, concern.raisedBy());
        String problem = ConcernRules.textProblem(statement);
        if (problem != null) {
            throw new InvalidInputException("statement", problem);
        }
        concerns.findForUpdate(id);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(TASK_SUBMIT_POSITION)
                .singleResult();
        if (task == null) {
            throw ConcernProblem.conflict("id", "concern " + id + " is not in consultation (status " + concern.status() + ")");
        }
        if (party) {
            TaskCompletion.complete(tasks, task.getId(), Variables.createVariables().putValue(VAR_POSITION_STATEMENT, statement));
        } else {
            positions.record(id, ConcernPositions.SECRETARIAT, statement);
        }
        return view(id);
    }

    private ConcernRecord visible(String id, Caller caller) {
        return concerns.find(id).filter(c -> caller.isSecretariat() || speaksFor(caller, c.raisedBy()))
                .orElseThrow(() -> new NotFoundException("No concern " + id));
    }

    private ConcernView view(String id) {
        ConcernRecord concern = concerns.find(id).orElseThrow(() -> new NotFoundException("No concern " + id));
        return ConcernView.of(concern, concerns.history(id), concerns.positions(id));
    }

    private static RuntimeException openConcern(String requestId) {
        return ConcernProblem.conflict("requestId", "a concern about request " + requestId + " is already open");
    }

    /** A State Party through {@code sp-<ISO3>}, an organisation through {@code org-<CODE>}. */
    static boolean speaksFor(Caller caller, String partyCode) {
        return caller.represents(partyCode) || caller.groups().contains(Caller.ORGANISATION_GROUP_PREFIX + partyCode);
    }

    static List<String> partyCodes(Caller caller) {
        return caller.groups().stream().filter(g -> g.startsWith(Caller.STATE_GROUP_PREFIX) || g.startsWith(Caller.ORGANISATION_GROUP_PREFIX))
                .map(g -> g.substring(g.indexOf('-') + 1)).sorted().toList();
    }

    private static String group(PartyDirectory.Party party) {
        return (party.kind() == PartyDirectory.Party.Kind.STATE_PARTY ? Caller.STATE_GROUP_PREFIX
                : Caller.ORGANISATION_GROUP_PREFIX) + party.code();
    }
}
