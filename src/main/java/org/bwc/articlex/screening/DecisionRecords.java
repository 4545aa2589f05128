package org.bwc.articlex.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code decision_record} and {@code item_precedent} tables. */
@Repository
public class DecisionRecords implements Precedents {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    DecisionRecords(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    long record(String requestId, DecisionKind kind, String outcome, List<String> rules, Object inputs, Object findings,
            String justification, String legalGround, String decidedBy, String referenceVersion) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO decision_record (request_id, kind, outcome, rule_ids, inputs, findings, justification,
                    legal_ground, decided_by, decided_at, reference_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, kind.name(), outcome, String.join(",", rules), write(inputs), write(findings),
                        justification, legalGround, decidedBy, clock.instant().atOffset(ZoneOffset.UTC), referenceVersion)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The outcomes of {@code kinds} for several requests in one query, oldest first per request. */
    public Map<String, List<DecisionOutcome>> outcomes(Collection<String> requestIds, Set<DecisionKind> kinds) {
        Map<String, List<DecisionOutcome>> outcomes = new HashMap<>();
        if (requestIds.isEmpty() || kinds.isEmpty()) {
            return outcomes;
        }
        List<Object> params = new ArrayList<>(requestIds);
        kinds.forEach(kind -> params.add(kind.name()));
        jdbc.sql("SELECT request_id, kind, outcome, decided_at FROM decision_record WHERE request_id IN ("
                        + String.join(", ", Collections.nCopies(requestIds.size(), "?")) + ") AND kind IN ("
                        + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ") ORDER BY request_id, id")
                .params(params)
                .query(rs -> {
                    outcomes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DecisionOutcome(
                            DecisionKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                });
        return outcomes;
    }

    public List<DecisionRecord> forRequest(String requestId) {
        return jdbc.sql("SELECT * FROM decision_record WHERE request_id = ? ORDER BY id").param(requestId)
                .query(this::row).list();
    }

    /** The latest record of a kind for each of the given requests, in one query. */
    Map<String, DecisionRecord> latest(Collection<String> requestIds, DecisionKind kind) {
        Map<String, DecisionRecord> latest = new LinkedHashMap<>();
        if (requestIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("SELECT * FROM decision_record WHERE kind = ? AND request_id IN ("
                        + String.join(", ", Collections.nCopies(requestIds.size(), "?")) + ") ORDER BY id")
                .params(concat(kind.name(), requestIds))
                .query(this::row).list()
                .forEach(record -> latest.put(record.requestId(), record));
        return latest;
    }

    Optional<DecisionRecord> latest(String requestId, DecisionKind kind) {
        return Optional.ofNullable(latest(List.of(requestId), kind).get(requestId));
    }

    <T> T findings(DecisionRecord record, Class<T> type) {
        return json.convertValue(record.findings(), type);
    }

    void recordPrecedents(String requestId, List<ItemFinding> finalItems) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (ItemFinding item : finalItems) {
            jdbc.sql("INSERT INTO item_precedent (item_class_key, outcome, request_id, decided_at) VALUES (?, ?, ?, ?)")
                    .params(ArticleXBalancePolicy.itemClassKey(item), item.outcome().name(), requestId, now).update();
        }
    }

    @Override
    public Optional<ScreeningOutcome> outcomeFor(String itemClassKey) {
        return jdbc.sql("SELECT outcome FROM item_precedent WHERE item_class_key = ? ORDER BY id DESC LIMIT 1")
                .param(itemClassKey).query(String.class).optional().map(ScreeningOutcome::valueOf);
    }

    private DecisionRecord row(ResultSet rs, int n) throws SQLException {
        String rules = rs.getString("rule_ids");
        OffsetDateTime at = rs.getObject("decided_at", OffsetDateTime.class);
        return new DecisionRecord(rs.getLong("id"), rs.getString("request_id"), DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("outcome"), rules == null || rules.isEmpty() ? List.of() : Arrays.asList(rules.split(",")),
                read(rs.getString("inputs")), read(rs.getString("findings")), rs.getString("justification"),
                rs.getString("legal_ground"), rs.getString("decided_by"), at == null ? null : at.toInstant(),
                rs.getString("reference_version"));
    }

    private static Object[] concat(String first, Collection<String> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        int i = 1;
        for (String value : rest) {
            all[i++] = value;
        }
        return all;
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object read(String value) {
        try {
            return value == null ? null : json.readValue(value, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable decision record", e);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
