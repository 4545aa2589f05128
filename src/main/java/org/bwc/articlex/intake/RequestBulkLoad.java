package org.bwc.articlex.intake;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.bwc.articlex.jdbc.BulkInsert;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;

/**
 * Writes requests, their items and their status history in bulk on the caller's connection and transaction (the
 * historic-case generator, {@code demo}): multi-row INSERTs, no engine, no events. Rows are written on
 * {@link #close()}, parents first. The request tables are intake's; others write them only through here.
 */
public final class RequestBulkLoad {

    /** The tables written, e.g. for fresh planner statistics after a load. */
    public static final List<String> TABLES = List.of("assistance_request", "request_item", "request_status_history");

    private static final int[] REQUEST_TYPES = {Types.VARCHAR, Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.NUMERIC, Types.CHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] ITEM_TYPES = {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
        Types.VARCHAR};
    private static final int[] HISTORY_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.VARCHAR, Types.VARCHAR};

    private final BulkInsert requests;
    private final BulkInsert items;
    private final BulkInsert history;

    public RequestBulkLoad(Connection connection) {
        requests = new BulkInsert(connection, "assistance_request", """
                id, requesting_state, title, description, category, end_use_statement, end_use_facility,
                end_use_biosafety_level, estimated_cost_amount, estimated_cost_currency, preferred_language, status,
                submitted_by, entered_on_behalf, matched_offer_id, created_at, updated_at""", REQUEST_TYPES);
        items = new BulkInsert(connection, "request_item",
                "request_id, line_no, kind, description, quantity, control_code", ITEM_TYPES);
        history = new BulkInsert(connection, "request_status_history",
                "request_id, status, changed_at, by_user, note", HISTORY_TYPES);
    }

    /** A request as submitted by the State's national contact point, in {@code status} since {@code updatedAt}. */
    public void request(String id, String state, String title, String description, AssistanceCategory category,
            String endUseStatement, String facility, Integer biosafetyLevel, BigDecimal cost, String currency,
            String language, RequestStatus status, String submittedBy, String matchedOfferId, Instant createdAt,
            Instant updatedAt) throws SQLException {
        requests.add(id, state, title, description, category.name(), endUseStatement, facility, biosafetyLevel, cost,
                currency, language, status.name(), submittedBy, false, matchedOfferId, utc(createdAt), utc(updatedAt));
    }

    public void item(String requestId, int line, String kind, String description, int quantity, String controlCode)
            throws SQLException {
        items.add(requestId, line, kind, description, quantity, controlCode);
    }

    public void statusChange(String requestId, RequestStatus status, Instant at, String by, String note)
            throws SQLException {
        history.add(requestId, status.name(), utc(at), by, note);
    }

    /** Writes what was added, requests first (for the foreign keys). */
    public void close() throws SQLException {
        requests.close();
        items.close();
        history.close();
    }

    public long written() {
        return requests.written() + items.written() + history.written();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
