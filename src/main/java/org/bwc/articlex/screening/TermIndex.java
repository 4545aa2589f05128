package org.bwc.articlex.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lookup structures over the control list, built once at load so that matching a description is a
 * handful of hash lookups per word: no regex and no scan of the list per item.
 *
 * <ul>
 *   <li><b>phrases</b>: names (the list's and the names file's) and synonyms as folded word sequences, keyed by first word;
 *       whole-word and case-insensitive.</li>
 *   <li><b>abbreviations</b>: short upper-case terms ("SEB", "AIV", "Stx" vs "STX"), matched on the
 *       case-preserved words so they never fire inside ordinary words or on lower-case text.</li>
 *   <li><b>genera</b>: genera with listed species; a genus named without a species ("Brucella spp.")
 *       cannot be cleared.</li>
 *   <li><b>qualified species</b>: species listed only for some subspecies/pathovars/types ("Salmonella
 *       enterica ... serovar Typhi"); naming the species alone cannot be cleared, naming another
 *       subtype of the same rank can.</li>
 * </ul>
 */
final class TermIndex {

    enum HitType {
        /** A name, synonym or alias of the entry. */
        TERM,
        /** A genus or virus group with listed members, no member named. */
        GENUS_ONLY,
        /** A species listed only for some subtypes, the subtype not stated. */
        STRAIN_UNSPECIFIED,
        /** A species listed only for some subtypes, another subtype stated: not controlled. */
        OTHER_SUBTYPE
    }

    /** A match in a description; {@code start}/{@code end} are raw-token positions. */
    record Hit(int start, int end, ControlRule rule, HitType type, boolean abbreviation, String term) {
        int length() {
            return end - start;
        }

        boolean covers(Hit other) {
            return start <= other.start && end >= other.end;
        }
    }

    /** {@code breaks[j]}: the term itself has a clause mark before word j, so the text may too. */
    private record Term(String[] tokens, boolean[] breaks, ControlRule rule, boolean weak, boolean abbreviation)
            implements FuzzyWords.TermTokens {
    }

    private record Qualified(ControlRule rule, Map<String, Set<String>> markers) {
    }

    /** A name of an entry from the names file; {@code context}: an ordinary word too, so it needs context. */
    record Name(String ruleId, String language, String text, boolean context) {
    }

    /** A phrase that takes an item out of an entry (the list's notes), with the reason shown to the officer. */
    record Exclusion(String ruleId, String phrase, String reason) {
    }

    private static boolean isEquipmentHit(String ruleId, List<Hit> hits) {
        return hits.stream().anyMatch(h -> h.rule.id().equals(ruleId) && !h.rule.section().biological());
    }

    private record ExclusionPhrase(String[] tokens, String ruleId, String reason) {
        String phrase() {
            return String.join(" ", tokens);
        }
    }

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern GENUS_ENTRY = Pattern.compile("members of the (\\S+) genus");
    private static final Pattern ALTERNATE_PREFIX =
            Pattern.compile("^(?:formerly known as|syn\\.|e\\.g\\.|i\\.e\\.|also)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EQUIPMENT_HEAD_END = Pattern.compile(
            ",|:| capable | designed | that | having | dependent | with | relating ");
    private static final Set<String> GENERIC_HEAD_WORDS = Set.of(
            "process", "control", "unit", "system", "equipment", "device", "complete", "component");

    /** Words that start a class or level qualifier, which may stand after a comma or in brackets. Folded. */
    private static final Set<String> CLASS_WORDS = Set.of("class", "classe", "clase", "level", "niveau", "nivel");

    private final Map<String, Term[]> phrases;
    /**
     * Equipment names (and toxin names of three words or more) by their last word, matched in any word
     * order: names whose words have four letters or more ("Centrifuge, continuous flow", "Drone with
     * spraying tank", "enterotoxin of Staphylococcus aureus").
     */
    private final Map<String, List<Term>> anyOrder;
    private final Map<String, ExclusionPhrase[]> notListed;
    private final FuzzyWords fuzzy;
    private final Map<String, Term[]> abbreviations;
    private final Map<String, List<ControlRule>> genera;
    private final Map<String, Map<String, List<Qualified>>> qualified;
    private final Map<String, List<ControlRule>> groups;

    private TermIndex(Map<String, Term[]> phrases, Map<String, ExclusionPhrase[]> notListed,
                      Map<String, Term[]> abbreviations,
                      Map<String, List<ControlRule>> genera, Map<String, Map<String, List<Qualified>>> qualified,
                      Map<String, List<ControlRule>> groups) {
        this.phrases = phrases;
        this.notListed = notListed;
        Map<String, List<Term>> byLast = new HashMap<>();
        phrases.values().forEach(terms -> {
            for (Term term : terms) {
                boolean anyOrderKind = !term.rule.section().biological()
                        || (term.rule.section() == ControlSection.TOXIN && term.tokens.length >= 3);
                if (term.tokens.length >= 2 && anyOrderKind && !term.weak
                        && java.util.Arrays.stream(term.tokens).allMatch(x -> x.length() >= 4
                        && x.chars().allMatch(Character::isLetter))) {
                    byLast.computeIfAbsent(term.tokens[term.tokens.length - 1], k -> new ArrayList<>()).add(term);
                }
            }
        });
        this.anyOrder = byLast;
        this.fuzzy = FuzzyWords.of(phrases);
        this.abbreviations = abbreviations;
        this.genera = genera;
        this.qualified = qualified;
        this.groups = groups;
    }

    /** The near-miss reader over this index's words. */
    FuzzyWords fuzzy() {
        return fuzzy;
    }

    // ------------------------------------------------------------------------------------------ matching

    /**
     * All entries a description names. Shorter matches inside longer ones are dropped ("Clostridium
     * botulinum" inside "Clostridium botulinum type G"; "TFF" inside "TFF cassette").
     *
     * @param weakAnywhere whether single-word names derived from the list ("Marburg", "Lassa") count
     *                     anywhere; they are also places, so otherwise they count only next to a
     *                     biological word ("Marburg outbreak", not "workshop in Marburg")
     */
    List<Hit> find(Tokens t, boolean weakAnywhere) {
        return find(t, weakAnywhere, new ArrayList<>());
    }

    /**
     * As {@link #find(Tokens, boolean)}; {@code notes} receives why an exclusion of the list took a hit
     * away. Words one edit away from a listed word (Damerau-Levenshtein, same first letter, as Lucene's
     * FuzzyQuery with a prefix of one) are read as that word, at most one such word per name and only
     * in names of seven letters or more: "Yersinia pestiss", "Brucella melitensys".
     */
    List<Hit> find(Tokens original, boolean weakAnywhere, List<String> notes) {
        boolean[] corrected = new boolean[original.words.length];
        Tokens t = fuzzy.correct(original, corrected);
        List<Hit> hits = new ArrayList<>();
        String[] w = t.words;
        for (int i = 0; i < w.length; i++) {
            Term[] candidates = phrases.get(w[i]);
            if (candidates != null) {
                for (Term term : candidates) {
                    if (matchesAt(w, i, term.tokens) && sameClause(t, i, term)
                            && editsAllowed(term, corrected, i)
                            && (!term.weak || weakAnywhere || biologicalNear(w, i, i + term.tokens.length))) {
                        int end = t.pos[i + term.tokens.length - 1] + 1;
                        hits.add(new Hit(t.pos[i], end, term.rule, HitType.TERM, false, t.span(t.pos[i], end)));
                    }
                }
            }
        }
        for (int i = 0; i < w.length; i++) {
            List<Term> candidates = anyOrder.get(w[i]);
            if (candidates != null) {
                for (Term term : candidates) {
                    int[] span = inAnyOrder(w, i, term.tokens, t.breakBefore);
                    if (span != null) {
                        int end = t.pos[span[1]] + 1;
                        hits.add(new Hit(t.pos[span[0]], end, term.rule, HitType.TERM, false, t.span(t.pos[span[0]], end)));
                    }
                }
            }
        }
        String[] raw = t.raw;
        for (int i = 0; i < raw.length; i++) {
            if (i > 0 && t.joint[i] == Tokens.GLUED && Character.isDigit(raw[i - 1].charAt(0))) {
                continue; // never the tail of another token ("1080GTX")
            }
            Term[] candidates = abbreviations.get(raw[i]);
            if (candidates == null && isPluralAbbreviation(raw[i])) { // "GMOs", "AIVs"
                candidates = abbreviations.get(raw[i].substring(0, raw[i].length() - 1));
                if (candidates != null) {
                    candidates = singlePart(candidates);
                }
            }
            if (candidates != null) {
                for (Term term : candidates) {
                    if ((term.tokens.length == 1 || matchesAt(raw, i, term.tokens))
                            && wholeToken(t, i, term.tokens.length)) {
                        hits.add(new Hit(i, i + term.tokens.length, term.rule, HitType.TERM, true,
                                t.span(i, i + term.tokens.length)));
                    }
                }
            }
        }
        for (int i = 0; i < w.length; i++) {
            findTaxa(t, i, hits);
        }
        dropNotListed(t, hits, notes);
        return suppress(hits);
    }

    /**
     * An abbreviation is a whole token: "NSP4", "GTX1080" or "DAS-ELISA" are other words. A hyphen or
     * slash joins it to another word only when the list's term has it ("HT-2", "BoNT/A"), or to a number.
     */
    private static boolean wholeToken(Tokens t, int i, int length) {
        int next = i + length;
        if (next < t.raw.length && t.joint[next] != Tokens.SPACE) {
            boolean digits = Character.isDigit(t.raw[next].charAt(0));
            return t.joint[next] == Tokens.HYPHEN && digits;
        }
        return true;
    }

    /**
     * The list's exclusions: equipment named with an excluded use ("cross-flow filtration for reverse
     * osmosis") is out of the entry wherever the phrase stands; an agent name only inside the phrase
     * ("locust plague", "cholera toxin").
     */
    private void dropNotListed(Tokens t, List<Hit> hits, List<String> notes) {
        String[] w = t.words;
        String pathogenUse = null; // "bioreactor for vaccine production and beer trials" keeps the entry
        for (String x : w) {
            if (MatchingAids.PATHOGEN_USE_WORDS.contains(x)) {
                pathogenUse = x;
                break;
            }
        }
        for (int i = 0; i < w.length && !hits.isEmpty(); i++) {
            ExclusionPhrase[] excluded = notListed.get(w[i]);
            if (excluded == null) {
                continue;
            }
            for (ExclusionPhrase x : excluded) {
                if (matchesAt(w, i, x.tokens) && pathogenUse != null && isEquipmentHit(x.ruleId, hits)) {
                    notes.add("'" + x.phrase() + "' does not take the item out of " + x.ruleId + ": it is also for '"
                            + pathogenUse + "'");
                    continue;
                }
                if (matchesAt(w, i, x.tokens)) {
                    int start = t.pos[i];
                    int end = t.pos[i + x.tokens.length - 1] + 1;
                    boolean removed = hits.removeIf(h -> h.rule.id().equals(x.ruleId)
                            && (!h.rule.section().biological() || (h.start >= start && h.end <= end)));
                    if (removed) {
                        notes.add("'" + t.span(start, end) + "': not " + x.ruleId + " (" + x.reason + ")");
                    }
                }
            }
        }
    }

    /**
     * "Centrifuge, continuous flow" is a continuous flow centrifuge: every word of an equipment name
     * within a window around its head word, in any order. Only names of words of four letters or more: a
     * number or a class ("3", "iii") must stand where the name puts it. The covered word span, or null.
     */
    private static int[] inAnyOrder(String[] w, int head, String[] tokens, boolean[] breakBefore) {
        int window = tokens.length == 2 ? 3 : tokens.length + 2; // two-word names: at most one word between
        int from = Math.max(0, head - window);
        int to = Math.min(w.length - 1, head + window);
        int start = head;
        int end = head;
        for (int j = 0; j < tokens.length - 1; j++) {
            int found = -1;
            for (int k = from; k <= to; k++) {
                if (k != head && w[k].equals(tokens[j])) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            start = Math.min(start, found);
            end = Math.max(end, found);
        }
        if (end - start >= window) {
            return null;
        }
        // a two-word name stays within one clause: "gants en nitrile, boîte de 100" is no glove box
        for (int k = start + 1; tokens.length == 2 && k <= end; k++) {
            if (breakBefore[k]) {
                return null;
            }
        }
        return new int[] {start, end};
    }

    /** At most one word of a name read with an edit, and only in a name of seven letters or more. */
    private static boolean editsAllowed(Term term, boolean[] corrected, int i) {
        int edits = 0;
        int letters = 0;
        for (int j = 0; j < term.tokens.length; j++) {
            edits += corrected[i + j] ? 1 : 0;
            letters += term.tokens[j].length();
        }
        return edits == 0 || (edits == 1 && letters >= 7);
    }

    private void findTaxa(Tokens t, int i, List<Hit> hits) {
        String[] w = t.words;
        String next = i + 1 < w.length ? w[i + 1] : null;
        List<ControlRule> genus = genera.get(w[i]);
        if (genus != null && (next == null || MatchingAids.UNNAMED_SPECIES_WORDS.contains(next) || isNumber(next))) {
            for (ControlRule r : genus) {
                hits.add(new Hit(t.pos[i], t.pos[i] + 1, r, HitType.GENUS_ONLY, false, t.raw[t.pos[i]]));
            }
        }
        List<ControlRule> group = groups.get(w[i]);
        if (group != null) {
            for (ControlRule r : group) {
                hits.add(new Hit(t.pos[i], t.pos[i] + 1, r, HitType.GENUS_ONLY, false, t.raw[t.pos[i]]));
            }
        }
        Map<String, List<Qualified>> byEpithet = next == null ? null : qualified.get(w[i]);
        List<Qualified> entries = byEpithet == null ? null : byEpithet.get(next);
        if (entries != null) {
            evaluateQualified(t, i, entries, hits);
        }
    }

    /**
     * A qualified species named in the text. Controlled when every rank of the listed qualifier is stated
     * with a listed value; another subtype when a stated rank has a different listed value; otherwise the
     * subtype is unknown.
     */
    private static void evaluateQualified(Tokens t, int i, List<Qualified> entries, List<Hit> hits) {
        String[] w = t.words;
        Map<String, String> stated = new HashMap<>();
        int k = i + 2;
        while (k < w.length) {
            String marker = MatchingAids.QUALIFIER_MARKERS.get(w[k]);
            if (marker == null) {
                break;
            }
            boolean hasValue = k + 1 < w.length && !MatchingAids.QUALIFIER_MARKERS.containsKey(w[k + 1]);
            stated.put(marker, hasValue ? w[k + 1] : null);
            k += hasValue ? 2 : 1;
        }
        int start = t.pos[i];
        int end = t.pos[Math.max(i + 1, k - 1)] + 1;
        Map<ControlRule, HitType> verdicts = new LinkedHashMap<>();
        for (Qualified q : entries) {
            HitType verdict = verdict(q.markers, stated);
            HitType previous = verdicts.get(q.rule);
            // one matching form of the entry is enough; "other subtype" only if every form says so
            if (previous == null || verdict == HitType.TERM
                    || (previous == HitType.OTHER_SUBTYPE && verdict == HitType.STRAIN_UNSPECIFIED)) {
                verdicts.put(q.rule, verdict);
            }
        }
        String label = t.span(start, end);
        verdicts.forEach((rule, verdict) -> hits.add(new Hit(start, end, rule, verdict, false, label)));
    }

    private static HitType verdict(Map<String, Set<String>> listed, Map<String, String> stated) {
        boolean all = !listed.isEmpty();
        for (Map.Entry<String, Set<String>> e : listed.entrySet()) {
            String value = stated.get(e.getKey());
            if (value != null && !e.getValue().isEmpty() && !e.getValue().contains(value)) {
                return HitType.OTHER_SUBTYPE;
            }
            if (value == null || !e.getValue().contains(value)) {
                all = false;
            }
        }
        return all ? HitType.TERM : HitType.STRAIN_UNSPECIFIED;
    }

    private static List<Hit> suppress(List<Hit> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        outer:
        for (Hit h : hits) {
            for (Hit g : hits) {
                if (g != h && g.covers(h) && hides(g, h)) {
                    continue outer;
                }
            }
            kept.add(h);
        }
        // a genus named next to one of its listed members ("hantavirus, Andes strain") is that member
        Set<String> termRules = new HashSet<>();
        for (Hit h : kept) {
            if (h.type == HitType.TERM) {
                termRules.add(h.rule.id());
            }
        }
        Set<Integer> coveredGenusStarts = new HashSet<>();
        for (Hit h : kept) {
            if (h.type == HitType.GENUS_ONLY && termRules.contains(h.rule.id())) {
                coveredGenusStarts.add(h.start);
            }
        }
        if (!coveredGenusStarts.isEmpty()) {
            kept.removeIf(h -> h.type == HitType.GENUS_ONLY && coveredGenusStarts.contains(h.start));
        }
        // the same entry found twice (name and synonym) counts once
        Map<String, Hit> distinct = new LinkedHashMap<>();
        for (Hit h : kept) {
            distinct.merge(h.rule.id() + "|" + h.type, h, (a, b) -> a);
        }
        return new ArrayList<>(distinct.values());
    }

    /**
     * Whether covering hit g makes h redundant: a longer name wins over a name inside it, a name wins
     * over a taxon question on the same words, and a taxon question never hides a name ("Clostridium
     * botulinum type A" is still Clostridium botulinum).
     */
    private static boolean hides(Hit g, Hit h) {
        boolean gTerm = g.type == HitType.TERM;
        boolean hTerm = h.type == HitType.TERM;
        if (gTerm) {
            return g.length() > h.length() || (g.length() == h.length() && !hTerm);
        }
        return !hTerm && g.length() > h.length();
    }

    private static boolean matchesAt(String[] words, int i, String[] tokens) {
        if (i + tokens.length > words.length) {
            return false;
        }
        for (int j = 1; j < tokens.length; j++) {
            if (!tokens[j].equals(words[i + j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean biologicalNear(String[] w, int start, int end) {
        for (int k = Math.max(0, start - 3); k < Math.min(w.length, end + 3); k++) {
            if ((k < start || k >= end) && MatchingAids.BIOLOGICAL_CONTEXT.contains(w[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "nitrile gloves, box of 100" is not a "glove box": a phrase does not run across a comma it lacks,
     * unless what follows is the name's class or level ("biological safety cabinet (class III)").
     */
    private static boolean sameClause(Tokens t, int i, Term term) {
        for (int j = 1; j < term.tokens.length; j++) {
            if (t.breakBefore[i + j] && !term.breaks[j] && !CLASS_WORDS.contains(term.tokens[j])) {
                return false;
            }
        }
        return true;
    }

    private static Term[] singlePart(Term[] terms) {
        return java.util.Arrays.stream(terms).filter(x -> x.tokens.length == 1).toArray(Term[]::new);
    }

    private static boolean isPluralAbbreviation(String s) {
        if (s.length() < 3 || s.charAt(s.length() - 1) != 's') {
            return false;
        }
        for (int i = 0; i < s.length() - 1; i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumber(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    // ------------------------------------------------------------------------------------------ building

    static TermIndex build(List<ControlRule> rules) {
        return build(rules, List.of(), List.of());
    }

    static TermIndex build(List<ControlRule> rules, List<Name> names, List<Exclusion> exclusions) {
        Builder b = new Builder();
        Map<String, ControlRule> byId = new HashMap<>();
        Map<String, List<Name>> namesById = new HashMap<>();
        for (Name n : names) {
            namesById.computeIfAbsent(n.ruleId(), k -> new ArrayList<>()).add(n);
        }
        for (ControlRule r : rules) {
            byId.put(r.id(), r);
            b.add(r, namesById.getOrDefault(r.id(), List.of()));
        }
        Map<String, List<ControlRule>> groups = new HashMap<>();
        MatchingAids.VIRUS_GROUPS.forEach((word, ids) -> {
            List<ControlRule> members = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            if (!members.isEmpty()) {
                groups.put(Tokens.fold(word), members);
            }
        });
        Map<String, ExclusionPhrase[]> notListed = new HashMap<>();
        for (Exclusion x : exclusions) {
            String[] words = Tokens.wordsOf(x.phrase());
            if (words.length == 0) {
                continue;
            }
            ExclusionPhrase[] one = {new ExclusionPhrase(words, x.ruleId(), x.reason())};
            notListed.merge(words[0], one, (a, c) -> {
                ExclusionPhrase[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = c[0];
                return both;
            });
        }
        return new TermIndex(freeze(b.phrases), notListed, freeze(b.abbreviations), copy(b.genera), b.qualified(),
                groups);
    }

    private static Map<String, Term[]> freeze(Map<String, List<Term>> m) {
        Map<String, Term[]> out = new HashMap<>();
        // longest first, so the first match at a position is the most specific one (for readers of hits)
        m.forEach((k, v) -> out.put(k, v.stream()
                .sorted((a, b) -> Integer.compare(b.tokens.length, a.tokens.length)).toArray(Term[]::new)));
        return out;
    }

    private static Map<String, List<ControlRule>> copy(Map<String, Set<ControlRule>> m) {
        Map<String, List<ControlRule>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static final class Builder {
        final Map<String, List<Term>> phrases = new HashMap<>();
        final Map<String, List<Term>> abbreviations = new HashMap<>();
        final Map<String, Set<ControlRule>> genera = new HashMap<>();
        final Set<String> seen = new HashSet<>();
        /** genus -> epithet -> qualified entries, filled after each rule so bare binomials are known. */
        final Map<String, Map<String, List<Qualified>>> qualifiedEntries = new HashMap<>();

        void add(ControlRule r, List<Name> extraNames) {
            // names that are ordinary words too go first, so that the same word from the list is weak
            for (Name n : extraNames) {
                if (n.context()) {
                    Tokens t = Tokens.of(n.text());
                    put(phrases, t.words, t.breakBefore, r, true, false);
                }
            }
            List<String> names = switch (r.kind()) {
                case VIRUS, BACTERIUM, FUNGUS, TOXIN -> biologicalNames(r);
                case EQUIPMENT -> equipmentHead(r.name());
                case GENETIC_ELEMENT, TECHNOLOGY -> List.of(); // their names are general legal wording
            };
            String ruleGenus = genusOf(r);
            List<String[]> binomialPhrases = new ArrayList<>();
            List<String[]> stems = new ArrayList<>();
            Set<String> ruleTerms = new HashSet<>();
            List<String> all = new ArrayList<>(names);
            all.addAll(r.synonyms());
            extraNames.stream().filter(n -> !n.context()).forEach(n -> all.add(n.text()));
            for (String text : all) {
                boolean fromName = names.contains(text);
                if (looksLikeAbbreviation(text)) {
                    put(abbreviations, Tokens.of(text).raw, null, r, false, true);
                    continue;
                }
                Tokens t = Tokens.of(text);
                if (t.words.length == 0) {
                    continue;
                }
                put(phrases, t.words, t.breakBefore, r, false, false);
                ruleTerms.add(String.join(" ", t.words));
                if ((r.kind() == ControlKind.BACTERIUM || r.kind() == ControlKind.FUNGUS) && isBinomial(t)) {
                    String[] words = t.words.clone();
                    if (t.raw[0].length() == 1) {
                        // "B. anthracis" -> also "Bacillus anthracis"
                        if (ruleGenus != null && ruleGenus.charAt(0) == words[0].charAt(0)) {
                            words[0] = ruleGenus;
                            put(phrases, words, t.breakBefore, r, false, false);
                            ruleTerms.add(String.join(" ", words));
                        }
                    } else {
                        genera.computeIfAbsent(words[0], k -> new LinkedHashSet<>()).add(r);
                        String[] initial = t.words.clone();
                        initial[0] = words[0].substring(0, 1);
                        put(phrases, initial, t.breakBefore, r, false, false);
                    }
                    // a subtype question arises from the entry's own name, or from a form naming a rank
                    if (words.length > 2 && words[0].length() > 1
                            && (fromName || !qualifierOf(words).isEmpty())) {
                        binomialPhrases.add(words);
                    }
                }
                if (r.kind() == ControlKind.VIRUS && fromName) {
                    stems.add(t.words);
                }
            }
            // after the list's own terms, so a listed synonym ("Ebola") stays strong
            stems.forEach(words -> addVirusStem(r, words));
            for (String[] words : binomialPhrases) {
                if (ruleTerms.contains(words[0] + " " + words[1])) {
                    continue; // the bare species is itself listed: no subtype question
                }
                Qualified q = new Qualified(r, qualifierOf(words));
                for (String genus : List.of(words[0], words[0].substring(0, 1))) {
                    qualifiedEntries.computeIfAbsent(genus, k -> new HashMap<>())
                            .computeIfAbsent(words[1], k -> new ArrayList<>()).add(q);
                }
            }
        }

        /** Derived single-word names ("Lassa" from "Lassa virus", "Marburg" from "Marburgvirus") are weak. */
        private void addVirusStem(ControlRule r, String[] words) {
            if (words.length >= 2 && words[words.length - 1].equals("virus")) {
                put(phrases, java.util.Arrays.copyOf(words, words.length - 1), new boolean[words.length - 1], r, true,
                        false);
            } else if (words.length == 1 && words[0].endsWith("virus") && words[0].length() > 7) {
                put(phrases, new String[] {words[0].substring(0, words[0].length() - 5)}, new boolean[1], r, true, false);
            }
        }

        private void put(Map<String, List<Term>> index, String[] tokens, boolean[] breaks, ControlRule r, boolean weak,
                         boolean abbreviation) {
            if (tokens.length == 0 || !seen.add(r.id() + (abbreviation ? "|A|" : "|P|") + String.join(" ", tokens))) {
                return;
            }
            index.computeIfAbsent(tokens[0], k -> new ArrayList<>())
                    .add(new Term(tokens, breaks, r, weak, abbreviation));
        }

        Map<String, Map<String, List<Qualified>>> qualified() {
            Map<String, Map<String, List<Qualified>>> out = new HashMap<>();
            qualifiedEntries.forEach((g, m) -> {
                Map<String, List<Qualified>> inner = new HashMap<>();
                m.forEach((e, l) -> inner.put(e, List.copyOf(l)));
                out.put(g, inner);
            });
            return out;
        }
    }

    /** Qualifier ranks and values after a binomial: "subspecies enterica serovar Typhi". */
    private static Map<String, Set<String>> qualifierOf(String[] words) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int k = 2; k < words.length; k++) {
            String marker = MatchingAids.QUALIFIER_MARKERS.get(words[k]);
            if (marker != null) {
                Set<String> values = out.computeIfAbsent(marker, x -> new HashSet<>());
                if (k + 1 < words.length && !MatchingAids.QUALIFIER_MARKERS.containsKey(words[k + 1])) {
                    values.add(words[k + 1]);
                }
            }
        }
        return out;
    }

    /**
     * Names of a pathogen or toxin entry: the name without its parentheses, its genus for genus-wide
     * entries, and each alternative in parentheses/brackets ("Hendra virus (Equine morbillivirus)").
     */
    static List<String> biologicalNames(ControlRule r) {
        List<String> out = new ArrayList<>();
        String name = r.name();
        List<String> alternates = new ArrayList<>();
        for (Pattern p : List.of(BRACKETS, PARENS)) {
            Matcher m = p.matcher(name);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                alternates.add(m.group(1));
                m.appendReplacement(rest, " ");
            }
            m.appendTail(rest);
            name = rest.toString();
        }
        Matcher genus = GENUS_ENTRY.matcher(name);
        if (genus.find()) {
            out.add(genus.group(1));
        }
        int colon = name.indexOf(':');
        if (colon > 0) {
            name = name.substring(0, colon);
        }
        int others = name.indexOf(" and other members");
        if (others > 0) {
            name = name.substring(0, others);
        }
        boolean toxin = r.kind() == ControlKind.TOXIN;
        for (String alt : name.split(" / ")) {
            addWithParts(out, alt.trim(), toxin);
        }
        for (String alt : alternates) {
            alt = ALTERNATE_PREFIX.matcher(alt.trim()).replaceFirst("");
            for (String part : alt.split(";| or ")) {
                addWithParts(out, part.trim(), toxin);
            }
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** Toxin names list several toxins ("A, B and C toxins"): each part that names a toxin is a name. */
    private static void addWithParts(List<String> out, String text, boolean toxin) {
        out.add(text);
        if (toxin) {
            String[] parts = text.split(",| and ");
            out.add(parts[0].trim());
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].toLowerCase(Locale.ROOT).contains("toxin")) {
                    out.add(parts[i].trim());
                }
            }
        }
    }

    /** Equipment names are long legal text; the noun phrase before the first qualifier is the name. */
    static List<String> equipmentHead(String name) {
        String head = PARENS.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").trim();
        Matcher m = EQUIPMENT_HEAD_END.matcher(head);
        if (m.find()) {
            head = head.substring(0, m.start());
        }
        for (String w : Tokens.wordsOf(head)) {
            if (!GENERIC_HEAD_WORDS.contains(w)) {
                return List.of(head);
            }
        }
        return List.of();
    }

    private static String genusOf(ControlRule r) {
        if (r.kind() != ControlKind.BACTERIUM && r.kind() != ControlKind.FUNGUS) {
            return null;
        }
        Tokens t = Tokens.of(r.name());
        return isBinomial(t) && t.raw[0].length() > 1 ? t.words[0] : null;
    }

    /** "Bacillus anthracis", "B. anthracis": a capitalised genus (or initial) and a Latin-looking epithet. */
    static boolean isBinomial(Tokens t) {
        if (t.raw.length < 2 || t.words.length < 2 || t.pos[0] != 0 || t.pos[1] != 1) {
            return false;
        }
        String g = t.raw[0];
        return Character.isUpperCase(g.charAt(0)) && g.chars().allMatch(Character::isLetter)
                && (g.length() == 1 || g.substring(1).chars().allMatch(Character::isLowerCase))
                && isEpithet(t.raw[1]);
    }

    private static final String[] EPITHET_ENDINGS = {
        "a", "ae", "e", "i", "is", "us", "um", "es", "ens", "ans", "er", "ix", "ax", "ex", "on", "os", "as", "or"};

    /** Latin species epithets are lower case and end like Latin words; "toxin" or "research" do not. */
    static boolean isEpithet(String raw) {
        if (raw.length() < 3 || !raw.chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        for (String e : EPITHET_ENDINGS) {
            if (raw.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Case-sensitive terms: one token with several capitals ("SEB", "MERS-CoV", "HeV"), or short/with a
     * digit ("Stx", "Xoo", "Ug99"). Everything else is matched case-insensitively as a phrase.
     */
    static boolean looksLikeAbbreviation(String s) {
        if (s.isBlank() || s.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        long upper = s.chars().filter(Character::isUpperCase).count();
        boolean digit = s.chars().anyMatch(Character::isDigit);
        return upper >= 2 || (upper >= 1 && (s.length() <= 4 || digit));
    }
}
