package org.bwc.articlex.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bwc.articlex.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code /actuator/prometheus} as the operator's Prometheus scrapes it: the gauges are there with their help texts,
 * and the whole output (the application's, Spring Boot's, the JVM's) passes {@code promtool check metrics}. Tests
 * switch metrics export off unless asked ({@link AutoConfigureObservability}), hence a context of its own.
 */
@ScenarioTest
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = {"articlex.scraper.user=" + PrometheusEndpointTest.SCRAPER,
        "articlex.scraper.password=" + PrometheusEndpointTest.SCRAPER_PASSWORD})
class PrometheusEndpointTest {

    static final String SCRAPER = "prometheus";
    static final String SCRAPER_PASSWORD = "Scrape-0nly-Probe!";

    @Autowired
    TestRestTemplate http;
    @Autowired
    MetricsGauges gauges;

    private ResponseEntity<String> scrape(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.set(HttpHeaders.ACCEPT, "text/plain;version=0.0.4");
        return http.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void theOperatorsFiguresAreScrapedAndPassPromtool() throws Exception {
        gauges.refresh();
        ResponseEntity<String> scrape = scrape("manager");
        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        String text = scrape.getBody();
        assertThat(text).contains(
                "# HELP articlex_requests_open Open assistance requests by current status",
                "articlex_requests_open{status=\"OPEN_NEED\"}",
                "articlex_incidents_open{type=\"failedJob\"} 0.0",
                "articlex_notifications_failed",
                "articlex_metrics_backlog ",
                "articlex_metrics_refresh_age_seconds",
                "camunda_jobs{state=\"executable\"}",
                "camunda_job_executions_succeeded_total",
                "camunda_job_acquisition_attempts_total");
        assertThat(scrape("ken-ncp").getStatusCode().value()).isEqualTo(403);

        promtool(text, "check", "metrics");
    }

    /** Prometheus' own account (ARTICLEX_SCRAPER_*, as docker/compose.yaml sets it) scrapes, and reads nothing else. */
    @Test
    void theScrapeOnlyAccountFromTheEnvironmentScrapesAndReadsNothingElse() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(SCRAPER, SCRAPER_PASSWORD);
        ResponseEntity<String> scrape = http.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        assertThat(scrape.getBody()).contains("articlex_requests_open");
        for (String path : List.of("/actuator/metrics", "/api/requests", "/engine-rest/task", "/dashboard")) {
            assertThat(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value())
                    .as(path).isEqualTo(403);
        }
    }

    /**
     * What {@code docker/} ships for the operator is valid for Prometheus, and its alerts and the Grafana dashboard ask
     * only for series this application exports: a renamed gauge would otherwise leave an empty panel or an alert that
     * can never fire.
     */
    @Test
    void theShippedScrapeConfigAlertsAndGrafanaDashboardUseTheExportedSeries() throws Exception {
        promtool("", "check", "config", "docker/prometheus/prometheus.yml");
        gauges.refresh();
        http.getForEntity("/actuator/health", String.class); // so that the HTTP server histogram has a series
        Set<String> exported = new TreeSet<>();
        Matcher sample = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(scrape("manager").getBody());
        while (sample.find()) {
            exported.add(sample.group(1));
        }
        Set<String> asked = new TreeSet<>();
        for (String file : List.of("docker/prometheus/alerts.yml", "docker/grafana/dashboards/article-x.json")) {
            Matcher name = Pattern.compile("\\b((?:articlex|camunda|executor|http_server|jvm|hikaricp)_[a-z0-9_]+)")
                    .matcher(Files.readString(Path.of(file)));
            while (name.find()) {
                asked.add(name.group(1));
            }
        }
        assertThat(asked).hasSizeGreaterThan(15);
        assertThat(exported).containsAll(asked);
        // there before anything is overdue or running: the secretariat's tasks and the deployed processes
        assertThat(scrape("manager").getBody()).contains(
                "articlex_tasks_overdue{group=\"managers\",task=\"balanceReview\"}",
                "articlex_tasks_overdue{group=\"caseworkers\",task=\"reviewCompleteness\"}",
                "camunda_process_instances_running{process=\"notification-delivery\"}",
                "articlex_funding_gap{currency=\"USD\"}");
    }

    private static void promtool(String input, String... arguments) throws Exception {
        File promtool = new File("/usr/bin/promtool");
        assertThat(promtool.canExecute()).as("promtool is needed (Debian: apt-get install prometheus; .ci/run installs it)")
                .isTrue();
        List<String> command = new ArrayList<>(List.of(promtool.getPath()));
        command.addAll(List.of(arguments));
        Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
        check.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        check.getInputStream().transferTo(output);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output.toString(StandardCharsets.UTF_8)).isZero();
    }
}
