package org.bwc.articlex.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} for submissions: the same key from the same caller returns the first response and
 * creates nothing. The key is stored in the submission's own transaction; when two submissions with one key
 * race, the loser's transaction fails on the key's primary key, rolls back whole, and the loser answers with
 * the winner's response.
 */
@Component
class IdempotentSubmissions {

    private static final int WAIT_FOR_WINNER_MILLIS = 15_000;

    private final RequestService service;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    IdempotentSubmissions(RequestService service, JdbcClient jdbc, ObjectMapper json, Clock clock,
            PlatformTransactionManager transactions) {
        this.service = service;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    RequestView submit(SubmitRequest body, String key, Caller caller) {
        if (key == null) {
            return service.submit(body, caller);
        }
        if (key.isBlank() || key.length() > 128) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 128 characters");
        }
        String fingerprint = fingerprint(body);
        Optional<RequestView> earlier = earlierResponse(caller, key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> {
                RequestView view = service.submit(body, caller);
                jdbc.sql("""
                        INSERT INTO idempotency_record (caller, idempotency_key, fingerprint, resource_id, response_body, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(caller.userId(), key, fingerprint, view.id(), write(view), clock.instant().atOffset(ZoneOffset.UTC))
                        .update();
                return view;
            });
        } catch (DataAccessException lostTheRace) {
            return awaitWinner(caller, key, fingerprint, lostTheRace);
        }
    }

    private RequestView awaitWinner(Caller caller, String key, String fingerprint, DataAccessException cause) {
        long deadline = System.currentTimeMillis() + WAIT_FOR_WINNER_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<RequestView> winner = earlierResponse(caller, key, fingerprint);
            if (winner.isPresent()) {
                return winner.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw cause;
    }

    private Optional<RequestView> earlierResponse(Caller caller, String key, String fingerprint) {
        return jdbc.sql("SELECT fingerprint, response_body FROM idempotency_record WHERE caller = ? AND idempotency_key = ?")
                .params(caller.userId(), key)
                .query((rs, n) -> {
                    if (!fingerprint.equals(rs.getString("fingerprint"))) {
                        throw new InvalidInputException("Idempotency-Key",
                                "was already used for a different request body; use a new key for a new request");
                    }
                    return read(rs.getString("response_body"));
                })
                .optional();
    }

    private String fingerprint(SubmitRequest body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RequestView read(String body) {
        try {
            return json.readValue(body, RequestView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response is unreadable", e);
        }
    }
}
