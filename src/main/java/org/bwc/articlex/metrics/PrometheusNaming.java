package org.bwc.articlex.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Makes all of {@code /actuator/prometheus} — not only the project's own meters — pass {@code promtool check metrics}:
 * every meter gets a help text (Spring Security's and Tomcat's observations come without), names are snake_case
 * (Spring Security names filter observations after the filter classes), {@code system.cpu.count} loses its
 * {@code _count} suffix, and the two meters in abbreviated units ({@code jvm.compilation.time} in ms,
 * {@code process.cpu.time} in ns) are left out ({@code process_cpu_usage} and the JVM's own figures remain).
 * A {@link MeterFilter} bean: Spring Boot applies it to every registry before the first meter is registered.
 */
@Component
class PrometheusNaming implements MeterFilter {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Map<String, String> HELP = help();

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return id.getName().equals("jvm.compilation.time") || id.getName().equals("process.cpu.time")
                ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = id.getName();
        String renamed = name.equals("system.cpu.count") ? "system.cpu.logical.processors" : snake(name);
        String description = id.getDescription();
        if (description == null || description.isBlank()) {
            description = describe(name, id.getType());
        }
        if (renamed.equals(name) && description.equals(id.getDescription())) {
            return id;
        }
        return new Meter.Id(renamed, Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
    }

    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("\\.")) {
            out.append(out.isEmpty() ? "" : ".").append(CAMEL.matcher(part).replaceAll("$1_$2").toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static String describe(String name, Meter.Type type) {
        for (Map.Entry<String, String> help : HELP.entrySet()) {
            if (name.startsWith(help.getKey())) {
                return help.getValue();
            }
        }
        return name + " (" + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    private static Map<String, String> help() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put("http.server.requests.active", "HTTP server requests in progress");
        help.put("http.client.requests.active", "HTTP client requests in progress");
        help.put("spring.security.filterchains", "Spring Security filter chain processing (observation)");
        help.put("spring.security.authorizations", "Spring Security authorization decisions (observation)");
        help.put("spring.security.authentications", "Spring Security authentications (observation)");
        help.put("spring.security.http.secured.requests", "Requests through a secured Spring Security filter chain (observation)");
        help.put("tomcat.sessions", "Tomcat HTTP sessions");
        return help;
    }
}
