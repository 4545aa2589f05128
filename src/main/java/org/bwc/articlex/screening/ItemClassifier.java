package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ItemKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies one item against the control list: by its control code when one is given, otherwise from
 * its kind and free-text description. Never clears what it cannot identify: unknown codes, unstated
 * capacities, unnamed species and unreadable descriptions of goods are findings that send the item to
 * expert review. Stateless and thread-safe.
 */
public final class ItemClassifier {

    private enum Verdict { MET, NOT_MET, UNKNOWN }

    private static final Comparator<TermIndex.Hit> IN_TEXT_ORDER = Comparator.comparingInt(TermIndex.Hit::start);

    private final ControlList list;

    public ItemClassifier(ControlList list) {
        this.list = Objects.requireNonNull(list);
    }

    public ItemClassification classify(ScreeningItem item) {
        ItemKind kind = item.kind();
        Tokens t = Tokens.of(item.description());
        Result out = new Result();
        String code = item.controlCode() == null ? "" : item.controlCode().trim();
        if (kind == ItemKind.FUNDING) {
            out.note("funding transfers no goods or technology");
        } else {
            boolean weakAnywhere = kind == ItemKind.AGENT || kind == ItemKind.MATERIAL;
            List<String> notes = new ArrayList<>();
            List<TermIndex.Hit> hits = inContext(list.terms().find(t, weakAnywhere, notes), kind, t, out);
            notes.forEach(out::note);
            hits.sort(IN_TEXT_ORDER);
            if (isGoods(kind)) {
                goods(kind, item.description(), t, hits, out);
            } else {
                knowledge(item.description(), t, hits, out);
            }
            weapon(kind, t, hits, out);
        }
        if (!code.isEmpty()) {
            byCode(code, out);
        }
        return out.build();
    }

    /**
     * Abbreviations count only in context: an agent's or toxin's ("SEB", "GTX", "NiV") in an agent or
     * material item or next to a biological word; a containment level's ("P3", "BSL-3") next to a
     * facility word. "GTX 1080 GPU" and "P3 particulate filter" name neither.
     */
    private static List<TermIndex.Hit> inContext(List<TermIndex.Hit> hits, ItemKind kind, Tokens t, Result out) {
        List<TermIndex.Hit> kept = new ArrayList<>(hits.size());
        for (TermIndex.Hit h : hits) {
            if (!h.abbreviation()) {
                kept.add(h);
                continue;
            }
            boolean ok;
            if (h.rule().section().biological()) {
                boolean biologicalWords = containsAny(t, MatchingAids.BIOLOGICAL_CONTEXT)
                        || containsAny(t, MatchingAids.ORGANISM_WORDS);
                ok = biologicalWords || kind == ItemKind.AGENT
                        || (kind == ItemKind.MATERIAL && !containsAny(t, MatchingAids.NON_BIOLOGICAL_CONTEXT));
            } else if (h.rule().thresholds().stream().anyMatch(th -> th.dimension() == Dimension.CONTAINMENT_LEVEL)) {
                ok = containsAny(t, MatchingAids.FACILITY_WORDS) || containsAny(t, MatchingAids.CONTAINMENT_WORDS);
            } else {
                ok = true;
            }
            if (ok) {
                kept.add(h);
            } else {
                out.note("'" + h.term() + "' is not " + h.rule().id() + " here: no biological or containment context");
            }
        }
        return kept;
    }

    /**
     * A control code never lowers an outcome: the description is screened as if there were no code, the
     * code's entry is one more finding, and a code naming an entry the description does not is a
     * finding of its own (SCR-CONTROL-CODE-MISMATCH) for a person to resolve.
     */
    private void byCode(String code, Result out) {
        Optional<ControlRule> rule = list.rule(code.toUpperCase(Locale.ROOT));
        if (rule.isEmpty()) {
            out.finding(RuleIds.UNKNOWN_CONTROL_CODE,
                    "control code '" + code + "' is not in control list " + list.version());
            return;
        }
        ControlRule r = rule.get();
        boolean described = out.controlled.contains(r) || out.undetermined.contains(r);
        if (described) {
            out.controlled(r, "control code " + r.id() + " agrees with the description");
            return;
        }
        String named = out.anyListed() ? String.join(", ", out.listedIds()) : "no listed entry";
        out.controlled(r, "declared by control code " + r.id());
        out.finding(RuleIds.CONTROL_CODE_MISMATCH, "control code " + r.id() + " contradicts the description ("
                + named + ")");
    }

    /**
     * The weapon-or-means-of-delivery ground is proposed only for an item designed to disseminate
     * biological agents or toxins: a weapon word ("munition", "bomblet") or a dissemination word with
     * an agent or toxin, or the unambiguous "weaponised" family. A listed sprayer is listed equipment.
     */
    private static void weapon(ItemKind kind, Tokens t, List<TermIndex.Hit> hits, Result out) {
        String weaponised = firstOf(t, MatchingAids.WEAPONISATION_WORDS);
        if (weaponised != null) {
            out.finding(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY, "described as '" + weaponised
                    + "': weapon or means of delivery");
            return;
        }
        if (!isGoods(kind)) {
            return;
        }
        String munition = firstOf(t, MatchingAids.WEAPON_WORDS);
        String word = munition != null ? munition : firstOf(t, MatchingAids.DISSEMINATION_WORDS);
        if (word == null) {
            return;
        }
        boolean agent = hits.stream().anyMatch(h -> h.rule().section().biological()
                && h.rule().section() != ControlSection.GENETIC_ELEMENT)
                || containsAny(t, MatchingAids.AGENT_WORDS);
        if (agent) {
            out.finding(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY, "'" + word + "' with a biological agent or toxin: "
                    + "designed to disseminate it, a weapon or means of delivery");
        } else if (munition != null) {
            out.finding(RuleIds.MUNITION_WITHOUT_AGENT, "'" + munition + "' names no biological agent or toxin: "
                    + "not a ground for denial; a person checks what it is designed for");
        }
    }

    // ------------------------------------------------------------------------------------------ goods

    private void goods(ItemKind kind, String description, Tokens t, List<TermIndex.Hit> hits, Result out) {
        boolean equipmentApplies = kind != ItemKind.AGENT;
        boolean agentsApply = kind != ItemKind.EQUIPMENT;
        List<TermIndex.Hit> equipment = new ArrayList<>();
        List<TermIndex.Hit> agents = new ArrayList<>();
        for (TermIndex.Hit h : hits) {
            (h.rule().section().biological() ? agents : equipment).add(h);
        }
        Measurements measured = null;
        for (TermIndex.Hit h : equipmentApplies ? equipment : List.<TermIndex.Hit>of()) {
            ControlRule r = h.rule();
            if (isLocationOnly(h, equipment, t)) {
                out.note("'" + h.term() + "' says where the item goes, not that it is " + r.id());
                continue;
            }
            boolean delivery = list.isMeansOfDelivery(r.id());
            if (delivery && !containsAny(t, MatchingAids.DELIVERY_PLATFORMS)) {
                out.note("'" + h.term() + "' names no aircraft or UAV, so it is not " + r.id());
                continue;
            }
            if (!r.hasThresholds()) {
                out.controlled(r, "'" + h.term() + "' -> " + r.id() + " (listed without a threshold)");
            } else {
                if (measured == null) {
                    measured = Measurements.of(description);
                }
                StringBuilder detail = new StringBuilder();
                Verdict v = evaluate(r, measured, detail);
                switch (v) {
                    case MET -> out.controlled(r, "'" + h.term() + "' -> " + r.id() + ": " + detail);
                    case NOT_MET -> out.nearMiss(r, "'" + h.term() + "' -> " + r.id() + " not controlled: " + detail);
                    case UNKNOWN -> {
                        out.undetermined(r, "'" + h.term() + "' -> " + r.id() + ": " + detail);
                        out.finding(RuleIds.CAPACITY_UNKNOWN, null);
                    }
                }
            }
        }
        String product = kind == ItemKind.MATERIAL || kind == ItemKind.AGENT ? productForm(t) : null;
        if (product == null && (kind == ItemKind.MATERIAL || kind == ItemKind.AGENT)
                && agents.stream().noneMatch(h -> h.rule().section() == ControlSection.TOXIN
                        || h.rule().section() == ControlSection.GENETIC_ELEMENT)) {
            // a toxin reagent is the toxin; a plasmid encoding an antigen is a genetic element
            product = organismProductForm(t);
        }
        if (product != null && !agents.isEmpty() && inactivatedRiskGroup4(t, agents)) {
            out.finding(RuleIds.INACTIVATION_UNVERIFIED, "'" + product + "' material of a risk group 4 agent ("
                    + agents.get(0).term() + "): not a live agent, but a person checks the certificate of inactivation");
        } else if (product != null && !agents.isEmpty()) {
            out.note("'" + product + "': a product or non-live material naming " + agents.get(0).term()
                    + " supplies no live culture or toxin preparation, so no agent entry applies");
        } else if (product != null) {
            out.note("'" + product + "': a product or non-live material, not a live agent");
        } else if (agentsApply) {
            taxa(agents, out);
        } else if (!out.anyListed() && !out.anyNearMiss()) {
            List<TermIndex.Hit> named = agents.stream().filter(h -> h.type() == TermIndex.HitType.TERM).toList();
            if (!named.isEmpty() && !containsAny(t, MatchingAids.EQUIPMENT_NOUNS)) {
                // listed as equipment but reads like the agent itself: a person must look
                named.forEach(h -> out.undetermined(h.rule(), "equipment item names '" + h.term() + "' (" + h.rule().id()
                        + ") and no equipment"));
                out.finding(RuleIds.KIND_MISMATCH, null);
            } else if (!named.isEmpty()) {
                out.note("mentions " + named.get(0).rule().id() + " as context only");
            }
        }
        if (!equipmentApplies && !out.anyListed() && !out.anyNearMiss()) {
            List<TermIndex.Hit> named = equipment.stream().filter(h -> h.type() == TermIndex.HitType.TERM).toList();
            if (!named.isEmpty()) {
                // an "agent" that reads like listed equipment: a person must look
                named.forEach(h -> out.undetermined(h.rule(), "agent item names '" + h.term() + "' (" + h.rule().id()
                        + ") and no agent"));
                out.finding(RuleIds.KIND_MISMATCH, null);
            }
        }
        if (!out.anyListed() && !out.anyNearMiss() && out.findings.isEmpty() && product == null) {
            if (!recognisable(t)) {
                out.finding(RuleIds.UNRECOGNISED_ITEM, "description does not identify the item");
            } else if (!failSafe(kind, t, out)) {
                out.note("no listed item named");
            }
        }
    }

    /**
     * An agent (or a material that names an organism) naming nothing listed and no organism known to be
     * unlisted goes to a person: the screening does not clear what it cannot identify. True when it did.
     */
    private boolean failSafe(ItemKind kind, Tokens t, Result out) {
        if (kind != ItemKind.AGENT && kind != ItemKind.MATERIAL) {
            return false;
        }
        String known = list.knownUnlisted().find(t);
        if (known != null) {
            out.note("'" + known + "' is a known unlisted organism");
            return true;
        }
        if (kind == ItemKind.MATERIAL && !namesOrganism(t)) {
            return false;
        }
        out.finding(RuleIds.UNKNOWN_ORGANISM, "names no organism or toxin the screening knows, listed or unlisted");
        return true;
    }

    /** An organism word ("strain", "culture", "cepa", "souche") or a word for a toxin ("enterotoxina"). */
    private static boolean namesOrganism(Tokens t) {
        String[] w = t.words;
        for (int i = 0; i < w.length; i++) {
            boolean media = (i > 0 && MatchingAids.CULTURE_MEDIA.contains(w[i - 1]))
                    || (i + 1 < w.length && MatchingAids.CULTURE_MEDIA.contains(w[i + 1]));
            if (MatchingAids.ORGANISM_WORDS.contains(w[i]) && !media) {
                return true; // "culture media", "medio de cultivo" grow organisms without naming one
            }
            if ((w[i].endsWith("toxin") || w[i].endsWith("toxina")) && !w[i].startsWith("anti")) {
                return true; // enterotoxin, neurotoxina, mycotoxin: some toxin is named; an antitoxin is not one
            }
        }
        return false;
    }

    private void taxa(List<TermIndex.Hit> hits, Result out) {
        java.util.Map<String, List<String>> unnamedSpecies = new java.util.LinkedHashMap<>();
        for (TermIndex.Hit h : hits) {
            ControlRule r = h.rule();
            if (r.section() == ControlSection.GENETIC_ELEMENT) {
                geneticElement(h, hits, out);
                continue;
            }
            switch (h.type()) {
                case TERM -> out.controlled(r, "'" + h.term() + "' -> " + r.id());
                case GENUS_ONLY -> {
                    out.undetermined(r, null);
                    unnamedSpecies.computeIfAbsent(h.term(), k -> new ArrayList<>()).add(r.id());
                }
                case STRAIN_UNSPECIFIED -> {
                    out.undetermined(r, "'" + h.term() + "' without the subtype " + r.id() + " lists");
                    out.finding(RuleIds.STRAIN_UNSPECIFIED, null);
                }
                case OTHER_SUBTYPE -> out.nearMiss(r, "'" + h.term() + "' is not the subtype " + r.id() + " lists");
            }
        }
        unnamedSpecies.forEach((term, ids) -> out.finding(RuleIds.SPECIES_UNSPECIFIED,
                "'" + term + "' without a species; listed members: " + String.join(", ", ids)));
    }

    /** A genetic element or GMO is controlled with a listed agent, undetermined with an unnamed one. */
    private void geneticElement(TermIndex.Hit h, List<TermIndex.Hit> hits, Result out) {
        TermIndex.HitType subject = subjectOf(h.rule(), hits);
        if (subject == TermIndex.HitType.TERM) {
            out.controlled(h.rule(), "'" + h.term() + "' of a listed agent -> " + h.rule().id());
        } else if (subject != null) {
            out.undetermined(h.rule(), "'" + h.term() + "' of an agent not fully named -> " + h.rule().id());
        } else {
            out.note("'" + h.term() + "' of no listed agent is not " + h.rule().id());
        }
    }

    /** The strongest hit on an agent the genetic-element entry relates to: TERM, another type, or null. */
    private TermIndex.HitType subjectOf(ControlRule geneticElement, List<TermIndex.Hit> hits) {
        java.util.Set<ControlSection> sections = list.geneticElementSubjects(geneticElement);
        TermIndex.HitType best = null;
        for (TermIndex.Hit g : hits) {
            if (sections.contains(g.rule().section()) && g.type() != TermIndex.HitType.OTHER_SUBTYPE) {
                if (g.type() == TermIndex.HitType.TERM) {
                    return g.type();
                }
                best = g.type();
            }
        }
        return best;
    }

    /**
     * "Class II cabinet for a BSL-3 lab", "double-door autoclave for a P3 suite": a containment-level
     * abbreviation names where an item goes. It names the containment facility itself only when the
     * description names no other equipment.
     */
    private static boolean isLocationOnly(TermIndex.Hit h, List<TermIndex.Hit> equipment, Tokens t) {
        if (h.rule().thresholds().stream().noneMatch(th -> th.dimension() == Dimension.CONTAINMENT_LEVEL)) {
            return false;
        }
        if (isDestination(h, t)) {
            return true;
        }
        if (!h.abbreviation() || headedByFacility(h, t)) {
            return false;
        }
        if (equipment.stream().anyMatch(g -> g.rule() != h.rule() && !g.abbreviation())) {
            return true;
        }
        for (String w : t.words) {
            if (MatchingAids.EQUIPMENT_NOUNS.contains(w) && !MatchingAids.FACILITY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Laboratoire mobile P3 avec hotte et centrifugeuse": a facility word next to the level, and no item
     * noun before it, makes the facility the item whatever equipment it comes with.
     */
    private static boolean headedByFacility(TermIndex.Hit h, Tokens t) {
        boolean adjacent = false;
        for (int i = 0; i < t.words.length; i++) {
            boolean near = (t.pos[i] >= h.start() - 2 && t.pos[i] < h.start()) || t.pos[i] == h.end();
            if (near && MatchingAids.FACILITY_WORDS.contains(t.words[i])) {
                adjacent = true;
            }
            if (t.pos[i] < h.start() && MatchingAids.EQUIPMENT_NOUNS.contains(t.words[i])
                    && !MatchingAids.FACILITY_WORDS.contains(t.words[i])) {
                return false;
            }
        }
        return adjacent;
    }

    /**
     * "Nitrile gloves for a BSL-3 laboratory", "gants pour laboratoire de niveau de biosécurité 3": the
     * facility follows a preposition of destination and an item noun stands before it, none of them a
     * facility word ("modular unit for a BSL-3 laboratory" may be the facility and stays listed).
     */
    private static boolean isDestination(TermIndex.Hit h, Tokens t) {
        int k = h.start() - 1;
        while (k >= 0 && MatchingAids.ARTICLES.contains(t.raw[k].toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k <= 0 || !MatchingAids.DESTINATION_PREPOSITIONS.contains(t.raw[k].toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean item = false;
        for (int i = 0; i < t.words.length && t.pos[i] < k; i++) {
            if (MatchingAids.FACILITY_WORDS.contains(t.words[i])) {
                return false;
            }
            item |= MatchingAids.EQUIPMENT_NOUNS.contains(t.words[i]);
        }
        return item;
    }

    /** Inactivated (not synthetic, not a kit) material of a risk group 4 agent: inactivation must be verified. */
    private static boolean inactivatedRiskGroup4(Tokens t, List<TermIndex.Hit> agents) {
        return containsAny(t, MatchingAids.INACTIVATION_WORDS) && agents.stream()
                .anyMatch(h -> h.rule().whoRiskGroup() != null && h.rule().whoRiskGroup() == 4);
    }

    /** "Brucella antigen", "diagnostic reagents for anthrax": a diagnostic form of an organism, or null. */
    private static String organismProductForm(Tokens t) {
        for (int i = 0; i < t.words.length; i++) {
            if (MatchingAids.ORGANISM_PRODUCT_FORMS.contains(t.words[i])
                    && (i + 1 == t.words.length || !MatchingAids.SUPPLIED_FORMS.contains(t.words[i + 1]))) {
                return t.raw[t.pos[i]];
            }
        }
        return null;
    }

    /** The product word ("vaccine", "test kit") that makes the agent named the product's subject, or null. */
    private static String productForm(Tokens t) {
        for (int i = 0; i + 1 < t.words.length; i++) {
            if (MatchingAids.NEGATIONS.contains(t.words[i]) && MatchingAids.INFECTIOUS.contains(t.words[i + 1])) {
                return t.span(t.pos[i], t.pos[i + 1] + 1); // "non-infectious", "no infeccioso"
            }
        }
        for (int i = 0; i < t.words.length; i++) {
            if (MatchingAids.SYNTHETIC.contains(t.words[i])) {
                for (int j = i + 1; j < Math.min(t.words.length, i + 4); j++) {
                    if (MatchingAids.CONTROL_MATERIALS.contains(t.words[j])) {
                        return t.span(t.pos[i], t.pos[j] + 1); // "synthetic RNA control"
                    }
                }
            }
        }
        for (int i = 0; i < t.words.length; i++) {
            if (MatchingAids.PRODUCT_FORMS.contains(t.words[i])
                    && (i + 1 == t.words.length || !MatchingAids.SUPPLIED_FORMS.contains(t.words[i + 1]))) {
                return t.raw[t.pos[i]];
            }
        }
        return null;
    }

    /** MET when every condition is met; NOT_MET as soon as one stated value fails; otherwise UNKNOWN. */
    private static Verdict evaluate(ControlRule r, Measurements measured, StringBuilder detail) {
        Set<String> missing = new LinkedHashSet<>();
        for (Threshold th : r.thresholds()) {
            boolean upperBound = th.operator() == Threshold.Operator.LT || th.operator() == Threshold.Operator.LE;
            Optional<BigDecimal> v = upperBound ? measured.min(th.dimension()) : measured.get(th.dimension());
            if (v.isEmpty() && th.dimension() == Dimension.VOLUME_L && !upperBound
                    && th.operator() != Threshold.Operator.EQ) {
                // the total internal volume is at least the working volume: enough to meet a lower bound
                Optional<BigDecimal> working = measured.get(Dimension.WORKING_VOLUME_L);
                if (working.isPresent() && th.test(working.get())) {
                    if (detail.length() > 0) {
                        detail.append(", ");
                    }
                    detail.append(th).append(" met (working volume ").append(show(working.get(), Dimension.VOLUME_L))
                            .append(", so the total is at least that)");
                    continue;
                }
                if (working.isPresent()) {
                    missing.add(th.quantity() + " (working volume " + show(working.get(), Dimension.VOLUME_L)
                            + " is not the total internal volume)");
                    continue;
                }
            }
            if (v.isEmpty()) {
                missing.add(th.quantity());
            } else if (!th.test(v.get())) {
                if (detail.length() > 0) {
                    detail.append(", ");
                }
                detail.append(th).append(" not met (").append(show(v.get(), th.dimension())).append(')');
                return Verdict.NOT_MET;
            } else {
                if (detail.length() > 0) {
                    detail.append(", ");
                }
                detail.append(th).append(" met (").append(show(v.get(), th.dimension())).append(')');
            }
        }
        if (!missing.isEmpty()) {
            if (detail.length() > 0) {
                detail.append("; ");
            }
            detail.append("capacity not stated: ").append(String.join(", ", missing));
            return Verdict.UNKNOWN;
        }
        return Verdict.MET;
    }

    private static String show(BigDecimal v, Dimension d) {
        return v.stripTrailingZeros().toPlainString() + " " + d.unit();
    }

    // ------------------------------------------------------------------------------------------ knowledge

    /**
     * Training, expertise and information are technology: naming a listed agent or item (or a listed
     * technology) brings them under the technology entry. Capacities and subtypes are not asked for; the
     * conditions of the technology entry cover them.
     */
    private void knowledge(String description, Tokens t, List<TermIndex.Hit> hits, Result out) {
        Set<String> subjects = new LinkedHashSet<>();
        Measurements measured = null;
        String production = firstOf(t, MatchingAids.PRODUCTION_WORDS);
        for (TermIndex.Hit h : hits) {
            ControlRule r = h.rule();
            if (r.section() == ControlSection.TECHNOLOGY) {
                out.controlled(r, "'" + h.term() + "' -> " + r.id());
                continue;
            }
            // an unlisted subtype is no subject of training on it, but developing or enhancing it may be
            if ((h.type() == TermIndex.HitType.OTHER_SUBTYPE && production == null)
                    || (list.isMeansOfDelivery(r.id()) && !containsAny(t, MatchingAids.DELIVERY_PLATFORMS))
                    || (r.section() == ControlSection.GENETIC_ELEMENT && subjectOf(r, hits) == null)) {
                continue;
            }
            if (r.hasThresholds()) {
                if (measured == null) {
                    measured = Measurements.of(description);
                }
                if (evaluate(r, measured, new StringBuilder()) == Verdict.NOT_MET) {
                    continue; // e.g. training on 5 L fermenters
                }
            }
            subjects.add(r.id());
        }
        if (subjects.isEmpty()) {
            if (!out.anyListed()) {
                out.note("names no listed agent, item or technology");
            }
            return;
        }
        String purpose = firstOf(t, MatchingAids.CARE_PURPOSES);
        if (purpose != null && production == null) {
            out.note("names listed " + String.join(", ", subjects) + " for '" + purpose + "': training, diagnostics, "
                    + "surveillance, clinical care and biosafety are not development or production technology");
            return;
        }
        ControlRule tech = list.generalTechnology();
        if (tech != null) {
            out.controlled(tech, "technology for listed " + String.join(", ", subjects) + " -> " + tech.id());
        } else {
            subjects.forEach(id -> out.controlled(list.rule(id).orElseThrow(), "technology for listed " + id));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static boolean isGoods(ItemKind kind) {
        return kind == ItemKind.EQUIPMENT || kind == ItemKind.MATERIAL || kind == ItemKind.AGENT;
    }

    /** The first word of the set in the text, as written, or null. */
    private static String firstOf(Tokens t, Set<String> words) {
        for (int i = 0; i < t.words.length; i++) {
            if (words.contains(t.words[i])) {
                return t.raw[t.pos[i]];
            }
        }
        return null;
    }

    private static boolean containsAny(Tokens t, Set<String> words) {
        for (String w : t.words) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any word identifies something: not a stop word, vague word ("equipment", "stuff"),
     * placeholder or keyboard mash. Non-Latin scripts are not screened automatically either.
     */
    static boolean recognisable(Tokens t) {
        for (int i = 0; i < t.words.length; i++) {
            String w = t.words[i];
            if (TermIndex.isNumber(w) || MatchingAids.VAGUE_WORDS.contains(w) || MatchingAids.PLACEHOLDERS.contains(w)) {
                continue;
            }
            if (plausibleWord(t.raw[t.pos[i]])) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausibleWord(String raw) {
        int n = raw.length();
        boolean allUpper = true;
        boolean sameChar = true;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c > 'z' && c < '\u00C0' || c > '\u024F') {
                return false; // outside the Latin alphabets the list is written in
            }
            allUpper &= Character.isUpperCase(c);
            sameChar &= c == raw.charAt(0);
        }
        if (allUpper && n >= 2 && n <= 6) {
            return !sameChar; // an acronym such as PCR or ELISA
        }
        if (n < 3) {
            return false;
        }
        String s = raw.toLowerCase(Locale.ROOT);
        boolean vowel = false;
        int consonantRun = 0;
        int repeat = 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean v = "aeiouyàáâãäåèéêëìíîïòóôõöùúûü".indexOf(c) >= 0;
            vowel |= v;
            consonantRun = v ? 0 : consonantRun + 1;
            repeat = i > 0 && c == s.charAt(i - 1) ? repeat + 1 : 1;
            if (consonantRun > 4 || repeat > 2) {
                return false;
            }
        }
        return vowel;
    }

    /** Accumulates an item's classification; keeps rules in discovery order without repeats. */
    private static final class Result {
        final LinkedHashSet<ControlRule> controlled = new LinkedHashSet<>();
        final LinkedHashSet<ControlRule> undetermined = new LinkedHashSet<>();
        final LinkedHashSet<ControlRule> nearMiss = new LinkedHashSet<>();
        final LinkedHashSet<String> findings = new LinkedHashSet<>();
        final List<String> reasons = new ArrayList<>();

        void controlled(ControlRule r, String reason) {
            undetermined.remove(r);
            if (controlled.add(r)) {
                reasons.add(reason);
            }
        }

        void undetermined(ControlRule r, String reason) {
            if (!controlled.contains(r) && undetermined.add(r) && reason != null) {
                reasons.add(reason);
            }
        }

        void nearMiss(ControlRule r, String reason) {
            if (nearMiss.add(r)) {
                reasons.add(reason);
            }
        }

        void finding(String id, String reason) {
            if (findings.add(id) && reason != null) {
                reasons.add(reason);
            }
        }

        void note(String reason) {
            reasons.add(reason);
        }

        boolean anyListed() {
            return !controlled.isEmpty() || !undetermined.isEmpty();
        }

        boolean anyNearMiss() {
            return !nearMiss.isEmpty();
        }

        List<String> listedIds() {
            List<String> ids = new ArrayList<>();
            controlled.forEach(r -> ids.add(r.id()));
            undetermined.forEach(r -> ids.add(r.id()));
            return ids;
        }

        ItemClassification build() {
            LinkedHashSet<ControlRule> named = new LinkedHashSet<>(controlled);
            named.addAll(undetermined);
            if (named.isEmpty()) {
                named.addAll(nearMiss);
            }
            String matchedName = named.isEmpty() ? null
                    : String.join("; ", named.stream().map(ControlRule::name).toList());
            return new ItemClassification(new ArrayList<>(controlled), new ArrayList<>(undetermined),
                    new ArrayList<>(findings), matchedName, String.join("; ", reasons));
        }
    }
}
