package org.bwc.articlex.metrics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code articlex.metrics.*}.
 *
 * @param refreshInterval how often the queued requests' figures are brought up to date (0 or negative: never by
 *                        itself, only {@link MetricsRefresher#refreshNow()})
 * @param gaugeInterval   how often the Prometheus gauges are computed (a scrape reads the last values, never the
 *                        database)
 * @param sla             the time a user task may stay open before it is overdue, by task definition key, when the
 *                        task has no due date of its own; {@code default} for the others
 * @param cockpitUrl      the Cockpit page of a process instance, {@code {id}} standing for its id
 */
@ConfigurationProperties("articlex.metrics")
public record MetricsProperties(Duration refreshInterval, Duration gaugeInterval,
        Map<String, Duration> sla, String cockpitUrl) {

    static final Map<String, Duration> DEFAULT_SLA = defaults();

    public MetricsProperties {
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(5) : refreshInterval;
        gaugeInterval = gaugeInterval == null ? Duration.ofSeconds(30) : gaugeInterval;
        Map<String, Duration> limits = new LinkedHashMap<>(DEFAULT_SLA);
        if (sla != null) {
            // relaxed binding may have lower-cased the keys: an override replaces the default of the same task
            sla.forEach((key, limit) -> {
                String existing = limits.keySet().stream().filter(k -> normal(k).equals(normal(key))).findFirst().orElse(key);
                limits.put(existing, limit);
            });
        }
        sla = java.util.Collections.unmodifiableMap(limits);
        cockpitUrl = cockpitUrl == null ? "/camunda/app/cockpit/default/#/process-instance/{id}" : cockpitUrl;
    }

    Duration limitFor(String taskDefinitionKey) {
        String wanted = normal(taskDefinitionKey);
        return sla.entrySet().stream().filter(e -> normal(e.getKey()).equals(wanted)).map(Map.Entry::getValue)
                .findFirst().orElse(sla.get("default"));
    }

    private static String normal(String key) {
        return key == null ? "" : key.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    String cockpit(String processInstanceId) {
        return processInstanceId == null ? null : cockpitUrl.replace("{id}", processInstanceId);
    }

    private static Map<String, Duration> defaults() {
        Map<String, Duration> limits = new LinkedHashMap<>();
        limits.put("default", Duration.ofDays(14));
        // the secretariat's own work
        limits.put("reviewCompleteness", Duration.ofDays(5));
        limits.put("confirmMatch", Duration.ofDays(5));
        limits.put("reviewCompletionReport", Duration.ofDays(10));
        // managers: a referral held longer than the hold limit (P14D) is itself a denial of Article X
        limits.put("balanceReview", Duration.ofDays(14));
        limits.put("resolveEscalation", Duration.ofDays(5));
        limits.put("decidePartialFunding", Duration.ofDays(7));
        // the parties
        limits.put("provideClarification", Duration.ofDays(30));
        limits.put("respondToMatch", Duration.ofDays(21));
        limits.put("submitCompletionReport", Duration.ofDays(90));
        return limits;
    }
}
