package org.bwc.articlex.intake;

import java.util.Optional;
import org.bwc.articlex.security.CaseParties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Intake's answer to "whose request is this?", asked before every {@code /api/requests/{id}} call. */
@Component
class RequestParties implements CaseParties.OfRequests {

    private final JdbcClient jdbc;

    RequestParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> requestingState(String requestId) {
        return jdbc.sql("SELECT requesting_state FROM assistance_request WHERE id = ?").param(requestId)
                .query(String.class).optional();
    }
}
