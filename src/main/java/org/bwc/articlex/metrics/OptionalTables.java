package org.bwc.articlex.metrics;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tables that other features own and that the metrics read when they are there: {@code pledge} (funding),
 * {@code offer}, {@code offer_region} and {@code match_proposal} (offers and matching), {@code notification}
 * (notifications). A table counts as present only with the columns the metrics read; the answer is looked up once
 * (the schema changes only with a migration, that is with a new start).
 */
@Component
class OptionalTables {

    private static final Logger log = LoggerFactory.getLogger(OptionalTables.class);

    /**
     * EXTENSION POINT: pledges are read as {@code SUM(amount)} per {@code request_id} in the request's
     * {@code currency}; a new pledge queues its request through {@link CaseMetrics#changed}.
     */
    static final String PLEDGE = "pledge";
    static final String OFFER = "offer";
    static final String OFFER_REGION = "offer_region";
    static final String MATCH_PROPOSAL = "match_proposal";
    static final String NOTIFICATION = "notification";

    private static final Map<String, List<String>> COLUMNS = Map.of(
            PLEDGE, List.of("request_id", "amount", "currency"),
            OFFER, List.of("id", "category", "created_at"),
            OFFER_REGION, List.of("offer_id", "region"),
            MATCH_PROPOSAL, List.of("request_id", "status", "responded_at"),
            NOTIFICATION, List.of("email_state"));

    private final DataSource dataSource;
    private final Map<String, Boolean> present = new ConcurrentHashMap<>();

    OptionalTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean has(String table) {
        return present.computeIfAbsent(table, this::lookUp);
    }

    private boolean lookUp(String table) {
        List<String> required = COLUMNS.get(table);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Set<String> columns = new HashSet<>();
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, name, null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (columns.isEmpty()) {
                log.info("Metrics: no table {} (yet); the figures that come from it are reported as unavailable", table);
                return false;
            }
            if (!columns.containsAll(required)) {
                log.warn("Metrics: table {} lacks the columns {} the metrics read; it is left out", table, required);
                return false;
            }
            return true;
        } catch (SQLException e) {
            log.warn("Metrics: cannot inspect table {}", table, e);
            return false;
        }
    }
}
