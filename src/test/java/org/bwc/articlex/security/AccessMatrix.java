package org.bwc.articlex.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call what: every {@code /api} endpoint and the main {@code /engine-rest} resources (those Tasklist and
 * Cockpit use), with the status each role gets. Placeholders in paths and bodies: {@code {ken}}, {@code {kenPi}},
 * {@code {kenTask}} (Kenya's request, its process instance, its open clarification task), {@code {uga}},
 * {@code {ugaPi}}, {@code {ugaTask}} (Uganda's request under review), {@code {filter}} (the shared Tasklist filter),
 * {@code {self}} (the calling user). A row whose expected status is a success and that changes the case runs on a
 * fresh case of the same kind; 0 means "not exercised" (an administrator's destructive call that would corrupt the
 * shared fixture; administrators may do anything).
 */
final class AccessMatrix {

    static final List<String> USERS = List.of("anonymous", "caseworker", "manager", "admin", "ken-ncp", "uga-ncp", "who-focal");

    /** One endpoint: method, path, body, whether it changes a case, and the status per user in {@link #USERS} order. */
    record Call(String method, String path, Object body, boolean changesCase, String requiredMapping, int... expected) {

        int expectedFor(String user) {
            return expected[USERS.indexOf(user)];
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Call get(String path, int... expected) {
        return new Call("GET", path, null, false, null, expected);
    }

    private static Call post(String path, Object body, int... expected) {
        return new Call("POST", path, body, false, null, expected);
    }

    private static Call start(String process) {
        return post("/engine-rest/process-definition/key/" + process + "/start",
                Map.of("businessKey", "REQ-2000-0001", "variables", Map.of("stateCode", Map.of("value", "KEN"))),
                401, 403, 403, 0, 403, 403, 403);
    }

    private static Call submitForm(String process) {
        return post("/engine-rest/process-definition/key/" + process + "/submit-form", Map.of(),
                401, 403, 403, 0, 403, 403, 403);
    }

    private static Call change(String method, String path, Object body, int... expected) {
        return new Call(method, path, body, true, null, expected);
    }

    /** An endpoint of a feature that may not have landed yet: exercised only when its controller exists. */
    private static Call ifPresent(String mapping, Call call) {
        return new Call(call.method(), call.path(), call.body(), call.changesCase(), mapping, call.expected());
    }

    private static final Map<String, Object> ANSWER = Map.of("answer", "Matrix answer");
    private static final Map<String, Object> WITHDRAWAL = Map.of("reason", "Matrix withdrawal");
    private static final Map<String, Object> FOLLOW_UP = Map.of("lastingImpact", "Matrix impact", "equipmentInUse", "YES",
            "staffInPost", "YES", "staffCount", 3);
    /** A complete report for a year whose reports were never opened (422 for the State itself). */
    static final Map<String, Object> NATIONAL_REPORT_1999 = Map.of("year", 1999, "policy", "Matrix policy",
            "assistanceGiven", "None", "assistanceReceived", "None", "needsOutstanding", "None", "obstacles", "None");

    private static Map<String, Object> variables(String name, Object value) {
        return Map.of("variables", Map.of(name, Map.of("value", value)));
    }

    //                                                         anon  cw   mgr  adm  KEN  UGA  WHO
    static List<Call> calls() {
        return List.of(
                // --- the project's API -------------------------------------------------------------------------
                get("/api/states",                                     401, 200, 200, 200, 200, 200, 200),
                get("/api/categories",                                 401, 200, 200, 200, 200, 200, 200),
                get("/api/requests",                                   401, 200, 200, 200, 200, 200, 200),
                get("/api/requests?state=KEN&size=100",                401, 200, 200, 200, 200, 200, 200),
                get("/api/requests/{ken}",                             401, 200, 200, 200, 200, 404, 404),
                get("/api/requests/{uga}",                             401, 200, 200, 200, 404, 200, 404),
                ifPresent("/api/requests/{id}/decisions",
                        get("/api/requests/{ken}/decisions",           401, 200, 200, 200, 200, 404, 404)),
                new Call("POST", "/api/requests", "KEN_REQUEST", false, null,
                                                                       401, 201, 403, 403, 201, 403, 403),
                change("POST", "/api/requests/{ken}/clarification", ANSWER,
                                                                       401, 202, 403, 403, 202, 404, 404),
                change("POST", "/api/requests/{ken}/withdrawal", WITHDRAWAL,
                                                                       401, 202, 403, 403, 202, 404, 404),
                // consent to circulation: the requesting State, or a caseworker on its behalf; 404 before the body
                change("PUT", "/api/requests/{ken}/circulation", Map.of("circulation", "NAMED_PROVIDERS", "providers", List.of("WHO")),
                                                                       401, 200, 403, 403, 200, 404, 404),
                change("PUT", "/api/requests/{ken}/circulation", Map.of("circulation", 7, "providers", "x"),
                                                                       401, 400, 400, 400, 400, 404, 404),
                ifPresent("/api/states/{iso3}/notifications",
                        get("/api/states/KEN/notifications",           401, 200, 200, 200, 200, 403, 403)),
                ifPresent("/api/organisations/{code}/notifications",
                        get("/api/organisations/WHO/notifications",    401, 200, 200, 200, 403, 403, 200)),
                ifPresent("/api/notifications",
                        get("/api/notifications",                      401, 200, 200, 200, 403, 403, 403)),
                ifPresent("/api/metrics/pipeline",
                        get("/api/metrics/pipeline",                   401, 403, 200, 200, 403, 403, 403)),
                ifPresent("/api/offers",
                        get("/api/offers",                             401, 200, 200, 200, 200, 200, 200)),
                ifPresent("/api/concerns",
                        get("/api/concerns",                           401, 200, 200, 200, 200, 200, 200)),
                // a concern about Kenya's request raised as Uganda: another party's case for everyone
                ifPresent("/api/concerns",
                        post("/api/concerns", Map.of("raisedBy", "UGA", "requestId", "{ken}", "statement", "Matrix concern"),
                                                                       401, 403, 403, 403, 403, 403, 403)),
                // a case the caller may not see is 404 before the body or the case's state is looked at
                ifPresent("/api/requests/{id}/offer-response",
                        post("/api/requests/{ken}/offer-response", Map.of("offerId", "OF-00001", "accepted", true),
                                                                       401, 409, 409, 409, 409, 404, 404)),
                ifPresent("/api/requests/{id}/completion-report",
                        post("/api/requests/{ken}/completion-report", Map.of("summary", "Matrix", "beneficiaries", 1),
                                                                       401, 403, 403, 403, 409, 404, 404)),
                ifPresent("/api/requests/{id}/completion-report",
                        get("/api/requests/{ken}/completion-report",   401, 200, 200, 200, 200, 404, 404)),
                ifPresent("/api/requests/{id}/implementation",
                        post("/api/requests/{ken}/implementation", Map.of("event", "STARTED"),
                                                                         401,   0,   0,   0,   0, 404, 404)),
                // concerns: another party's concern, or none, is 404 before the body is read
                ifPresent("/api/concerns/{id}",
                        get("/api/concerns/CON-2000-99999",            401, 404, 404, 404, 404, 404, 404)),
                ifPresent("/api/concerns/{id}/positions",
                        post("/api/concerns/CON-2000-99999/positions", Map.of("statement", "Matrix position"),
                                                                       401, 404, 404, 404, 404, 404, 404)),
                ifPresent("/api/concerns/{id}/positions",
                        post("/api/concerns/CON-2000-99999/positions", Map.of("statement", 7, "extra", true),
                                                                       401, 404, 404, 404, 404, 404, 404)),
                // follow-up a year on: the parties answer (no task open yet: 409), the secretariat may not (403)
                ifPresent("/api/requests/{id}/follow-up",
                        post("/api/requests/{ken}/follow-up", FOLLOW_UP,
                                                                       401, 403, 403, 403, 409, 404, 404)),
                ifPresent("/api/requests/{id}/follow-up",
                        post("/api/requests/{ken}/follow-up", Map.of("lastingImpact", 1, "unknown", "x"),
                                                                       401, 403, 403, 403, 400, 404, 404)),
                ifPresent("/api/requests/{id}/follow-on-draft",
                        get("/api/requests/{ken}/follow-on-draft",     401, 409, 409, 409, 409, 404, 404)),
                ifPresent("/api/metrics/follow-up",
                        get("/api/metrics/follow-up",                  401, 403, 200, 200, 403, 403, 403)),
                // national reports: keyed by State; another State's is 403 before a parameter, the body or the year
                ifPresent("/api/states/{iso3}/national-reports",
                        get("/api/states/KEN/national-reports?year=1999", 401, 422, 422, 422, 422, 403, 403)),
                ifPresent("/api/states/{iso3}/national-reports",
                        get("/api/states/KEN/national-reports",        401, 400, 400, 400, 400, 403, 403)),
                ifPresent("/api/states/{iso3}/national-reports",
                        get("/api/states/KEN/national-reports?year=next", 401, 400, 400, 400, 400, 403, 403)),
                ifPresent("/api/states/{iso3}/national-reports",
                        post("/api/states/KEN/national-reports", Map.of(), 401, 403, 403, 403, 400, 403, 403)),
                ifPresent("/api/states/{iso3}/national-reports",
                        post("/api/states/KEN/national-reports", NATIONAL_REPORT_1999,
                                                                       401, 403, 403, 403, 422, 403, 403)),
                ifPresent("/api/states/{iso3}/national-reports",
                        post("/api/states/KEN/national-reports?replace=perhaps", NATIONAL_REPORT_1999,
                                                                       401, 400, 400, 400, 400, 403, 403)),
                ifPresent("/api/states/{iso3}/national-reports",
                        post("/api/states/ZZZ/national-reports", Map.of(), 401, 404, 404, 404, 403, 403, 403)),
                ifPresent("/api/metrics/reports",
                        get("/api/metrics/reports?year=1999",          401, 403, 422, 422, 403, 403, 403)),
                ifPresent("/api/metrics/reports",
                        get("/api/metrics/reports?year=1999&format=csv", 401, 403, 422, 422, 403, 403, 403)),
                ifPresent("/api/metrics/reports",
                        get("/api/metrics/reports",                    401, 403, 400, 400, 403, 403, 403)),
                // funding of a request that has not reached funding; pledges that do not exist
                ifPresent("/api/requests/{id}/funding",
                        get("/api/requests/{ken}/funding",             401, 404, 404, 404, 404, 404, 404)),
                ifPresent("/api/requests/{id}/pledges/{pledgeId}/confirmation",
                        post("/api/requests/{ken}/pledges/999999/confirmation", Map.of("confirmed", true),
                                                                       401, 404, 404, 404, 404, 404, 404)),
                ifPresent("/api/requests/{id}/pledges/{pledgeId}/receipt",
                        post("/api/requests/{ken}/pledges/999999/receipt", Map.of("note", "Matrix"),
                                                                       401, 404, 404, 404, 404, 404, 404)),
                post("/api/requests/{ken}/clarification", Map.of(),    401, 400, 400, 400, 400, 404, 404),
                post("/api/requests/REQ-2000-9999/clarification", Map.of(), 401, 404, 404, 404, 404, 404, 404),

                // --- the engine REST API: reading -----------------------------------------------------------------
                get("/engine-rest/process-instance?businessKey={ken}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/process-instance/{kenPi}",           401, 200, 200, 200, 200, 404, 404),
                get("/engine-rest/process-instance/{kenPi}/variables", 401, 200, 200, 200, 403, 403, 403),
                get("/engine-rest/execution?processInstanceId={kenPi}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/task",                               401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/task?processInstanceBusinessKey={ken}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/task/{kenTask}",                     401, 200, 200, 200, 200, 404, 404),
                get("/engine-rest/task/{kenTask}/form-variables",      401, 200, 200, 200, 200, 403, 403),
                get("/engine-rest/task/{kenTask}/variables",           401, 200, 200, 200, 200, 403, 403),
                get("/engine-rest/task/{ugaTask}/form-variables",      401, 200, 200, 200, 403, 403, 403),
                get("/engine-rest/task/{kenTask}/identity-links",      401, 200, 200, 200, 200, 403, 403),
                get("/engine-rest/variable-instance?processInstanceIdIn={kenPi}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/job?processInstanceId={kenPi}",      401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/incident",                           401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/history/process-instance?processInstanceBusinessKey={ken}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/history/process-instance?processInstanceBusinessKey={uga}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/history/variable-instance?processInstanceId={kenPi}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/history/task?processInstanceBusinessKey={ken}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/history/activity-instance?processInstanceId={kenPi}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/history/detail?processInstanceId={kenPi}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/history/user-operation?processInstanceId={kenPi}", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/history/user-operation",             401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/filter",                             401, 200, 200, 200, 200, 200, 200),
                post("/engine-rest/filter/{filter}/list", Map.of(),    401, 200, 200, 200, 200, 200, 200),
                post("/engine-rest/filter/{filter}/count", Map.of(),   401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/process-definition?key=assistance-request", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/process-definition/statistics?incidents=true", 401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/deployment",                         401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/authorization",                      401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/user",                               401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/group",                              401, 200, 200, 200, 200, 200, 200),
                get("/engine-rest/identity/groups?userId=ken-ncp",     401, 200, 200, 200, 200, 200, 200),

                // --- the engine REST API: writing (a State acts on its case only through its own tasks or /api) -----
                post("/engine-rest/process-definition/key/assistance-request/start", Map.of(),
                                                                       401, 403, 403,   0, 403, 403, 403),
                // the start forms (process.StartForms): a State's users submit "Request assistance", States' and
                // organisations' users "Offer assistance"; an empty form is refused by the API's rules (400), nothing started
                post("/engine-rest/process-definition/key/assistance-request/submit-form", Map.of(),
                                                                       401, 403, 403,   0, 400, 400, 403),
                post("/engine-rest/process-definition/key/assistance-offer/submit-form", Map.of(),
                                                                       401, 403, 403,   0, 400, 400, 400),
                start("assistance-offer"),
                // every process enters through /api or its parent process, never directly (nor its messages)
                start("article-x-concern"), submitForm("article-x-concern"),
                start("national-report-cycle"), submitForm("national-report-cycle"),
                start("national-report"), submitForm("national-report"),
                start("request-follow-up"), submitForm("request-follow-up"),
                start("offer-response"), submitForm("offer-response"),
                start("request-funding"), submitForm("request-funding"),
                post("/engine-rest/message", Map.of("messageName", "PledgeReceived", "businessKey", "{ken}"),
                                                                       401, 403, 403,   0, 403, 403, 403),
                post("/engine-rest/message", Map.of("messageName", "PledgeConfirmed", "businessKey", "{ken}", "all", true),
                                                                       401, 403, 403,   0, 403, 403, 403),
                post("/engine-rest/message", Map.of("messageName", "RequestWithdrawn", "businessKey", "{ken}"),
                                                                       401, 403, 403,   0, 403, 403, 403),
                // no signal, message or condition from a party, whatever the target,
                // nor from the secretariat (the processes and /api send them): a refusal whatever the target
                post("/engine-rest/message", Map.of("messageName", "RequestWithdrawn", "businessKey", "REQ-2000-9999"),
                                                                       401, 403, 403,   0, 403, 403, 403),
                post("/engine-rest/signal", Map.of("name", "matrix-signal"), 401, 403, 403, 0, 403, 403, 403),
                post("/engine-rest/condition", Map.of("businessKey", "{ken}"), 401, 403, 403, 0, 403, 403, 403),
                post("/engine-rest/message", Map.of("messageName", "ConcernAcknowledged", "all", true),
                                                                       401, 403, 403,   0, 403, 403, 403),
                // nothing filed under another case through one's own task; no attachments, no deployments
                change("POST", "/engine-rest/task/{kenTask}/attachment/create", Map.of("attachmentName", "Matrix", "url", "https://example.org"),
                                                                       401,   0,   0,   0, 403, 403, 403),
                change("POST", "/engine-rest/task/{kenTask}/complete", variables("openNeedEscalationAt", "2000-01-01T00:00:00"),
                                                                       401, 403, 403,   0, 403, 403, 403),
                change("POST", "/engine-rest/task/{kenTask}/complete", variables("clarificationAnswer", "Matrix answer"),
                                                                       401, 403, 403, 204, 204, 403, 403),
                change("POST", "/engine-rest/task/{kenTask}/submit-form", variables("clarificationAnswer", "Matrix answer"),
                                                                       401, 403, 403, 204, 204, 403, 403),
                change("POST", "/engine-rest/task/{kenTask}/claim", Map.of("userId", "{self}"),
                                                                       401, 403, 403, 204, 204, 403, 403),
                change("POST", "/engine-rest/task/{ugaTask}/submit-form", variables("complete", true),
                                                                       401, 204, 403, 204, 403, 403, 403),
                change("PUT", "/engine-rest/task/{kenTask}/variables/stateGroup", Map.of("value", "sp-UGA"),
                                                                       401, 403, 403, 204, 403, 403, 403),
                change("POST", "/engine-rest/task/{kenTask}/bpmnError", Map.of("errorCode", "matrix"),
                                                                       401, 403, 403,   0, 403, 403, 403),
                change("POST", "/engine-rest/task/{kenTask}/identity-links", Map.of("groupId", "sp-UGA", "type", "candidate"),
                                                                       401, 403, 403, 204, 403, 403, 403),
                new Call("PUT", "/engine-rest/group/sp-UGA/members/ken-ncp", null, false, null,
                                                                       401, 403, 403,   0, 403, 403, 403),
                post("/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"), "groupId", "sp-UGA",
                        "resourceType", 8, "resourceId", "*"),          401, 403, 403,   0, 403, 403, 403),
                post("/engine-rest/user/create", Map.of("profile", Map.of("id", "intruder"), "credentials",
                        Map.of("password", "Intruder-2026!")),          401, 403, 403,   0, 403, 403, 403));
    }

    /** Rows that must leave the engine without a new process instance of {@code assistance-request}. */
    static final Set<String> MUST_NOT_START = Set.of("/engine-rest/process-definition/key/assistance-request/start",
            "/engine-rest/process-definition/key/assistance-request/submit-form");

    private AccessMatrix() {
    }
}
