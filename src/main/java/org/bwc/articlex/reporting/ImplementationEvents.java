package org.bwc.articlex.reporting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code implementation_event} table: the start and the completion of a request's implementation, as reported. */
@Repository
class ImplementationEvents {

    record Event(ImplementationEvent event, String note, String reportedBy, Instant reportedAt) {
    }

    private final JdbcClient jdbc;

    ImplementationEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String requestId, ImplementationEvent event, String note, String by, Instant at) {
        jdbc.sql("INSERT INTO implementation_event (request_id, event, note, reported_by, reported_at) VALUES (?, ?, ?, ?, ?)")
                .params(requestId, event.name(), note, by, at.atOffset(ZoneOffset.UTC)).update();
    }

    List<Event> of(String requestId) {
        return jdbc.sql("SELECT event, note, reported_by, reported_at FROM implementation_event WHERE request_id = ? ORDER BY id")
                .param(requestId)
                .query((rs, n) -> new Event(ImplementationEvent.valueOf(rs.getString("event")), rs.getString("note"),
                        rs.getString("reported_by"), rs.getObject("reported_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
