package org.bwc.articlex.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/article-x-assistance-engine-*.jar}) as a separate operating-system process,
 * {@code java -jar}, on a fixed free port, with the environment of production: the {@code postgres} profile, the
 * administrator from {@code ARTICLEX_ADMIN_*}, SMTP from {@code ARTICLEX_MAIL_*}. It can be killed with
 * {@code kill -9} ({@link #kill9()}), stopped ({@link #stop()}) and started again on the same port and environment
 * ({@link #start()}); its output goes to {@code target/reliability/<name>.log} (appended across restarts).
 */
public final class AppNode implements AutoCloseable {

    public static final Duration STARTUP = Duration.ofSeconds(Long.getLong("reliability.startup-seconds", 360));

    private final String name;
    private final int port;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xss512k"));
    private final Path log;
    private Process process;
    /** CPU time of the processes of this node that have ended (a restart starts a new one). */
    private double cpuBefore;
    private Process accounted;

    /** A node named {@code name} (its log file, begun afresh: an earlier run's is not this one's) on a free port. */
    public AppNode(String name) {
        this.name = name;
        this.port = freePort();
        this.log = Reliability.directory().resolve(name + ".log");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A node on the {@code postgres} profile against {@code database} of {@code pg}, sending mail to {@code mail}, with
     * the harness's administrator ({@link Lifecycle#ADMIN}) and the notification retry cycle {@code retryCycle}.
     */
    public static AppNode onPostgres(String name, PgServer pg, String database, MailServer mail, String retryCycle) {
        return new AppNode(name)
                .env("SPRING_PROFILES_ACTIVE", "postgres")
                .env("ARTICLEX_DB_URL", pg.jdbcUrl(database))
                .env("ARTICLEX_DB_USER", PgServer.USER)
                .env("ARTICLEX_DB_PASSWORD", PgServer.PASSWORD)
                .env("ARTICLEX_ADMIN_USER", Lifecycle.ADMIN)
                .env("ARTICLEX_ADMIN_PASSWORD", Lifecycle.PASSWORD)
                .env("ARTICLEX_MAIL_HOST", "127.0.0.1")
                .env("ARTICLEX_MAIL_PORT", Integer.toString(mail.port()))
                .env("ARTICLEX_MAIL_ENABLED", "true")
                .env("ARTICLEX_MAIL_RETRY_CYCLE", retryCycle)
                .env("ARTICLEX_SECURE_COOKIE", "false")
                .env("ARTICLEX_DATA_DIR", Reliability.directory().resolve(name + "-data").toString());
    }

    /** An environment variable of the process (applies from the next {@link #start()}). */
    public AppNode env(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** A Spring property, passed on the command line ({@code --property=value}; applies from the next start). */
    public AppNode property(String property, String value) {
        properties.put(property, value);
        return this;
    }

    /**
     * For a node that does little work: the quick JIT compiler only, which costs far less CPU at start than it loses
     * later. The suite runs two scenarios at a time on two cores, so what one node's compiler burns, the other waits for.
     */
    public AppNode lightJit() {
        return jvmOption("-XX:TieredStopAtLevel=1");
    }

    public AppNode jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Starts the process and waits until {@code /actuator/health} is UP. */
    public AppNode start() {
        startAsync();
        awaitUp(STARTUP);
        return this;
    }

    /** Starts the process without waiting (for nodes started at the same moment); then {@link #awaitUp(Duration)}. */
    public AppNode startAsync() {
        if (alive()) {
            throw new IllegalStateException(name + " is running already");
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.add("--server.port=" + port);
        properties.forEach((property, value) -> command.add("--" + property + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .directory(Reliability.directory().toFile());
        builder.environment().putAll(environment);
        try {
            Files.writeString(log, "%n===== %s: starting %s on port %d =====%n".formatted(java.time.Instant.now(), name, port),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        return this;
    }

    /** Waits until health is UP; fails with the end of the log when the process dies or time runs out. */
    public void awaitUp(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!"UP".equals(health())) {
            if (!alive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was UP:\n" + logTail(60));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " not UP after " + patience.toSeconds() + " s:\n" + logTail(60));
            }
            Reliability.sleep(250);
        }
    }

    /** {@code status} of {@code /actuator/health}: UP, DOWN, ...; null when the node does not answer. */
    public String health() {
        Http.Reply reply = new Http(baseUrl()).timeout(Duration.ofSeconds(10)).get("/actuator/health");
        if (reply.status() == 0 || reply.body() == null || !reply.body().startsWith("{")) {
            return null;
        }
        return reply.json().path("status").asText(null);
    }

    /** {@code kill -9}: no shutdown hook, no graceful close; returns once the process is gone. */
    public void kill9() {
        if (process == null) {
            return;
        }
        account();
        ProcessHandle handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            new ProcessBuilder("kill", "-9", Long.toString(handle.pid())).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitForExit(Duration.ofSeconds(30));
    }

    /**
     * {@code kill -STOP}: the node stops where it is, as a machine that hangs — its locks stay in the database, its
     * connections open. {@link #thaw()} lets it go on; {@link #kill9()} ends it.
     */
    public void freeze() {
        signal("STOP");
    }

    public void thaw() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** SIGTERM, the graceful shutdown a platform sends; killed if it takes longer than a minute. */
    public void stop() {
        if (!alive()) {
            return;
        }
        account();
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(60))) {
            kill9();
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** HTTP to this node, not logged in. */
    public Http http() {
        return new Http(baseUrl());
    }

    public Path log() {
        return log;
    }

    /** The last {@code lines} lines of the log, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** How often {@code text} occurs in the log (e.g. an exception name), across restarts. */
    public long logCount(String text) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private void account() {
        if (accounted != process) {
            cpuBefore += cpuSeconds(process);
            accounted = process;
        }
    }

    /** CPU seconds this node's processes have used so far, all its starts together: the cost of its work, whatever the load. */
    public double cpuSeconds() {
        return cpuBefore + (alive() && accounted != process ? cpuSeconds(process) : 0);
    }

    private static double cpuSeconds(Process process) {
        return process.toHandle().info().totalCpuDuration().map(cpu -> cpu.toMillis() / 1000.0).orElse(0.0);
    }

    @Override
    public void close() {
        if (alive()) {
            kill9();
        }
    }

    private boolean waitForExit(Duration patience) {
        try {
            return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The jar {@code package} built: failsafe runs after it; set {@code -Dreliability.jar=} to test another one. */
    public static Path jar() {
        String configured = System.getProperty("reliability.jar");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        File[] jars = Reliability.target().toFile().listFiles((dir, file) -> file.startsWith("article-x-assistance-engine-")
                && file.endsWith(".jar") && !file.endsWith("-sources.jar") && !file.endsWith(".original"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No application jar in " + Reliability.target()
                    + ": run the tests with ./mvnw verify (package builds it first)");
        }
        return jars[0].toPath().toAbsolutePath();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
