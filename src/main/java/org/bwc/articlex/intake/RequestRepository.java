package org.bwc.articlex.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The request tables: {@code assistance_request}, {@code request_item}, {@code request_status_history}. */
@Repository
public class RequestRepository {

    private static final String SELECT_REQUEST = """
            SELECT id, requesting_state, title, description, category, end_use_statement, end_use_facility,
                   end_use_biosafety_level, estimated_cost_amount, estimated_cost_currency, preferred_language,
                   status, submitted_by, entered_on_behalf, matched_offer_id, created_at, updated_at
            FROM assistance_request""";

    private static final String SELECT_SUMMARY =
            "SELECT id, requesting_state, category, status, title, updated_at FROM assistance_request";

    private final JdbcClient jdbc;

    public RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RequestRecord request, List<SubmitRequest.Item> items) {
        jdbc.sql("""
                INSERT INTO assistance_request (id, requesting_state, title, description, category, end_use_statement,
                    end_use_facility, end_use_biosafety_level, estimated_cost_amount, estimated_cost_currency,
                    preferred_language, status, submitted_by, entered_on_behalf, matched_offer_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(request.id(), request.requestingState(), request.title(), request.description(),
                        request.category().name(), request.endUseStatement(), request.endUseFacility(),
                        request.endUseBiosafetyLevel(), request.estimatedCostAmount(), request.estimatedCostCurrency(),
                        request.preferredLanguage(), request.status().name(), request.submittedBy(),
                        request.enteredOnBehalf(), request.matchedOfferId(), utc(request.createdAt()),
                        utc(request.updatedAt()))
                .update();
        insertItems(request.id(), items);
    }

    void replaceItems(String requestId, List<SubmitRequest.Item> items) {
        jdbc.sql("DELETE FROM request_item WHERE request_id = ?").param(requestId).update();
        insertItems(requestId, items);
    }

    private void insertItems(String requestId, List<SubmitRequest.Item> items) {
        int line = 1;
        for (SubmitRequest.Item item : items) {
            jdbc.sql("""
                    INSERT INTO request_item (request_id, line_no, kind, description, quantity, control_code)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(requestId, line++, item.kind().name(), item.description(), item.quantity(), item.controlCode())
                    .update();
        }
    }

    /** Requests of {@code state} in {@code category} that have not reached a final status. */
    public List<RequestSummary> unfinished(String state, AssistanceCategory category) {
        String finals = java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::isFinal)
                .map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        return jdbc.sql(SELECT_SUMMARY + " WHERE requesting_state = ? AND category = ? AND status NOT IN (" + finals + ")")
                .params(state, category.name()).query(RequestRepository::summary).list();
    }

    /**
     * Requests in {@code status}, of one category or all ({@code null}), of the given States or all ({@code null}).
     */
    public List<RequestSummary> inStatus(RequestStatus status, AssistanceCategory category, Collection<String> states) {
        StringBuilder sql = new StringBuilder(SELECT_SUMMARY).append(" WHERE status = ?");
        List<Object> params = new ArrayList<>(List.of(status.name()));
        if (category != null) {
            sql.append(" AND category = ?");
            params.add(category.name());
        }
        if (states != null) {
            if (states.isEmpty()) {
                return List.of();
            }
            sql.append(" AND requesting_state IN (").append(String.join(", ", java.util.Collections.nCopies(states.size(), "?")))
                    .append(")");
            params.addAll(states);
        }
        return jdbc.sql(sql.toString()).params(params).query(RequestRepository::summary).list();
    }

    /** Matching records the offer a request was matched with (the column is intake's; the match is matching's). */
    public void recordMatchedOffer(String requestId, String offerId, Instant at) {
        jdbc.sql("UPDATE assistance_request SET matched_offer_id = ?, updated_at = ? WHERE id = ?")
                .params(offerId, utc(at), requestId).update();
    }

    /** Clears the matched offer if it is still {@code offerId} (a second release does nothing). */
    public void clearMatchedOffer(String requestId, String offerId, Instant at) {
        jdbc.sql("UPDATE assistance_request SET matched_offer_id = NULL, updated_at = ? WHERE id = ? AND matched_offer_id = ?")
                .params(utc(at), requestId, offerId).update();
    }

    private static RequestSummary summary(ResultSet rs, int row) throws SQLException {
        return new RequestSummary(rs.getString("id"), rs.getString("requesting_state"),
                AssistanceCategory.valueOf(rs.getString("category")), RequestStatus.valueOf(rs.getString("status")),
                rs.getString("title"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Several requests in one query: those of {@code ids} that exist, by id. */
    public Map<String, RequestRecord> findAll(Collection<String> ids) {
        Map<String, RequestRecord> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT_REQUEST + " WHERE id IN (" + placeholders(ids.size()) + ")").params(List.copyOf(ids))
                .query(RequestRepository::request).list().forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** The {@code preferredLanguage} of the State's latest request, or empty when it has made none. */
    public Optional<String> latestPreferredLanguage(String state) {
        return jdbc.sql("SELECT preferred_language FROM assistance_request WHERE requesting_state = ? AND preferred_language IS NOT NULL "
                + "ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY").param(state).query(String.class).optional();
    }

    public Optional<RequestRecord> find(String id) {
        return jdbc.sql(SELECT_REQUEST + " WHERE id = ?").param(id).query(RequestRepository::request).optional();
    }

    /** Locks the row until the transaction ends, so that two status changes of one case never interleave. */
    public Optional<RequestRecord> findForUpdate(String id) {
        return jdbc.sql(SELECT_REQUEST + " WHERE id = ? FOR UPDATE").param(id).query(RequestRepository::request).optional();
    }

    Page<RequestRecord> search(RequestFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.status() != null) {
            where.append(" AND status = ?");
            params.add(filter.status().name());
        }
        if (filter.states() != null) {
            if (filter.states().isEmpty()) {
                return new Page<>(List.of(), page, size, 0);
            }
            where.append(" AND requesting_state IN (").append(placeholders(filter.states().size())).append(')');
            params.addAll(filter.states());
        }
        if (filter.category() != null) {
            where.append(" AND category = ?");
            params.add(filter.category().name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM assistance_request" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<RequestRecord> content = jdbc.sql(SELECT_REQUEST + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(RequestRepository::request).list();
        return new Page<>(content, page, size, total);
    }

    public List<RequestView.ItemView> items(String requestId) {
        return jdbc.sql("SELECT line_no, kind, description, quantity, control_code FROM request_item WHERE request_id = ? ORDER BY line_no")
                .param(requestId)
                .query((rs, n) -> new RequestView.ItemView(rs.getInt("line_no"), ItemKind.valueOf(rs.getString("kind")),
                        rs.getString("description"), rs.getInt("quantity"), rs.getString("control_code")))
                .list();
    }

    /** The history of several requests in one query (a page of the list never costs one query per case). */
    public Map<String, List<RequestView.HistoryEntry>> history(Collection<String> requestIds) {
        return history(requestIds, "");
    }

    /**
     * The status changes of several requests, without the entries that record a change of circulation (the status
     * stays as it was): for the figures, where each entry starts a stay in its status.
     */
    public Map<String, List<RequestView.HistoryEntry>> statusChanges(Collection<String> requestIds) {
        return history(requestIds, " AND entry_kind = 'STATUS'");
    }

    private Map<String, List<RequestView.HistoryEntry>> history(Collection<String> requestIds, String kind) {
        Map<String, List<RequestView.HistoryEntry>> byRequest = new LinkedHashMap<>();
        if (requestIds.isEmpty()) {
            return byRequest;
        }
        jdbc.sql("SELECT request_id, status, changed_at, by_user, note FROM request_status_history WHERE request_id IN ("
                        + placeholders(requestIds.size()) + ")" + kind + " ORDER BY id")
                .params(List.copyOf(requestIds))
                .query(rs -> {
                    byRequest.computeIfAbsent(rs.getString("request_id"), k -> new ArrayList<>())
                            .add(new RequestView.HistoryEntry(RequestStatus.valueOf(rs.getString("status")),
                                    instant(rs, "changed_at"), rs.getString("by_user"), rs.getString("note")));
                });
        return byRequest;
    }

    void recordStatus(String requestId, RequestStatus status, Instant at, String by, String note) {
        jdbc.sql("UPDATE assistance_request SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), utc(at), requestId).update();
        jdbc.sql("INSERT INTO request_status_history (request_id, status, changed_at, by_user, note) VALUES (?, ?, ?, ?, ?)")
                .params(requestId, status.name(), utc(at), by, note).update();
    }

    /** The request's consent to circulation, or empty when there is no such request. */
    public Optional<Circulation> circulation(String requestId) {
        return jdbc.sql("SELECT circulation, circulation_providers FROM assistance_request WHERE id = ?").param(requestId)
                .query(RequestRepository::circulation).optional();
    }

    /** The consent to circulation of several requests in one query, by id. */
    public Map<String, Circulation> circulations(Collection<String> requestIds) {
        Map<String, Circulation> byRequest = new LinkedHashMap<>();
        if (requestIds.isEmpty()) {
            return byRequest;
        }
        jdbc.sql("SELECT id, circulation, circulation_providers FROM assistance_request WHERE id IN ("
                        + placeholders(requestIds.size()) + ")")
                .params(List.copyOf(requestIds))
                .query(rs -> {
                    byRequest.put(rs.getString("id"), circulation(rs, 0));
                });
        return byRequest;
    }

    void updateCirculation(String requestId, Circulation circulation, Instant at) {
        jdbc.sql("UPDATE assistance_request SET circulation = ?, circulation_providers = ?, updated_at = ? WHERE id = ?")
                .params(circulation.mode().name(), circulation.providers().isEmpty() ? null : String.join(",", circulation.providers()),
                        utc(at), requestId)
                .update();
    }

    /** A history entry that is not a status change (the status stays as it is): a change of the circulation. */
    void recordCirculationEntry(String requestId, RequestStatus status, Instant at, String by, String note) {
        jdbc.sql("""
                INSERT INTO request_status_history (request_id, status, changed_at, by_user, note, entry_kind)
                VALUES (?, ?, ?, ?, ?, 'CIRCULATION')""")
                .params(requestId, status.name(), utc(at), by, note).update();
    }

    private static Circulation circulation(ResultSet rs, int row) throws SQLException {
        String providers = rs.getString("circulation_providers");
        return new Circulation(Circulation.Mode.valueOf(rs.getString("circulation")),
                providers == null || providers.isEmpty() ? List.of() : List.of(providers.split(",")));
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static RequestRecord request(ResultSet rs, int row) throws SQLException {
        int bsl = rs.getInt("end_use_biosafety_level");
        return new RequestRecord(rs.getString("id"), rs.getString("requesting_state"), rs.getString("title"),
                rs.getString("description"), AssistanceCategory.valueOf(rs.getString("category")),
                rs.getString("end_use_statement"), rs.getString("end_use_facility"), rs.wasNull() ? null : bsl,
                rs.getBigDecimal("estimated_cost_amount"), rs.getString("estimated_cost_currency"),
                rs.getString("preferred_language"), RequestStatus.valueOf(rs.getString("status")),
                rs.getString("submitted_by"), rs.getBoolean("entered_on_behalf"), rs.getString("matched_offer_id"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    record RequestFilter(RequestStatus status, Collection<String> states, AssistanceCategory category) {
    }
}
