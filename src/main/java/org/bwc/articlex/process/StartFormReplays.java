package org.bwc.articlex.process;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.FormValidationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A start form submitted again with the same answers by the same user within {@link #WINDOW} — a double click, a
 * browser's resubmission, a replayed request — is refused naming the case the first submission registered, instead of
 * registering the case twice (docs/security.md, "Start forms"). Only accepted submissions count: the record is
 * written in the submission's own transaction, so a refused one leaves none. Two identical submissions racing meet on
 * the record's primary key; the second is refused.
 */
@Component
class StartFormReplays {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String FIELD = "form";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StartFormReplays(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** Claims these answers for this user, or refuses them as a replay of an accepted submission. */
    String claim(String caller, String processDefinitionKey, VariableMap answers) {
        String fingerprint = fingerprint(processDefinitionKey, answers);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<Earlier> earlier = jdbc.query("SELECT business_key, submitted_at FROM start_form_submission "
                + "WHERE caller = ? AND fingerprint = ? FOR UPDATE",
                (row, n) -> new Earlier(row.getString(1), row.getObject(2, OffsetDateTime.class)), caller, fingerprint);
        if (earlier.isEmpty()) {
            try {
                jdbc.update("INSERT INTO start_form_submission (caller, fingerprint, process_definition_key, submitted_at) "
                        + "VALUES (?, ?, ?, ?)", caller, fingerprint, processDefinitionKey, now);
            } catch (DuplicateKeyException racing) {
                throw replay("the same answers are being registered by another submission of yours at this moment");
            }
            return fingerprint;
        }
        Earlier first = earlier.get(0);
        if (first.at().isAfter(now.minus(WINDOW))) {
            throw replay("the same answers were registered at " + TIME.format(first.at().withOffsetSameInstant(ZoneOffset.UTC))
                    + (first.reference() == null ? "" : " as " + first.reference()) + "; a second identical submission within "
                    + WINDOW.toMinutes() + " minutes is taken for a repeat and refused — change the title to register another");
        }
        jdbc.update("UPDATE start_form_submission SET submitted_at = ?, business_key = NULL, process_definition_key = ? "
                + "WHERE caller = ? AND fingerprint = ?", now, processDefinitionKey, caller, fingerprint);
        return fingerprint;
    }

    /** The case the claimed submission registered, for the message of a later repeat. */
    void registered(String caller, String fingerprint, String businessKey) {
        jdbc.update("UPDATE start_form_submission SET business_key = ? WHERE caller = ? AND fingerprint = ?",
                businessKey, caller, fingerprint);
    }

    /** The process and every answer by name, in name order: the same answers give the same fingerprint. */
    static String fingerprint(String processDefinitionKey, VariableMap answers) {
        Map<String, String> sorted = new TreeMap<>();
        answers.forEach((name, value) -> sorted.put(name, String.valueOf(value)));
        StringBuilder text = new StringBuilder(processDefinitionKey);
        sorted.forEach((name, value) -> text.append('\u0000').append(name).append('\u0000').append(value));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private record Earlier(String reference, OffsetDateTime at) {
    }

    private static FormValidationException replay(String message) {
        return new FormValidationException(List.of(new FieldProblem(FIELD, message)));
    }
}
