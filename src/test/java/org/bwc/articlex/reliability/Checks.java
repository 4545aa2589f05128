package org.bwc.articlex.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the database of a run says once it has settled: notifications by e-mail state, incidents, jobs that are due
 * and not done, jobs locked by a node that is gone. Read with plain JDBC from the test's PostgreSQL server.
 */
public final class Checks {

    private final PgServer pg;
    private final String database;

    public Checks(PgServer pg, String database) {
        this.pg = pg;
        this.database = database;
    }

    public long notifications() {
        return pg.count(database, "SELECT count(*) FROM notification");
    }

    public long notifications(String emailState) {
        return pg.count(database, "SELECT count(*) FROM notification WHERE email_state = '" + emailState + "'");
    }

    public long incidents() {
        return pg.count(database, "SELECT count(*) FROM act_ru_incident");
    }

    /** Jobs due now with retries left: work the job executor has not done (yet). */
    public long dueJobs() {
        return pg.count(database, "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1"
                + " AND (duedate_ IS NULL OR duedate_ <= now())");
    }

    /** Jobs whose retries are used up (each has an incident). */
    public long failedJobs() {
        return pg.count(database, "SELECT count(*) FROM act_ru_job WHERE retries_ = 0");
    }

    /** Jobs locked by a node whose lock has expired: left by a node that died. */
    public long expiredLocks() {
        return pg.count(database, "SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL AND lock_exp_time_ < now()");
    }

    /** Requests in the project's table, and the assistance-request instances (running or ended) that carry one. */
    public long requests() {
        return pg.count(database, "SELECT count(*) FROM assistance_request");
    }

    public long requestInstances() {
        return pg.count(database, "SELECT count(DISTINCT business_key_) FROM act_hi_procinst WHERE proc_def_key_ = 'assistance-request'");
    }

    /** Requests with no process instance, or instances with no request: a half-written case. */
    public long halfWrittenCases() {
        return pg.count(database, "SELECT count(*) FROM assistance_request r WHERE NOT EXISTS (SELECT 1 FROM act_hi_procinst p"
                + " WHERE p.proc_def_key_ = 'assistance-request' AND p.business_key_ = r.id)")
                + pg.count(database, "SELECT count(*) FROM act_hi_procinst p WHERE p.proc_def_key_ = 'assistance-request'"
                + " AND NOT EXISTS (SELECT 1 FROM assistance_request r WHERE r.id = p.business_key_)");
    }

    /** Waits until no job is due and no notification is pending: the system has caught up. */
    public void awaitSettled(Duration patience) {
        Reliability.await("no due job and no pending notification", patience,
                () -> dueJobs() == 0 && notifications("PENDING") == 0);
    }

    public List<Map<String, Object>> rows(String sql) {
        return pg.query(database, sql);
    }
}
