package org.bwc.articlex.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning package (docs/development.md, "Table ownership"): only that package's code names the
 * table in SQL; the others call its public classes or listen to its events. Camunda's own tables ({@code ACT_*}) are
 * read through the engine's query API, except in the classes listed in {@link #ENGINE_TABLE_READERS}.
 */
class TableOwnershipTest {

    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("assistance_request", "intake"), Map.entry("request_item", "intake"),
            Map.entry("request_status_history", "intake"), Map.entry("idempotency_record", "intake"),
            Map.entry("reference_counter", "process"),
            Map.entry("start_form_submission", "process"),
            Map.entry("decision_record", "screening"), Map.entry("item_precedent", "screening"),
            Map.entry("notification", "notification"),
            Map.entry("offer", "matching"), Map.entry("offer_region", "matching"), Map.entry("match_proposal", "matching"),
            Map.entry("funding_case", "funding"), Map.entry("funding_case_line", "funding"),
            Map.entry("funding_decision", "funding"), Map.entry("funding_pledge", "funding"),
            Map.entry("funding_pledge_event", "funding"), Map.entry("pledge", "funding"),
            Map.entry("completion_report", "reporting"), Map.entry("implementation_event", "reporting"),
            Map.entry("concern", "concern"), Map.entry("concern_position", "concern"),
            Map.entry("concern_status_history", "concern"),
            Map.entry("follow_up", "followup"),
            Map.entry("national_report", "nationalreports"), Map.entry("national_report_cycle", "nationalreports"),
            Map.entry("metrics_case", "metrics"), Map.entry("metrics_cell", "metrics"),
            Map.entry("metrics_dirty", "metrics"), Map.entry("metrics_offer_cell", "metrics"),
            Map.entry("metrics_refresh", "metrics"),
            Map.entry("startup_lock", "jdbc"));

    /** The classes allowed to name Camunda's tables in SQL, each saying why in its own comment. */
    static final Set<String> ENGINE_TABLE_READERS = Set.of("metrics.EngineTables", "process.CamundaSchemaMigration");


    private static final Path MAIN = Path.of("src/main/java/org/bwc/articlex");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGINE_TABLE = Pattern.compile("\\bACT_[A-Z]{2}_[A-Z_]+\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableIsNamedInSqlOnlyByItsOwningPackage() {
        List<String> found = violations(MAIN);
        assertThat(found).as("SQL naming another package's table").isEmpty();
    }

    @Test
    void theMigrationsCreateNoTableWithoutAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Matcher m = Pattern.compile("create table (?:if not exists )?([a-z_0-9]+)", Pattern.CASE_INSENSITIVE)
                        .matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(OWNER.keySet()).containsAll(created);
    }

    @Test
    void theScanFindsAForeignTableInSql() throws IOException {
        Path root = Files.createTempDirectory("ownership");
        Path file = root.resolve("matching/Sneaky.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class Sneaky { String sql = \"\"\"\n update assistance_request set x = 1\"\"\";"
                + " String engine = \"select * from ACT_RU_TASK\"; }");
        assertThat(violations(root)).containsExactlyInAnyOrder(
                "matching/Sneaky.java names assistance_request (owned by intake)",
                "matching/Sneaky.java names ACT_RU_TASK (Camunda's; use the engine's query API)");
    }

    static List<String> violations(Path root) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String pkg = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
                String className = pkg + "." + file.getFileName().toString().replace(".java", "");
                Matcher literal = STRING.matcher(Files.readString(file));
                Set<String> named = new TreeSet<>();
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher table = TABLE.matcher(text);
                    while (table.find()) {
                        String name = table.group(1).toLowerCase(Locale.ROOT);
                        String owner = OWNER.get(name);
                        if (owner != null && !owner.equals(pkg) && named.add(name)) {
                            found.add(relative + " names " + name + " (owned by " + owner + ")");
                        }
                    }
                    Matcher engine = ENGINE_TABLE.matcher(text);
                    while (engine.find()) {
                        if (!ENGINE_TABLE_READERS.contains(className) && named.add(engine.group())) {
                            found.add(relative + " names " + engine.group() + " (Camunda's; use the engine's query API)");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
