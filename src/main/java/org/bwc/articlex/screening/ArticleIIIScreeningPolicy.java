package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ItemKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Article III screening (docs/rules.md): classifies every item, then applies the request's end use,
 * facility and requesting State.
 *
 * <p>Proportionality is built in: each item is decided on its own findings, and the requesting State
 * changes an item's outcome only through an enumerated legal ground, a UN Security Council measure
 * covering biological dual-use items. Identity, region and development status are not inputs.
 * DENIED is a proposal on a legal ground and always goes to Balance review. Stateless and thread-safe.
 */
public final class ArticleIIIScreeningPolicy {

    private static final List<String> BASE_CONDITIONS = List.of(
            ScreeningCondition.END_USE_ASSURANCE.name(),
            ScreeningCondition.END_USER_CERTIFICATE.name(),
            ScreeningCondition.NO_RE_EXPORT.name());
    private static final List<String> BIOLOGICAL_CONDITIONS = List.of(
            ScreeningCondition.END_USE_ASSURANCE.name(),
            ScreeningCondition.END_USER_CERTIFICATE.name(),
            ScreeningCondition.NO_RE_EXPORT.name(),
            ScreeningCondition.FACILITY_BSL_ADEQUATE.name());

    private final ControlList list;
    private final SecurityCouncilMeasures measures;
    private final ItemClassifier classifier;
    private final String referenceVersion;

    public ArticleIIIScreeningPolicy(ControlList list, SecurityCouncilMeasures measures) {
        this.list = Objects.requireNonNull(list);
        this.measures = Objects.requireNonNull(measures);
        this.classifier = new ItemClassifier(list);
        this.referenceVersion = list.version() + " (sha256:" + list.digest() + "); UNSC " + measures.version()
                + " (sha256:" + measures.digest() + ")";
    }

    /** The policy over the reference lists shipped with the project. */
    public static ArticleIIIScreeningPolicy fromClasspath() {
        return new ArticleIIIScreeningPolicy(ControlList.fromClasspath(), SecurityCouncilMeasures.fromClasspath());
    }

    public ScreeningResult screen(ScreeningInput input) {
        List<SecurityCouncilMeasure> sanctions = measures.coveringBiologicalDualUse(input.requestingState());
        // "n/a", "TBD" or "-" state no end use
        EndUse endUse = input.endUse();
        boolean endUseStated = endUse != null && endUse.statement() != null
                && ItemClassifier.recognisable(Tokens.of(endUse.statement()));
        List<ItemFinding> findings = new ArrayList<>(input.items().size());
        ScreeningOutcome overall = ScreeningOutcome.CLEARED;
        Set<String> rules = new LinkedHashSet<>();
        EnumSet<ScreeningCondition> conditions = EnumSet.noneOf(ScreeningCondition.class);
        for (ScreeningItem item : input.items()) {
            ItemFinding f = screenItem(item, input.endUse(), endUseStated, sanctions);
            findings.add(f);
            overall = overall.max(f.outcome());
            rules.addAll(f.rules());
            f.conditions().forEach(c -> conditions.add(ScreeningCondition.valueOf(c)));
        }
        return new ScreeningResult(overall, new ArrayList<>(rules), findings,
                conditions.stream().map(Enum::name).toList(), referenceVersion);
    }

    private ItemFinding screenItem(ScreeningItem item, EndUse endUse, boolean endUseStated,
                                   List<SecurityCouncilMeasure> sanctions) {
        ItemClassification c = classifier.classify(item);
        Set<String> rules = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>(List.of(c.reason()));
        ScreeningOutcome outcome = ScreeningOutcome.CLEARED;
        c.controlled().forEach(r -> rules.add(r.id()));
        c.undetermined().forEach(r -> rules.add(r.id()));
        if (!c.controlled().isEmpty()) {
            outcome = ScreeningOutcome.CONDITIONAL;
        }
        for (String finding : c.findings()) {
            rules.add(finding);
            outcome = outcome.max(finding.equals(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY)
                    ? ScreeningOutcome.DENIED : ScreeningOutcome.REFERRED);
        }
        List<String> conditions = List.of();
        if (c.listed()) {
            boolean goods = item.kind() == ItemKind.AGENT || item.kind() == ItemKind.MATERIAL
                    || item.kind() == ItemKind.EQUIPMENT;
            boolean biological = goods && (c.controlled().stream().anyMatch(r -> r.section().biological())
                    || c.undetermined().stream().anyMatch(r -> r.section().biological()));
            conditions = biological ? BIOLOGICAL_CONDITIONS : BASE_CONDITIONS;
            Integer riskGroup = goods ? maxRiskGroup(c) : null;
            if (riskGroup != null && riskGroup == 4) {
                rules.add(RuleIds.RISK_GROUP_4);
                outcome = outcome.max(ScreeningOutcome.REFERRED);
                reasons.add("WHO risk group 4 agent");
            }
            Integer bsl = endUse == null ? null : endUse.biosafetyLevel();
            if (riskGroup != null && (bsl == null || bsl < riskGroup)) {
                rules.add(RuleIds.BSL_BELOW_RISK_GROUP);
                outcome = outcome.max(ScreeningOutcome.REFERRED);
                reasons.add(bsl == null ? "facility biosafety level not stated (risk group " + riskGroup + ")"
                        : "facility BSL-" + bsl + " below risk group " + riskGroup);
            }
            if (!endUseStated) {
                rules.add(RuleIds.NO_END_USE);
                outcome = outcome.max(ScreeningOutcome.REFERRED);
                reasons.add("no end-use statement");
            }
            for (SecurityCouncilMeasure m : sanctions) {
                rules.add(m.ruleId());
                reasons.add("UN Security Council resolution " + m.resolution() + " covers biological dual-use items to "
                        + m.state());
            }
            // a measure bars controlled items; an item still undetermined stays with the experts
            if (!sanctions.isEmpty() && !c.controlled().isEmpty()) {
                outcome = ScreeningOutcome.DENIED;
            }
        }
        if (outcome == ScreeningOutcome.DENIED) {
            conditions = List.of(); // a proposed denial carries no conditions to meet
        }
        return new ItemFinding(item.index(), outcome, new ArrayList<>(rules), conditions, c.matchedName(),
                String.join("; ", reasons.stream().filter(s -> !s.isEmpty()).toList()));
    }

    private static Integer maxRiskGroup(ItemClassification c) {
        Integer max = null;
        for (List<ControlRule> rules : List.of(c.controlled(), c.undetermined())) {
            for (ControlRule r : rules) {
                if (r.whoRiskGroup() != null && (max == null || r.whoRiskGroup() > max)) {
                    max = r.whoRiskGroup();
                }
            }
        }
        return max;
    }

    public ControlList controlList() {
        return list;
    }

    public SecurityCouncilMeasures securityCouncilMeasures() {
        return measures;
    }

    /** The reference data every result is stamped with. */
    public String referenceVersion() {
        return referenceVersion;
    }
}
