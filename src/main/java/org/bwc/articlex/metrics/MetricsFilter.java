package org.bwc.articlex.metrics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.InvalidInputException;

/**
 * The filters every metrics endpoint takes: the period of submission ({@code from}, {@code to}: ISO dates, both
 * inclusive, UTC), the requesting State's UN regional group and the assistance category. A blank value means no
 * filter; anything else that is not understood is refused (400, naming the parameter), never silently ignored.
 */
record MetricsFilter(LocalDate from, LocalDate to, Region region, AssistanceCategory category) {

    static final MetricsFilter NONE = new MetricsFilter(null, null, null, null);
    static final Set<String> PARAMETERS = Set.of("from", "to", "region", "category");

    boolean hasPeriod() {
        return from != null || to != null;
    }

    /**
     * @param params  the query parameters as received
     * @param allowed the parameters this endpoint takes (any of {@link #PARAMETERS} and its own)
     */
    static MetricsFilter parse(Map<String, List<String>> params, Set<String> allowed) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            if (!allowed.contains(param.getKey())) {
                problems.add(new FieldProblem(param.getKey(), "unknown parameter; this endpoint takes "
                        + allowed.stream().sorted().collect(Collectors.joining(", "))));
            } else if (param.getValue().size() > 1) {
                problems.add(new FieldProblem(param.getKey(), "give at most one value"));
            }
        }
        LocalDate from = date(params, "from", problems);
        LocalDate to = date(params, "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "must not be before from (" + from + ")"));
        }
        Region region = choice(params, "region", Region.class, problems);
        AssistanceCategory category = choice(params, "category", AssistanceCategory.class, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MetricsFilter(from, to, region, category);
    }

    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    private static LocalDate date(Map<String, List<String>> params, String name, List<FieldProblem> problems) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                problems.add(new FieldProblem(name, "must be a date between 1900-01-01 and 2999-12-31"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be an ISO date such as 2025-01-31"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Map<String, List<String>> params, String name, Class<E> type,
            List<FieldProblem> problems) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    static Set<String> with(String... extra) {
        Set<String> allowed = new LinkedHashSet<>(PARAMETERS);
        allowed.addAll(List.of(extra));
        return allowed;
    }

    /** For the JSON answers: the filters as applied. */
    Map<String, Object> describe() {
        Map<String, Object> applied = new java.util.LinkedHashMap<>();
        applied.put("from", from == null ? null : from.toString());
        applied.put("to", to == null ? null : to.toString());
        applied.put("region", region == null ? null : region.name());
        applied.put("category", category == null ? null : category.name());
        return applied;
    }
}
