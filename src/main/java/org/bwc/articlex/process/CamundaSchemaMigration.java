package org.bwc.articlex.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * V16: Camunda's own tables, created by Flyway from the create scripts shipped in the camunda-engine jar, instead of
 * by the engine at start-up ({@code camunda.bpm.database.schema-update: false}). Flyway migrates on one node at a time
 * ({@code jdbc.OneMigrationAtATime}), so nodes of a cluster started at the same moment on an empty database create the
 * schema once; the engine is built only after Flyway ({@link EngineAfterFlyway}).
 *
 * <p>Each of Camunda's seven components is created only when its table is missing, as the engine itself does: a
 * database of an earlier release, whose engine created the tables, passes through unchanged. Later Camunda upgrades
 * are new migrations that run Camunda's {@code db/upgrade} script for the step (docs/operations.md, "Upgrade").
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(CamundaSchemaMigration.class);
    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";

    /** Camunda's components in the engine's own creation order, each with a table only it creates. */
    private static final List<Part> COMPONENTS = List.of(
            new Part("engine", "ACT_RU_EXECUTION"),
            new Part("history", "ACT_HI_PROCINST"),
            new Part("identity", "ACT_ID_USER"),
            new Part("case.engine", "ACT_RE_CASE_DEF"),
            new Part("case.history", "ACT_HI_CASEINST"),
            new Part("decision.engine", "ACT_RE_DECISION_DEF"),
            new Part("decision.history", "ACT_HI_DECINST"));

    private record Part(String script, String table) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("16");
    }

    @Override
    public String getDescription() {
        return "camunda schema";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = databaseType(connection.getMetaData());
        for (Part component : COMPONENTS) {
            if (tableExists(connection, component.table())) {
                log.info("Camunda {} tables present (created by an earlier release); kept", component.script());
                continue;
            }
            String script = SCRIPTS.formatted(database, component.script());
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(script), "UTF-8"));
            log.info("Created Camunda {} tables from {}", component.script(), script);
        }
    }

    private static String databaseType(DatabaseMetaData metaData) throws SQLException {
        return switch (DatabaseDriver.fromProductName(metaData.getDatabaseProductName())) {
            case POSTGRESQL -> "postgres";
            case H2 -> "h2";
            default -> throw new IllegalStateException("No Camunda schema for database "
                    + metaData.getDatabaseProductName() + " (supported: PostgreSQL, H2)");
        };
    }

    /** In the connection's current schema; PostgreSQL folds unquoted names to lower case, H2 to upper case. */
    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
