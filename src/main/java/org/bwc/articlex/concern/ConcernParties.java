package org.bwc.articlex.concern;

import java.util.Optional;
import org.bwc.articlex.security.CaseParties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The concern package's answer to "who raised this concern, about which request?": asked before every
 * {@code /api/concerns/{id}} call (security) and when a concern's task is named (tasklist).
 */
@Component
public class ConcernParties implements CaseParties.OfConcerns {

    private final JdbcClient jdbc;

    ConcernParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> raisedBy(String concernId) {
        return jdbc.sql("SELECT raised_by FROM concern WHERE id = ?").param(concernId).query(String.class).optional();
    }

    /** The request the concern is about, or empty when there is no such concern. */
    public Optional<String> requestOf(String concernId) {
        return jdbc.sql("SELECT request_id FROM concern WHERE id = ?").param(concernId).query(String.class).optional();
    }
}
