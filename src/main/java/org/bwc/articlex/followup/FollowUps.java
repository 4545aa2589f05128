package org.bwc.articlex.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.intake.RequestSections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code follow_up} table: one row per party of a completed request. */
@Repository
public class FollowUps implements RequestSections.FollowUpSource {

    static final String SCHEDULED = "SCHEDULED";
    static final String ASKED = "ASKED";
    static final String ANSWERED = "ANSWERED";
    static final String LAPSED = "LAPSED";

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void schedule(String requestId, FollowUpRole role, String party, Instant at, Instant due) {
        jdbc.sql("""
                INSERT INTO follow_up (request_id, party_role, party, state, scheduled_at, due_at)
                VALUES (?, ?, ?, 'SCHEDULED', ?, ?)""")
                .params(requestId, role.name(), party, utc(at), utc(due)).update();
    }

    void markAsked(String requestId, Instant at) {
        jdbc.sql("UPDATE follow_up SET state = 'ASKED', asked_at = ? WHERE request_id = ? AND state = 'SCHEDULED'")
                .params(utc(at), requestId).update();
    }

    void answer(String requestId, FollowUpRole role, FollowUpAnswer answer, String by, Instant at) {
        jdbc.sql("""
                UPDATE follow_up SET state = 'ANSWERED', lasting_impact = ?, equipment_in_use = ?, staff_in_post = ?,
                       staff_count = ?, further_needs = ?, answered_by = ?, answered_at = ?
                WHERE request_id = ? AND party_role = ?""")
                .params(answer.lastingImpact(), answer.equipmentInUse(), answer.staffInPost(), answer.staffCount(),
                        answer.furtherNeeds(), by, utc(at), requestId, role.name()).update();
    }

    void lapse(String requestId, FollowUpRole role, Instant at) {
        jdbc.sql("UPDATE follow_up SET state = 'LAPSED', lapsed_at = ? WHERE request_id = ? AND party_role = ? AND state = 'ASKED'")
                .params(utc(at), requestId, role.name()).update();
    }

    Optional<FollowUpView.PartyAnswer> find(String requestId, FollowUpRole role) {
        return jdbc.sql(SELECT + " WHERE request_id = ? AND party_role = ?").params(requestId, role.name())
                .query(FollowUps::row).optional();
    }

    /** The follow-up block of a request, or null while the request is not completed. */
    @Override
    public FollowUpView view(String requestId) {
        List<FollowUpView.PartyAnswer> parties = jdbc.sql(SELECT + " WHERE request_id = ? ORDER BY party_role DESC")
                .param(requestId).query(FollowUps::row).list();
        if (parties.isEmpty()) {
            return null;
        }
        Instant due = jdbc.sql("SELECT MIN(due_at) FROM follow_up WHERE request_id = ?").param(requestId)
                .query((rs, n) -> instant(rs, 1)).single();
        return new FollowUpView(due, parties);
    }

    /** Answers of one party given in a year (for the national report's draft). */
    public long answeredBy(String party, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM follow_up WHERE party = ? AND state = 'ANSWERED' AND answered_at >= ? AND answered_at < ?")
                .params(party, utc(yearStart(year)), utc(yearStart(year + 1))).query(Long.class).single();
    }

    /** "REQ-…: further needs" of every answer of one party in a year that names some (for the national report's draft). */
    public List<String> furtherNeedsNamedBy(String party, int year) {
        return jdbc.sql("""
                SELECT request_id || ': ' || further_needs FROM follow_up
                WHERE party = ? AND state = 'ANSWERED' AND further_needs IS NOT NULL AND answered_at >= ? AND answered_at < ?
                ORDER BY request_id""").params(party, utc(yearStart(year)), utc(yearStart(year + 1))).query(String.class).list();
    }

    /** Counts per state and equipment answer, over the parties asked in {@code year} (all years when null). */
    FollowUpFigures figures(Integer year) {
        String where = year == null ? " WHERE state <> 'SCHEDULED'" : " WHERE state <> 'SCHEDULED' AND asked_at >= ? AND asked_at < ?";
        Object[] params = year == null ? new Object[0] : new Object[] {utc(yearStart(year)), utc(yearStart(year + 1))};
        return jdbc.sql("""
                SELECT COUNT(*),
                       SUM(CASE WHEN state = 'ANSWERED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN state = 'LAPSED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN equipment_in_use = 'YES' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN equipment_in_use = 'NO' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN staff_in_post = 'YES' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN staff_in_post IN ('PARTLY', 'NO') THEN 1 ELSE 0 END)
                FROM follow_up""" + where).params(params)
                .query((rs, n) -> FollowUpFigures.of(year, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7))).single();
    }

    private static final String SELECT = """
            SELECT party_role, party, state, asked_at, lasting_impact, equipment_in_use, staff_in_post, staff_count,
                   further_needs, answered_by, answered_at, lapsed_at
            FROM follow_up""";

    private static FollowUpView.PartyAnswer row(ResultSet rs, int n) throws SQLException {
        int staff = rs.getInt("staff_count");
        return new FollowUpView.PartyAnswer(FollowUpRole.valueOf(rs.getString("party_role")), rs.getString("party"),
                rs.getString("state"), instant(rs, "asked_at"), rs.getString("lasting_impact"), rs.getString("equipment_in_use"),
                rs.getString("staff_in_post"), rs.wasNull() ? null : staff, rs.getString("further_needs"),
                rs.getString("answered_by"), instant(rs, "answered_at"), instant(rs, "lapsed_at"));
    }

    static Instant yearStart(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
