package org.bwc.articlex.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.bwc.articlex.ArticleXApplication;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Full {@code assistance-request} lifecycles per second on the application (every step driven from outside: the
 * project API, Tasklist's submit-form, the job executor), against the {@link EngineFloor} driven the same way, in the
 * same JVM and database, measured alternately. Run by {@code scripts/bench} (BENCHMARKS.md); prints {@code RESULT}
 * lines. Arguments: {@code --db-url= --db-user= --db-password= --walkers=4 --warmup=15 --seconds=30 --rounds=2},
 * any other {@code --name=value} goes to the application.
 */
public final class LifecycleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CATEGORY = "OUTBREAK_RESPONSE";
    private static final List<String> REGIONS = List.of("LATIN_AMERICAN_CARIBBEAN");

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger failures = new AtomicInteger();

    private LifecycleBenchmark(ConfigurableApplicationContext app) {
        this.engine = app.getBean(ProcessEngine.class);
        this.jdbc = app.getBean(JdbcClient.class);
        this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> appArgs = new ArrayList<>(List.of("--server.port=0", "--articlex.notification.email.enabled=false",
                "--camunda.bpm.job-execution.enabled=true", "--logging.level.root=WARN",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=ERROR",
                "--logging.level.org.camunda.bpm.engine.context=ERROR"));
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            switch (kv[0]) {
                case "db-url" -> appArgs.add("--spring.datasource.url=" + kv[1]);
                case "db-user" -> appArgs.add("--spring.datasource.username=" + kv[1]);
                case "db-password" -> appArgs.add("--spring.datasource.password=" + kv[1]);
                case "walkers", "warmup", "seconds", "rounds" -> options.put(kv[0], kv[1]);
                default -> appArgs.add(arg);
            }
        }
        int walkers = Integer.parseInt(options.getOrDefault("walkers", "4"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "15"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ArticleXApplication.class)
                .profiles("postgres", "dev").run(appArgs.toArray(String[]::new));
        int exit = 0;
        try {
            LifecycleBenchmark bench = new LifecycleBenchmark(app);
            bench.deployFloor();
            Walk real = bench::realLifecycle;
            Walk floor = bench::floorLifecycle;
            bench.run(real, walkers, warmup);
            bench.run(floor, walkers, warmup);
            double realCount = 0;
            double floorCount = 0;
            for (int round = 0; round < rounds; round++) {
                // the JIT keeps warming up through the rounds (both sides get faster from round to round): the side
                // measured second would gain from it, so the order turns every round (application first, then floor first)
                long realRound;
                long floorRound;
                if (round % 2 == 0) {
                    realRound = bench.run(real, walkers, seconds);
                    floorRound = bench.run(floor, walkers, seconds);
                } else {
                    floorRound = bench.run(floor, walkers, seconds);
                    realRound = bench.run(real, walkers, seconds);
                }
                realCount += realRound;
                floorCount += floorRound;
                // each round's own ratio: how far one round strays is the error bar of the result
                System.out.printf("ROUND %d real=%.2f floor=%.2f ratio=%.2f%n", round + 1, realRound / (double) seconds,
                        floorRound / (double) seconds, floorRound == 0 ? 0 : realRound / (double) floorRound);
            }
            double realRate = realCount / (rounds * (double) seconds);
            double floorRate = floorCount / (rounds * (double) seconds);
            System.out.printf("RESULT lifecycle walkers=%d seconds=%d rounds=%d real=%.2f floor=%.2f ratio=%.2f"
                    + " transitions_per_lifecycle=%d real_transitions=%.1f floor_transitions=%.1f failures=%d%n",
                    walkers, seconds, rounds, realRate, floorRate, realRate / floorRate,
                    EngineFloor.TRANSITIONS_PER_LIFECYCLE, realRate * EngineFloor.TRANSITIONS_PER_LIFECYCLE,
                    floorRate * EngineFloor.TRANSITIONS_PER_LIFECYCLE, bench.failures.get());
            if (bench.failures.get() > (realCount + floorCount) / 20) {
                exit = 1;
            }
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    @FunctionalInterface
    private interface Walk {
        void once(long n) throws Exception;
    }

    private void deployFloor() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("engine-floor");
        EngineFloor.processes().forEach(model -> deployment.addModelInstance(
                model.getDefinitions().getRootElements().iterator().next().getId() + ".bpmn", model));
        deployment.deploy();
    }

    /** Lifecycles completed by {@code walkers} threads in {@code seconds}; a lifecycle under way at the end counts not. */
    private long run(Walk walk, int walkers, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong completed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(walkers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < walkers; w++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        walk.once(sequence.incrementAndGet());
                        if (System.nanoTime() <= end) {
                            completed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= 5) {
                            e.printStackTrace();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> one : running) {
            one.get();
        }
        pool.shutdown();
        return completed.get();
    }

    // ── the application: as CaseWalk.completed, with the job executor ─────────────────────────────────────────────

    private void realLifecycle(long n) throws Exception {
        Map<String, Object> offerBody = Offers.offer("ESP", CATEGORY, REGIONS, true, 1);
        offerBody.put("title", "Outbreak response team " + n);
        String offer = post("esp-ncp", "/api/offers", offerBody, 201).get("id").asText();
        await(() -> "PUBLISHED".equals(jdbc.sql("SELECT status FROM offer WHERE id = ?").param(offer)
                .query(String.class).optional().orElse(null)), "offer published " + offer);
        Map<String, Object> body = Requests.from("CHL");
        body.put("category", CATEGORY);
        body.put("title", "Outbreak response support " + n);
        String id = post("caseworker", "/api/requests", body, 201).get("id").asText();
        submitForm("caseworker", awaitTask(id, "reviewCompleteness"), Map.of("complete", true));
        submitForm("caseworker", awaitTask(id, "confirmMatch"), Map.of("selectedOfferId", offer));
        post("esp-ncp", "/api/requests/" + id + "/offer-response",
                Map.of("offerId", offer, "accepted", true, "note", "Ready to deliver"), 202);
        awaitActivity(id, "Task_AwaitImplementationStart");
        post("esp-ncp", "/api/requests/" + id + "/implementation", event("STARTED"), 202);
        post("esp-ncp", "/api/requests/" + id + "/implementation", event("COMPLETED"), 202);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("summary", "Course held and equipment installed");
        report.put("outcomes", List.of("12 staff trained"));
        report.put("beneficiaries", 12);
        post("chl-ncp", "/api/requests/" + id + "/completion-report", report, 202);
        submitForm("caseworker", awaitTask(id, "reviewCompletionReport"), Map.of("reportAccepted", true));
        String status = jdbc.sql("SELECT status FROM assistance_request WHERE id = ?").param(id).query(String.class).single();
        if (!"COMPLETED".equals(status)) {
            throw new IllegalStateException(id + " ended as " + status);
        }
    }

    private static Map<String, Object> event(String event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("note", null);
        return body;
    }

    // ── the floor: the same wait states, user tasks through the same submit-form, messages through the engine API ──

    private void floorLifecycle(long n) throws Exception {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        String offerKey = "FLOOR-OFF-" + n;
        String offer = runtime.startProcessInstanceByKey(EngineFloor.OFFER, offerKey).getId();
        await(() -> runtime.createEventSubscriptionQuery().processInstanceId(offer).count() > 0, "floor offer " + n);
        String id = "FLOOR-REQ-" + n;
        runtime.startProcessInstanceByKey(EngineFloor.REQUEST, id);
        submitForm("caseworker", awaitTask(id, "reviewCompleteness"), Map.of("complete", true));
        submitForm("caseworker", awaitTask(id, "confirmMatch"), Map.of("selectedOfferId", offerKey));
        tasks.complete(awaitTask(id, "respondToMatch"));
        awaitActivity(id, "Task_AwaitImplementationStart");
        runtime.createMessageCorrelation(EngineFloor.MSG_IMPLEMENTATION_STARTED).processInstanceBusinessKey(id).correlate();
        runtime.createMessageCorrelation(EngineFloor.MSG_IMPLEMENTATION_COMPLETED).processInstanceBusinessKey(id).correlate();
        tasks.complete(awaitTask(id, "submitCompletionReport"));
        submitForm("caseworker", awaitTask(id, "reviewCompletionReport"), Map.of("reportAccepted", true));
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count() != 0) {
            throw new IllegalStateException(id + " did not end");
        }
    }

    // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

    private String awaitTask(String businessKey, String taskKey) throws InterruptedException {
        String[] found = new String[1];
        await(() -> {
            Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskKey).singleResult();
            found[0] = task == null ? null : task.getId();
            return task != null;
        }, taskKey + " of " + businessKey);
        return found[0];
    }

    private void awaitActivity(String businessKey, String activityId) throws InterruptedException {
        await(() -> engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(businessKey)
                .activityId(activityId).count() > 0, activityId + " of " + businessKey);
    }

    /** Polls every 2 ms (the job executor works meanwhile) for up to a minute. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Waited a minute for " + what);
            }
            Thread.sleep(2);
        }
    }

    private void submitForm(String user, String taskId, Map<String, Object> values) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables), 204);
    }

    private JsonNode post(String user, String path, Object body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
