package org.bwc.articlex.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V16 on H2, the embedded default: on an empty database it creates Camunda's schema, on which an engine that
 * creates nothing ({@code schema-update false}) starts; on a database of the previous release (tables created by the
 * engine itself, the project's migrations up to V13 on a baseline) it keeps Camunda's tables and their rows.
 * PostgreSQL: {@code reliability.UpgradeIT} and {@code reliability.ConcurrentStartOnPostgresTest}.
 */
class CamundaSchemaMigrationTest {

    /** Flyway names its table and columns in lower case, quoted, on H2. */
    private static final String HISTORY =
            "SELECT \"version\" FROM \"articlex_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"";

    @Test
    void anEmptyDatabaseGetsCamundasSchemaFromFlywayAndTheEngineStartsWithoutCreatingIt() {
        JdbcDataSource db = h2("empty");
        flyway(db, null).migrate();

        ProcessEngine engine = engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        try {
            assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
        } finally {
            engine.close();
        }
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(jdbc.queryForList(HISTORY, String.class))
                .contains("1", "13", "16", "17");
        assertThat(jdbc.queryForObject("SELECT version_ FROM act_ge_schema_log", String.class)).isEqualTo("7.24.0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_decinst", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT name FROM startup_lock", String.class)).isEqualTo("seeding");
    }

    @Test
    void aDatabaseOfThePreviousReleaseKeepsTheTablesItsEngineCreated() {
        JdbcDataSource db = h2("previous");
        ProcessEngine previous = engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        previous.getRepositoryService().createDeployment().addString("p.bpmn", """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <process id="p" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="w"/><userTask id="w"/>
                  </process>
                </definitions>""").deploy();
        previous.getRuntimeService().startProcessInstanceByKey("p", "REQ-2026-0001");
        previous.close();
        flyway(db, "13").migrate();

        flyway(db, null).migrate();

        ProcessEngine engine = engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        try {
            assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("REQ-2026-0001").count())
                    .as("the waiting instance of the previous release").isEqualTo(1);
        } finally {
            engine.close();
        }
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(jdbc.queryForList(HISTORY, String.class))
                .as("baselined at 0 under the engine's tables, then ours (later migrations after them)").startsWith("0", "1", "2",
                        "3", "4", "5", "6", "8", "10", "11", "12", "13", "16", "17");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ge_schema_log", Integer.class)).isEqualTo(1);
    }

    /** As the application configures it (application.yml, spring.flyway), up to {@code target}, with V16. */
    private static Flyway flyway(JdbcDataSource db, String target) {
        var configuration = Flyway.configure().dataSource(db).table("articlex_schema_history").baselineOnMigrate(true)
                .baselineVersion("0").javaMigrations(new CamundaSchemaMigration());
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static ProcessEngine engine(JdbcDataSource db, String schemaUpdate) {
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(db).setDatabaseSchemaUpdate(schemaUpdate).setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false).setProcessEngineName("schema-test-" + System.nanoTime());
        return configuration.buildProcessEngine();
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:camunda-schema-" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        return db;
    }
}
