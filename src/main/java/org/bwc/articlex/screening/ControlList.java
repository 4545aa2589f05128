package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ReferenceDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The versioned control list (docs/rules.md), loaded once and immutable. The CSV is the single source of
 * what is controlled; updating it (and its version file) changes screening without a code change.
 * A malformed list fails loudly at load, never silently at screening time.
 */
public final class ControlList {

    public static final String RESOURCE = "reference/control-list.csv";
    public static final String LIST_FILE = "control-list.csv";
    public static final String NAMES_FILE = "control-list-names.csv";
    public static final String EXCLUSIONS_FILE = "control-list-exclusions.csv";
    public static final String KNOWN_UNLISTED_FILE = "known-unlisted-organisms.csv";
    public static final String VERSION_FILE = "control-list.version";
    /** The six UN languages the names file may use. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "ru", "ar", "zh");

    private static final System.Logger LOG = System.getLogger(ControlList.class.getName());
    private static final String[] COLUMNS =
            {"id", "section", "kind", "name", "synonyms", "who_risk_group", "threshold", "list_date", "source"};

    private final List<ControlRule> rules;
    private final Map<String, ControlRule> byId;
    private final String version;
    private final String digest;
    private final TermIndex terms;
    private final Set<String> meansOfDelivery;
    private final ControlRule generalTechnology;
    private final Map<String, Set<ControlSection>> geneticElementSubjects;
    private final KnownOrganisms knownUnlisted;
    private final List<TermIndex.Name> names;

    /**
     * @param csv             the list in the project's CSV format
     * @param declaredVersion the list's version, e.g. {@code AG-2023-11+PL-2012-06+EQ-2022-11}; when
     *                        null or blank the content digest stands in for it
     */
    public ControlList(Reader csv, String declaredVersion) {
        this(ReferenceData.read(csv), declaredVersion);
    }

    public ControlList(InputStream csv, String declaredVersion) {
        this(ReferenceData.read(csv), declaredVersion);
    }

    private ControlList(String text, String declaredVersion) {
        this(text, List.of(), List.of(), KnownOrganisms.NONE, declaredVersion, ReferenceData.digest(text));
    }

    private ControlList(String text, List<TermIndex.Name> names, List<TermIndex.Exclusion> exclusions,
                        KnownOrganisms knownUnlisted, String declaredVersion, String digest) {
        this.digest = digest;
        this.names = List.copyOf(names);
        this.knownUnlisted = knownUnlisted;
        this.version = declaredVersion == null || declaredVersion.isBlank() ? "sha256:" + digest : declaredVersion.trim();
        Map<String, ControlRule> rules = new LinkedHashMap<>();
        int line = 1;
        for (Map<String, String> row : ReferenceData.rows(text, "control list", COLUMNS)) {
            line++;
            ControlRule r = parse(row, line);
            if (rules.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("control list row " + line + ": duplicate id " + r.id());
            }
        }
        this.rules = List.copyOf(rules.values());
        this.byId = Collections.unmodifiableMap(rules);
        this.terms = TermIndex.build(this.rules, names, exclusions);
        this.meansOfDelivery = this.rules.stream().filter(ControlList::isMeansOfDelivery)
                .map(ControlRule::id).collect(Collectors.toUnmodifiableSet());
        this.generalTechnology = this.rules.stream()
                .filter(r -> r.section() == ControlSection.TECHNOLOGY)
                .min((a, b) -> Boolean.compare(isGeneralEntry(b), isGeneralEntry(a)))
                .orElse(null);
        Map<String, Set<ControlSection>> subjects = new LinkedHashMap<>();
        for (ControlRule r : this.rules) {
            if (r.section() == ControlSection.GENETIC_ELEMENT) {
                subjects.put(r.id(), r.name().toLowerCase(Locale.ROOT).contains("plant")
                        ? Set.of(ControlSection.PLANT_PATHOGEN)
                        : Set.of(ControlSection.HUMAN_ANIMAL_PATHOGEN, ControlSection.TOXIN));
            }
        }
        this.geneticElementSubjects = Map.copyOf(subjects);
    }

    /** The list shipped with the project, with the version from {@code reference/control-list.version}. */
    public static ControlList fromClasspath() {
        return Shipped.LIST;
    }

    private static final class Shipped {
        static final ControlList LIST = load(ReferenceDirectory.shipped());
    }

    /**
     * The control list with its names, exclusions and known unlisted organisms, validated: a bad row
     * stops the start with the file, the line and the reason. The digest covers all four files, since
     * each changes what is screened.
     */
    public static ControlList load(ReferenceDirectory dir) {
        String text = dir.require(LIST_FILE);
        String namesText = dir.read(NAMES_FILE).orElse("");
        String exclusionsText = dir.read(EXCLUSIONS_FILE).orElse("");
        String knownText = dir.read(KNOWN_UNLISTED_FILE).orElse("");
        Set<String> ids = new java.util.HashSet<>();
        for (Map<String, String> row : rowsOf(dir, LIST_FILE, text, COLUMNS)) {
            ids.add(ReferenceData.cell(row, "id"));
        }
        List<TermIndex.Name> names = new ArrayList<>();
        int line = 1;
        for (Map<String, String> row : rowsOf(dir, NAMES_FILE, namesText, "id", "language", "name", "usage")) {
            line++;
            String where = dir.describe(NAMES_FILE) + " line " + line;
            String id = known(ids, ReferenceData.cell(row, "id"), where);
            String language = ReferenceData.cell(row, "language");
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException(where + ": language must be one of " + new java.util.TreeSet<>(LANGUAGES)
                        + ", was '" + language + "'");
            }
            String name = nonEmpty(ReferenceData.cell(row, "name"), where, "name");
            String usage = ReferenceData.cell(row, "usage");
            if (!usage.isEmpty() && !usage.equals("context")) {
                throw new IllegalArgumentException(where + ": usage must be empty or 'context', was '" + usage + "'");
            }
            names.add(new TermIndex.Name(id, language, name, usage.equals("context")));
        }
        List<TermIndex.Exclusion> exclusions = new ArrayList<>();
        line = 1;
        for (Map<String, String> row : rowsOf(dir, EXCLUSIONS_FILE, exclusionsText, "id", "phrase", "reason")) {
            line++;
            String where = dir.describe(EXCLUSIONS_FILE) + " line " + line;
            exclusions.add(new TermIndex.Exclusion(known(ids, ReferenceData.cell(row, "id"), where),
                    nonEmpty(ReferenceData.cell(row, "phrase"), where, "phrase"),
                    nonEmpty(ReferenceData.cell(row, "reason"), where, "reason")));
        }
        List<String> knownNames = new ArrayList<>();
        line = 1;
        for (Map<String, String> row : rowsOf(dir, KNOWN_UNLISTED_FILE, knownText, "name", "category")) {
            line++;
            knownNames.add(nonEmpty(ReferenceData.cell(row, "name"), dir.describe(KNOWN_UNLISTED_FILE) + " line " + line,
                    "name"));
        }
        java.util.Properties versions = new java.util.Properties();
        dir.read(VERSION_FILE).ifPresent(v -> {
            try {
                versions.load(new StringReader(v));
            } catch (IOException e) {
                throw new IllegalArgumentException(dir.describe(VERSION_FILE) + ": " + e.getMessage(), e);
            }
        });
        String digest = ReferenceData.digest(text + "\n" + namesText + "\n" + exclusionsText + "\n" + knownText);
        try {
            return new ControlList(text, names, exclusions, KnownOrganisms.of(knownNames),
                    versions.getProperty("version"), digest);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(dir.describe(LIST_FILE) + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<String, String>> rowsOf(ReferenceDirectory dir, String file, String text, String... columns) {
        if (!file.equals(LIST_FILE) && text.strip().lines().count() <= 1) {
            return List.of(); // an optional list may be empty, or just its header
        }
        try {
            return ReferenceData.rows(text, file, columns);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(dir.describe(file) + ": " + e.getMessage(), e);
        }
    }

    private static String known(Set<String> ids, String id, String where) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException(where + ": id '" + id + "' is not in the control list");
        }
        return id;
    }

    private static String nonEmpty(String value, String where, String column) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty " + column);
        }
        return value;
    }

    /** Organisms known to be outside the list: an agent naming one of them is not referred as unknown. */
    KnownOrganisms knownUnlisted() {
        return knownUnlisted;
    }

    /** The names of the entries in the six UN languages, from the names file. */
    List<TermIndex.Name> names() {
        return names;
    }

    private static ControlRule parse(Map<String, String> row, int line) {
        String id = ReferenceData.cell(row, "id");
        String where = "control list row " + line + (id.isEmpty() ? "" : " (" + id + ")");
        if (id.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty id");
        }
        String name = ReferenceData.cell(row, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty name");
        }
        ControlSection section = enumValue(ControlSection.class, ReferenceData.cell(row, "section"), where, "section");
        ControlKind kind = enumValue(ControlKind.class, ReferenceData.cell(row, "kind"), where, "kind");
        List<String> synonyms = new ArrayList<>();
        for (String s : ReferenceData.cell(row, "synonyms").split("\\|")) {
            if (!s.isBlank()) {
                synonyms.add(s.trim());
            }
        }
        Integer riskGroup = null;
        String rg = ReferenceData.cell(row, "who_risk_group");
        if (!rg.isEmpty()) {
            try {
                riskGroup = Integer.valueOf(rg);
            } catch (NumberFormatException e) {
                riskGroup = -1;
            }
            if (riskGroup < 1 || riskGroup > 4) {
                throw new IllegalArgumentException(where + ": who_risk_group must be 1-4, was '" + rg + "'");
            }
        }
        String thresholdCell = ReferenceData.cell(row, "threshold");
        List<Threshold> thresholds = Threshold.parseAll(thresholdCell).orElse(List.of());
        if (thresholds.isEmpty() && !thresholdCell.isEmpty()) {
            // controlled by name alone: over-control, reviewed, beats silently clearing
            LOG.log(System.Logger.Level.WARNING, "{0}: threshold ''{1}'' not understood; the named item is "
                    + "controlled without a threshold", where, thresholdCell);
        }
        YearMonth listDate = null;
        String date = ReferenceData.cell(row, "list_date");
        if (!date.isEmpty()) {
            try {
                listDate = YearMonth.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": list_date must be YYYY-MM, was '" + date + "'");
            }
        }
        return new ControlRule(id, section, kind, name, synonyms, riskGroup, thresholds, listDate,
                ReferenceData.cell(row, "source"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where, String column) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown " + column + " '" + value + "'");
        }
    }

    /** The list's spraying systems for aircraft/UAVs are means of delivery, a legal ground for denial. */
    private static boolean isMeansOfDelivery(ControlRule r) {
        String n = r.name().toLowerCase(Locale.ROOT);
        return r.section() == ControlSection.DUAL_USE_EQUIPMENT
                && (n.contains("spraying") || n.contains("fogging"))
                && (n.contains("aircraft") || n.contains("aerial vehicle") || n.contains("unmanned"));
    }

    private static boolean isGeneralEntry(ControlRule r) {
        return r.name().toLowerCase(Locale.ROOT).contains("general entry");
    }

    /** The declared version, e.g. {@code AG-2023-11+PL-2012-06+EQ-2022-11}. */
    public String version() {
        return version;
    }

    /** First 16 hex digits of the SHA-256 of the list text, to tell edited copies of one version apart. */
    public String digest() {
        return digest;
    }

    public List<ControlRule> rules() {
        return rules;
    }

    public Optional<ControlRule> rule(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    public int size() {
        return rules.size();
    }

    /** Whether the entry is a means of delivery (spraying/fogging systems for aircraft or UAVs). */
    public boolean isMeansOfDelivery(String id) {
        return meansOfDelivery.contains(id);
    }

    /** The general technology entry, cited when training or information names a listed item; may be null. */
    ControlRule generalTechnology() {
        return generalTechnology;
    }

    /**
     * The sections whose agents a genetic-element entry relates to: the entries cover genetic elements
     * and GMOs "relating to listed" pathogens, so a plasmid is controlled only with a listed agent.
     */
    Set<ControlSection> geneticElementSubjects(ControlRule geneticElement) {
        return geneticElementSubjects.getOrDefault(geneticElement.id(), Set.of());
    }

    TermIndex terms() {
        return terms;
    }

    @Override
    public String toString() {
        return "ControlList[" + version + ", " + rules.size() + " rules, sha256:" + digest + "]";
    }
}
