package org.bwc.articlex.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Multi-row INSERTs ({@code VALUES (...), (...), ...}) on one connection, with explicit SQL types for nulls: rows are
 * collected and written on {@link #flush()}, in chunks of the same statement text so that the driver prepares it once.
 * Portable between H2 and PostgreSQL. Used by the owning packages' bulk loads (e.g. {@code intake.RequestBulkLoad}),
 * which alone name their tables and columns (docs/development.md, "Table ownership").
 */
public final class BulkInsert {

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int[] types;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;
    private long written;

    /** @param types the {@link java.sql.Types} of the columns, for nulls */
    public BulkInsert(Connection connection, String table, String columns, int[] types) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.types = types.clone();
        this.rowsPerStatement = Math.max(1, Math.min(500, 30_000 / types.length));
    }

    public void add(Object... values) throws SQLException {
        if (values.length != types.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + types.length + " columns");
        }
        pending.add(values);
    }

    /** Writes what was added (call the tables' flushes parent first, for the foreign keys). */
    public void flush() throws SQLException {
        int from = 0;
        while (pending.size() - from >= rowsPerStatement) {
            if (full == null) {
                full = connection.prepareStatement(sql(rowsPerStatement));
            }
            execute(full, pending.subList(from, from + rowsPerStatement));
            from += rowsPerStatement;
        }
        if (from < pending.size()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size() - from))) {
                execute(rest, pending.subList(from, pending.size()));
            }
        }
        pending.clear();
    }

    public void close() throws SQLException {
        flush();
        if (full != null) {
            full.close();
            full = null;
        }
    }

    public long written() {
        return written;
    }

    private void execute(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] == null) {
                    statement.setNull(index++, types[c]);
                } else {
                    statement.setObject(index++, row[c]);
                }
            }
        }
        statement.executeUpdate();
        written += rows.size();
    }

    private String sql(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(types.length, "?")) + ")";
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }
}
