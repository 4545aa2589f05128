package org.bwc.articlex.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bwc.articlex.ArticleXApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Answer times of the metrics API over HTTP, as a client sees them (authentication, JSON, the database):
 * each endpoint under a mix of filters, one request at a time, after a warm-up. Target: p95 under 100 ms with
 * 1,000,000 historic requests in PostgreSQL. Command and figures in BENCHMARKS.md.
 *
 * <p>Either against a running application ({@code --url=http://localhost:8080 --user=... --password=...}) or, without
 * {@code --url}, the application is started in this JVM with the given Spring arguments (e.g.
 * {@code --spring.profiles.active=postgres}; database settings from the environment as usual).
 * Options: {@code --samples=200} per scenario, {@code --warmup=5} rounds over every scenario before measuring.
 */
public final class MetricsBenchmark {

    private MetricsBenchmark() {
    }

    record Scenario(String endpoint, String filter) {
        String path() {
            return "/api/metrics/" + endpoint + (filter.isEmpty() ? "" : (endpoint.contains("?") ? "&" : "?") + filter);
        }
    }

    static final List<String> ENDPOINTS = List.of("pipeline", "balance", "gaps", "funding", "durations", "sla",
            "yearly?year=2025", "yearly?year=2025&format=csv");
    static final Map<String, String> FILTERS = filters();

    private static Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("none", "");
        filters.put("region", "region=AFRICAN");
        filters.put("category", "category=LABORATORY_EQUIPMENT");
        filters.put("year 2024", "from=2024-01-01&to=2024-12-31");
        filters.put("odd period + region + category", "from=2019-03-15&to=2023-08-10&region=ASIA_PACIFIC&category=DIAGNOSTICS");
        return filters;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : "";
            if (List.of("url", "user", "password", "samples", "warmup").contains(name)) {
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else {
                springArgs.add(arg);
            }
        }
        int samples = Integer.parseInt(options.getOrDefault("samples", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        ConfigurableApplicationContext context = null;
        String url = options.get("url");
        if (url == null) {
            springArgs.add("--server.port=0");
            context = SpringApplication.run(ArticleXApplication.class, springArgs.toArray(String[]::new));
            url = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        }
        String user = options.getOrDefault("user", System.getenv().getOrDefault("ARTICLEX_ADMIN_USER", "manager"));
        String password = options.getOrDefault("password", System.getenv().getOrDefault("ARTICLEX_ADMIN_PASSWORD", user));
        String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            run(client, url, authorization, samples, warmup);
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    private static List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (String filter : FILTERS.values()) {
                if (!(endpoint.startsWith("yearly") && filter.contains("from="))) { // the yearly report's period is its year
                    scenarios.add(new Scenario(endpoint, filter));
                }
            }
        }
        return scenarios;
    }

    private static void run(HttpClient client, String url, String authorization, int samples, int warmup) throws Exception {
        System.out.printf(Locale.ROOT, "%s, %d samples per scenario after %d warm-up rounds over every scenario%n%n", url,
                samples, warmup);
        // warm-up: every scenario (and the dashboard) a few times first, so that no endpoint pays for the JIT of another
        for (int round = 0; round < warmup; round++) {
            for (Scenario scenario : scenarios()) {
                client.send(request(url, scenario.path(), authorization, "application/json"), HttpResponse.BodyHandlers.discarding());
            }
            if (round < 3) {
                client.send(request(url, "/dashboard", authorization, "text/html"), HttpResponse.BodyHandlers.discarding());
            }
        }
        System.out.println("| endpoint | filter | first (ms) | median | p95 | p99 | max | bytes |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Map<String, List<Double>> perEndpoint = new LinkedHashMap<>();
        for (String endpoint : ENDPOINTS) {
            for (Map.Entry<String, String> filter : FILTERS.entrySet()) {
                if (endpoint.startsWith("yearly") && filter.getValue().contains("from=")) {
                    continue; // the yearly report's period is its year
                }
                Scenario scenario = new Scenario(endpoint, filter.getValue());
                HttpRequest request = request(url, scenario.path(), authorization, "application/json");
                long firstStart = System.nanoTime();
                HttpResponse<byte[]> first = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                double firstMs = (System.nanoTime() - firstStart) / 1e6;
                if (first.statusCode() != 200) {
                    throw new IllegalStateException(scenario.path() + " answered " + first.statusCode() + ": "
                            + new String(first.body(), StandardCharsets.UTF_8));
                }
                double[] times = new double[samples];
                for (int i = 0; i < samples; i++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    times[i] = (System.nanoTime() - start) / 1e6;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(scenario.path() + " answered " + response.statusCode());
                    }
                }
                Arrays.sort(times);
                List<Double> all = perEndpoint.computeIfAbsent(endpoint, e -> new ArrayList<>());
                for (double t : times) {
                    all.add(t);
                }
                System.out.printf(Locale.ROOT, "| `%s` | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %,d |%n", endpoint,
                        filter.getKey(), firstMs, percentile(times, 0.5), percentile(times, 0.95), percentile(times, 0.99),
                        times[times.length - 1], first.body().length);
            }
        }
        // for information: the whole dashboard page (every figure above plus the lists), not a target of the issue
        for (String filter : List.of("", "?from=2024-01-01&to=2024-12-31&region=AFRICAN")) {
            HttpRequest page = request(url, "/dashboard" + filter, authorization, "text/html");
            double[] times = new double[Math.max(20, samples / 10)];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = client.send(page, HttpResponse.BodyHandlers.ofByteArray());
                times[i] = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("/dashboard answered " + response.statusCode());
                }
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "| `/dashboard` (HTML) | %s | – | %.1f | %.1f | %.1f | %.1f | – |%n",
                    filter.isEmpty() ? "none" : "year 2024 + region", percentile(times, 0.5), percentile(times, 0.95),
                    percentile(times, 0.99), times[times.length - 1]);
        }
        System.out.println();
        System.out.println("| endpoint (all filters together) | median (ms) | p95 | p99 | max |");
        System.out.println("|---|---|---|---|---|");
        perEndpoint.forEach((endpoint, list) -> {
            double[] times = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "| `%s` | %.1f | **%.1f** | %.1f | %.1f |%n", endpoint, percentile(times, 0.5),
                    percentile(times, 0.95), percentile(times, 0.99), times[times.length - 1]);
        });
    }

    private static HttpRequest request(String url, String path, String authorization, String accept) {
        return HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", authorization).header("Accept", accept)
                .GET().build();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
