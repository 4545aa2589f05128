package org.bwc.articlex.screening;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * UN Security Council measures by State (unsc-measures.csv), loaded once and immutable. Only measures
 * that cover biological dual-use items are a ground for denying a controlled item (docs/rules.md).
 */
public final class SecurityCouncilMeasures {

    public static final String RESOURCE = "reference/unsc-measures.csv";
    public static final String FILE = "unsc-measures.csv";

    private final List<SecurityCouncilMeasure> measures;
    private final Map<String, List<SecurityCouncilMeasure>> biologicalByState;
    private final Map<String, SecurityCouncilMeasure> byRuleId;
    private final String version;
    private final String digest;

    public SecurityCouncilMeasures(Reader csv, String declaredVersion) {
        this(ReferenceData.read(csv), declaredVersion);
    }

    public SecurityCouncilMeasures(InputStream csv, String declaredVersion) {
        this(ReferenceData.read(csv), declaredVersion);
    }

    private SecurityCouncilMeasures(String text, String declaredVersion) {
        this.digest = ReferenceData.digest(text);
        this.version = declaredVersion == null || declaredVersion.isBlank() ? "sha256:" + digest : declaredVersion.trim();
        List<SecurityCouncilMeasure> all = new ArrayList<>();
        Map<String, List<SecurityCouncilMeasure>> bio = new HashMap<>();
        Map<String, SecurityCouncilMeasure> ids = new HashMap<>();
        int line = 1;
        for (Map<String, String> row : ReferenceData.rows(text, "UNSC measures",
                "state", "resolution", "scope", "covers_biological_dual_use", "source")) {
            line++;
            String where = "line " + line;
            String state = ReferenceData.cell(row, "state").toUpperCase(Locale.ROOT);
            if (!state.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(where + ": state must be an ISO 3166-1 alpha-3 code, was '"
                        + state + "'");
            }
            String covers = ReferenceData.cell(row, "covers_biological_dual_use").toLowerCase(Locale.ROOT);
            if (!covers.equals("true") && !covers.equals("false")) {
                throw new IllegalArgumentException(where + ": covers_biological_dual_use must be true or false");
            }
            SecurityCouncilMeasure m;
            try {
                m = new SecurityCouncilMeasure(state, ReferenceData.cell(row, "resolution"),
                        ReferenceData.cell(row, "scope"), covers.equals("true"), ReferenceData.cell(row, "source"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            if (ids.putIfAbsent(m.ruleId(), m) != null) {
                throw new IllegalArgumentException(where + ": duplicate measure " + m.ruleId());
            }
            all.add(m);
            if (m.coversBiologicalDualUse()) {
                bio.computeIfAbsent(state, k -> new ArrayList<>()).add(m);
            }
        }
        this.measures = List.copyOf(all);
        Map<String, List<SecurityCouncilMeasure>> frozen = new HashMap<>();
        bio.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.biologicalByState = Map.copyOf(frozen);
        this.byRuleId = Map.copyOf(ids);
    }

    /** The measures shipped with the project, versioned by {@code unsc-measures.version} in the version file. */
    public static SecurityCouncilMeasures fromClasspath() {
        return Shipped.MEASURES;
    }

    private static final class Shipped {
        static final SecurityCouncilMeasures MEASURES = load(org.bwc.articlex.reference.ReferenceDirectory.shipped());
    }

    /** The measures of a reference directory, versioned by its version file; a bad row names file and line. */
    public static SecurityCouncilMeasures load(org.bwc.articlex.reference.ReferenceDirectory dir) {
        java.util.Properties versions = new java.util.Properties();
        dir.read(ControlList.VERSION_FILE).ifPresent(v -> {
            try {
                versions.load(new java.io.StringReader(v));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(dir.describe(ControlList.VERSION_FILE) + ": " + e.getMessage(), e);
            }
        });
        try {
            return new SecurityCouncilMeasures(dir.require(FILE), versions.getProperty("unsc-measures.version"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(dir.describe(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Measures against the State that cover biological dual-use items; empty for almost every State. */
    public List<SecurityCouncilMeasure> coveringBiologicalDualUse(String state) {
        if (state == null) {
            return List.of();
        }
        List<SecurityCouncilMeasure> m = biologicalByState.get(state);
        return m != null ? m : biologicalByState.getOrDefault(state.trim().toUpperCase(Locale.ROOT), List.of());
    }

    public Optional<SecurityCouncilMeasure> byRuleId(String ruleId) {
        return Optional.ofNullable(ruleId == null ? null : byRuleId.get(ruleId));
    }

    public List<SecurityCouncilMeasure> measures() {
        return measures;
    }

    public String version() {
        return version;
    }

    public String digest() {
        return digest;
    }
}
