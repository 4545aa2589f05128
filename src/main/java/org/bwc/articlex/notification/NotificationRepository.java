package org.bwc.articlex.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification} table. */
@Repository
class NotificationRepository {

    private static final String SELECT = """
            SELECT id, recipient_party, recipient_address, case_id, case_title, event, status, subject, message, note,
                   deadline, created_at, email_state, attempts, last_error, sent_at, language, outcome, message_key, message_args
            FROM notification""";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notification n) {
        jdbc.sql("""
                INSERT INTO notification (id, recipient_party, recipient_address, case_id, case_title, event, status,
                    subject, message, note, deadline, created_at, email_state, attempts, last_error, sent_at, language, outcome,
                    message_key, message_args)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.id(), n.recipientParty(), n.recipientAddress(), n.caseId(), n.caseTitle(), n.event(), n.status(),
                        n.subject(), n.message(), n.note(), utc(n.deadline()), utc(n.createdAt()), n.emailState().name(),
                        n.attempts(), n.lastError(), utc(n.sentAt()), n.language(), n.outcome(), n.messageKey(), n.messageArgs())
                .update();
    }

    Optional<Notification> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(NotificationRepository::notification).optional();
    }

    /** Locks the row until the transaction ends: two re-sends of one notification never interleave. */
    Optional<Notification> findForUpdate(String id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(NotificationRepository::notification).optional();
    }

    /** Oldest first; {@code since} inclusive, so a client polling with the last createdAt it saw dedupes by id. */
    List<Notification> feed(String party, Instant since, EmailState state, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (party != null) {
            where.append(" AND recipient_party = ?");
            params.add(party);
        }
        if (since != null) {
            where.append(" AND created_at >= ?");
            params.add(utc(since));
        }
        if (state != null) {
            where.append(" AND email_state = ?");
            params.add(state.name());
        }
        params.add(limit);
        return jdbc.sql(SELECT + where + " ORDER BY created_at, seq LIMIT ?").params(params)
                .query(NotificationRepository::notification).list();
    }

    /**
     * Locks, oldest first, the notifications of {@code n}'s case and recipient that are still PENDING and were created
     * no later than {@code n} (itself included), and returns their ids in that order. Always locking in {@code seq}
     * order (unique, the insertion order; {@code created_at} can tie) means two deliveries of one case never deadlock:
     * the later one waits for the earlier's row, the earlier one never reaches for a later row.
     */
    List<String> lockPendingUpTo(Notification n) {
        return jdbc.sql("""
                SELECT id FROM notification
                WHERE case_id = ? AND recipient_party = ? AND email_state = 'PENDING'
                  AND seq <= (SELECT own.seq FROM notification own WHERE own.id = ?)
                ORDER BY seq FOR UPDATE""")
                .params(n.caseId(), n.recipientParty(), n.id()).query(String.class).list();
    }

    /** A party's latest notifications, newest first. */
    List<Notification> latest(String party, int limit) {
        return jdbc.sql(SELECT + " WHERE recipient_party = ? ORDER BY created_at DESC, seq DESC LIMIT ?").params(party, limit)
                .query(NotificationRepository::notification).list();
    }

    List<Notification> forCase(String caseId) {
        return jdbc.sql(SELECT + " WHERE case_id = ? ORDER BY seq").param(caseId).query(NotificationRepository::notification).list();
    }

    /** The SMTP server accepted the message. */
    int markSent(String id, Instant at) {
        return jdbc.sql("""
                UPDATE notification SET email_state = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL
                WHERE id = ? AND email_state <> 'SENT'""")
                .params(utc(at), id).update();
    }

    long countFailed() {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE email_state = 'FAILED'").query(Long.class).single();
    }

    /** An attempt failed; whether it is retried is the job's business. */
    int recordFailedAttempt(String id, String error) {
        return jdbc.sql("UPDATE notification SET attempts = attempts + 1, last_error = ? WHERE id = ? AND email_state <> 'SENT'")
                .params(truncate(error), id).update();
    }

    int markFailed(String id, String reason) {
        return jdbc.sql("UPDATE notification SET email_state = 'FAILED', last_error = ? WHERE id = ? AND email_state <> 'SENT'")
                .params(truncate(reason), id).update();
    }

    /** Back in the queue for a re-send, to the party's current address. */
    int requeue(String id, String recipientAddress) {
        return jdbc.sql("UPDATE notification SET email_state = 'PENDING', recipient_address = ? WHERE id = ? AND email_state <> 'SENT'")
                .params(recipientAddress, id).update();
    }

    /** The incident of a failed delivery was resolved (retries set again, e.g. in Cockpit): pending again. */
    int markPendingIfFailed(String id) {
        return jdbc.sql("UPDATE notification SET email_state = 'PENDING' WHERE id = ? AND email_state = 'FAILED'")
                .param(id).update();
    }

    static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getString("id"), rs.getString("recipient_party"), rs.getString("recipient_address"),
                rs.getString("case_id"), rs.getString("case_title"), rs.getString("event"), rs.getString("status"),
                rs.getString("subject"), rs.getString("message"), rs.getString("note"), instant(rs, "deadline"),
                instant(rs, "created_at"), EmailState.valueOf(rs.getString("email_state")), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "sent_at"), rs.getString("language"), rs.getString("outcome"),
                rs.getString("message_key"), rs.getString("message_args"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
