package org.bwc.articlex.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code completion_report} table: every submitted version of a request's completion report, and its review. */
@Repository
class CompletionReports {

    static final String ACCEPTED = "ACCEPTED";
    static final String REVISION_REQUESTED = "REVISION_REQUESTED";

    record Report(int version, String summary, String outcomes, int beneficiaries, String submittedBy,
            Instant submittedAt, String reviewOutcome, String revisionRequest, String reviewedBy, Instant reviewedAt,
            String conditionsMet) {
    }

    private final JdbcClient jdbc;

    CompletionReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new version (1, 2, ...) and returns its number; the request's row lock keeps versions apart. */
    int insert(String requestId, String summary, String outcomes, int beneficiaries, String conditionsMet, String by,
            Instant at) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM completion_report WHERE request_id = ?")
                .param(requestId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO completion_report (request_id, version, summary, outcomes, beneficiaries, conditions_met,
                    submitted_by, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, version, summary, outcomes, beneficiaries, conditionsMet, by, utc(at)).update();
        return version;
    }

    void recordReview(String requestId, int version, boolean accepted, String revisionRequest, String by, Instant at) {
        jdbc.sql("""
                UPDATE completion_report SET review_outcome = ?, revision_request = ?, reviewed_by = ?, reviewed_at = ?
                WHERE request_id = ? AND version = ?""")
                .params(accepted ? ACCEPTED : REVISION_REQUESTED, accepted ? null : revisionRequest, by, utc(at), requestId, version)
                .update();
    }

    List<Report> of(String requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = ? ORDER BY version").param(requestId).query(CompletionReports::report).list();
    }

    Optional<Report> latest(String requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = ? ORDER BY version DESC").param(requestId).query(CompletionReports::report)
                .list().stream().findFirst();
    }

    private static final String SELECT = """
            SELECT version, summary, outcomes, beneficiaries, submitted_by, submitted_at, review_outcome, revision_request,
                   reviewed_by, reviewed_at, conditions_met
            FROM completion_report""";

    private static Report report(ResultSet rs, int n) throws SQLException {
        return new Report(rs.getInt("version"), rs.getString("summary"), rs.getString("outcomes"), rs.getInt("beneficiaries"),
                rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("review_outcome"),
                rs.getString("revision_request"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
                rs.getString("conditions_met"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
