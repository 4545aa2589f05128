package org.bwc.articlex.screening;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bwc.articlex.jdbc.BulkInsert;

/**
 * Writes decision records in bulk on the caller's connection and transaction (the historic-case generator,
 * {@code demo}); rows are written on {@link #close()}, after their requests. The decision table is screening's.
 */
public final class DecisionBulkLoad {

    public static final List<String> TABLES = List.of("decision_record");

    private static final int[] DECISION_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.VARCHAR};

    private final BulkInsert decisions;

    public DecisionBulkLoad(Connection connection) {
        decisions = new BulkInsert(connection, "decision_record", """
                request_id, kind, outcome, rule_ids, inputs, findings, justification, legal_ground, decided_by,
                decided_at, reference_version""", DECISION_TYPES);
    }

    /** @param inputs and @param findings the JSON that {@link DecisionRecords} writes and reads for this kind */
    public void decision(String requestId, DecisionKind kind, String outcome, List<String> rules, String inputs,
            String findings, String justification, String legalGround, String by, Instant at, String referenceVersion)
            throws SQLException {
        decisions.add(requestId, kind.name(), outcome, String.join(",", rules), inputs, findings, justification,
                legalGround, by, at.atOffset(ZoneOffset.UTC), referenceVersion);
    }

    public void close() throws SQLException {
        decisions.close();
    }

    public long written() {
        return decisions.written();
    }
}
