package org.bwc.articlex.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The data generator command: start the application with {@code --articlex.generate=N} and it writes N historic
 * requests (see {@link HistoricCaseGenerator}) with a progress bar, rebuilds the metrics cells, prints a summary and
 * exits. Options: {@code --articlex.generate-seed=20260601}, {@code --articlex.generate-from=2012} (first year),
 * {@code --articlex.generate-until=2026-06-30} (end of the history, default now), {@code --articlex.generate-offers=true},
 * {@code --articlex.generate-batch=1000}, {@code --articlex.generate-exit=true} (false: keep running afterwards).
 * Exists only with the switch; the exit itself is {@link #exitsAfterwards} asked by the application's main method,
 * once the start is complete (docs/metrics.md).
 */
@Component
@ConditionalOnProperty("articlex.generate")
public class GeneratorRunner implements ApplicationRunner {

    private final HistoricCaseGenerator generator;
    private final Environment environment;
    private final Clock clock;

    GeneratorRunner(HistoricCaseGenerator generator, Environment environment, Clock clock) {
        this.generator = generator;
        this.environment = environment;
        this.clock = clock;
    }

    /** Whether the application was started to generate data and should stop once it has (the default). */
    public static boolean exitsAfterwards(Environment environment) {
        return environment.containsProperty("articlex.generate")
                && environment.getProperty("articlex.generate-exit", Boolean.class, true);
    }

    @Override
    public void run(ApplicationArguments args) {
        int cases = Integer.parseInt(environment.getRequiredProperty("articlex.generate").replace("_", ""));
        String until = environment.getProperty("articlex.generate-until");
        Instant end = until == null ? clock.instant()
                : LocalDate.parse(until).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
        HistoricCaseGenerator.Plan plan = new HistoricCaseGenerator.Plan(cases,
                environment.getProperty("articlex.generate-seed", Long.class, 20260601L),
                environment.getProperty("articlex.generate-from", Integer.class, 2012), end,
                environment.getProperty("articlex.generate-offers", Boolean.class, true),
                environment.getProperty("articlex.generate-batch", Integer.class, 1000));
        System.out.printf(Locale.ROOT, "Generating %,d historic requests from %d to %s (seed %d)%n", cases, plan.fromYear(),
                end, plan.seed());
        ProgressBar progress = ProgressBar.onConsole("requests", cases);
        HistoricCaseGenerator.Result result = generator.generate(plan, progress::update);
        progress.finish(result.cases());
        System.out.printf(Locale.ROOT, "Wrote %,d requests and %,d offers (%,d rows) in %s; metrics cells rebuilt in %s%n",
                result.cases(), result.offers(), result.rows(), ProgressBar.human(result.writing()), human(result.cells()));
        result.byStatus().forEach((status, count) -> System.out.printf(Locale.ROOT, "  %-24s %,10d%n", status, count));
    }

    private static String human(Duration duration) {
        return duration.getSeconds() < 60 ? String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0)
                : ProgressBar.human(duration);
    }
}
