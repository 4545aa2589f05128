package org.bwc.articlex.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code concern}, {@code concern_status_history} and {@code concern_position} tables. */
@Repository
class ConcernRepository {

    record HistoryEntry(ConcernStatus status, String event, Instant at, String by, String note) {
    }

    record Position(String party, String by, String statement, Instant at) {
    }

    private final JdbcClient jdbc;

    ConcernRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a concern on the same request is open */
    void insert(ConcernRecord concern) {
        jdbc.sql("""
                INSERT INTO concern (id, raised_by, request_id, subject, statement, status, raised_by_user, created_at,
                    updated_at, open_request_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(concern.id(), concern.raisedBy(), concern.requestId(), concern.subject().name(),
                        concern.statement(), concern.status().name(), concern.raisedByUser(), utc(concern.createdAt()),
                        utc(concern.updatedAt()), concern.requestId())
                .update();
    }

    Optional<ConcernRecord> find(String id) {
        return jdbc.sql("SELECT * FROM concern WHERE id = ?").param(id).query(this::row).optional();
    }

    /** The row locked until the caller's transaction ends: one step of a concern at a time. */
    Optional<ConcernRecord> findForUpdate(String id) {
        return jdbc.sql("SELECT * FROM concern WHERE id = ? FOR UPDATE").param(id).query(this::row).optional();
    }

    boolean hasOpenConcern(String requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM concern WHERE open_request_id = ?").param(requestId)
                .query(Integer.class).single() > 0;
    }

    /** @param parties the raising parties to list, or null for every concern */
    List<ConcernRecord> list(List<String> parties, ConcernStatus status) {
        if (parties != null && parties.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM concern WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (parties != null) {
            sql.append(" AND raised_by IN (").append(String.join(", ", Collections.nCopies(parties.size(), "?"))).append(')');
            params.addAll(parties);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT 500");
        return jdbc.sql(sql.toString()).params(params).query(this::row).list();
    }

    void updateStatus(String id, ConcernStatus status, Instant at) {
        jdbc.sql("UPDATE concern SET status = ?, updated_at = ?, open_request_id = "
                        + (status.isOpen() ? "open_request_id" : "NULL") + " WHERE id = ?")
                .params(status.name(), utc(at), id).update();
    }

    void recordOutcome(String id, String resolution, String mspSummary, boolean reopened) {
        jdbc.sql("UPDATE concern SET resolution = ?, msp_summary = ?, balance_review_reopened = ? WHERE id = ?")
                .params(resolution, mspSummary, reopened, id).update();
    }

    void recordConsultationEnd(String id, Instant endsAt) {
        jdbc.sql("UPDATE concern SET consultation_ends_at = ? WHERE id = ?").params(utc(endsAt), id).update();
    }

    void addHistory(String id, ConcernStatus status, String event, Instant at, String by, String note) {
        jdbc.sql("INSERT INTO concern_status_history (concern_id, status, event, changed_at, by_user, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, status.name(), event, utc(at), by, note).update();
    }

    List<HistoryEntry> history(String id) {
        return jdbc.sql("SELECT status, event, changed_at, by_user, note FROM concern_status_history WHERE concern_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new HistoryEntry(ConcernStatus.valueOf(rs.getString("status")), rs.getString("event"),
                        instant(rs, "changed_at"), rs.getString("by_user"), rs.getString("note")))
                .list();
    }

    void addPosition(String id, String party, String by, String statement, Instant at) {
        jdbc.sql("INSERT INTO concern_position (concern_id, party, by_user, statement, submitted_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, party, by, statement, utc(at)).update();
    }

    List<Position> positions(String id) {
        return jdbc.sql("SELECT party, by_user, statement, submitted_at FROM concern_position WHERE concern_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new Position(rs.getString("party"), rs.getString("by_user"), rs.getString("statement"),
                        instant(rs, "submitted_at")))
                .list();
    }

    private ConcernRecord row(ResultSet rs, int n) throws SQLException {
        return new ConcernRecord(rs.getString("id"), rs.getString("raised_by"), rs.getString("request_id"),
                ConcernSubject.valueOf(rs.getString("subject")), rs.getString("statement"),
                ConcernStatus.valueOf(rs.getString("status")), rs.getString("raised_by_user"), rs.getString("resolution"),
                rs.getString("msp_summary"), rs.getBoolean("balance_review_reopened"), instant(rs, "consultation_ends_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
