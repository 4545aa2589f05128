package org.bwc.articlex.funding;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bwc.articlex.jdbc.BulkInsert;

/**
 * Writes pledges in bulk on the caller's connection and transaction (the historic-case generator, {@code demo});
 * rows are written on {@link #close()}, after their requests. The pledge table is funding's.
 */
public final class PledgeBulkLoad {

    public static final List<String> TABLES = List.of("pledge");

    private static final int[] PLEDGE_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.CHAR,
        Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};

    private final BulkInsert pledges;

    public PledgeBulkLoad(Connection connection) {
        pledges = new BulkInsert(connection, "pledge",
                "request_id, donor, source, amount, currency, surplus, pledged_by, received_at", PLEDGE_TYPES);
    }

    public void pledge(String requestId, String donor, String source, BigDecimal amount, String currency,
            boolean surplus, String pledgedBy, Instant receivedAt) throws SQLException {
        pledges.add(requestId, donor, source, amount, currency, surplus, pledgedBy, receivedAt.atOffset(ZoneOffset.UTC));
    }

    public void close() throws SQLException {
        pledges.close();
    }

    public long written() {
        return pledges.written();
    }
}
