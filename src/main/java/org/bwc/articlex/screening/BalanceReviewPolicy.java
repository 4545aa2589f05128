package org.bwc.articlex.screening;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_ITEM_DECISIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a manager's Balance review must satisfy, item by item (docs/rules.md):
 * <ul>
 * <li>each restricted item (referred or proposed for denial; when none is, each controlled item) gets its own
 * decision, from {@code itemDecisions} or else from {@code balanceDecision}, which is refused where it cannot apply
 * to one of them;</li>
 * <li>an item a UN Security Council measure bars for the requesting State cannot be approved, with or without
 * conditions;</li>
 * <li>a denial rests on a legal ground that the item's <em>own</em> findings establish — anything else would be a
 * restriction by identity, which Article X forbids;</li>
 * <li>only the items denied are denied; the others proceed, and the request is denied only when every item is.</li>
 * </ul>
 * Problems name the field: {@code balanceDecision}, {@code legalGround}, {@code conditions}, {@code justification},
 * or {@code itemDecisions[n].decision} etc. for the n-th entry (from 0) of the list, and the message names the item.
 */
public final class BalanceReviewPolicy {

    public static final int MIN_JUSTIFICATION = 30;
    public static final int MAX_JUSTIFICATION = 4000;
    public static final int MAX_CONDITIONS = 4000;
    /** Far above any real list (a request has at most a few hundred items); refused before it is parsed. */
    public static final int MAX_ITEM_DECISIONS_JSON = 200_000;

    private static final Set<String> ITEM_FIELDS = Set.of("index", "decision", "legalGround", "conditions");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BalanceReviewPolicy() {
    }

    /**
     * The signed-off review.
     *
     * @param decision   the decision the request as a whole is recorded under: DENY when any item is denied,
     *                   APPROVE_WITH_CONDITIONS when any carries conditions, else APPROVE (or the
     *                   {@code balanceDecision} given alone)
     * @param items      one decision per decided item, grounds and conditions resolved
     * @param finalItems every item's outcome after the review
     */
    public record Review(BalanceDecision decision, List<ItemDecision> items, List<ItemFinding> finalItems,
                         boolean deniedInFull) {

        public Review {
            items = List.copyOf(items);
            finalItems = List.copyOf(finalItems);
        }
    }

    /** @return field → problem, empty when the review may be recorded */
    public static Map<String, String> problems(Object decision, Object justification, Object legalGround,
            Object conditions, Object itemDecisions, ScreeningResult screening) {
        Map<String, String> problems = new LinkedHashMap<>();
        evaluate(decision, justification, legalGround, conditions, itemDecisions, screening, problems);
        return problems;
    }

    /** The review of a valid submission; {@link IllegalArgumentException} when {@link #problems} finds any. */
    public static Review review(Object decision, Object justification, Object legalGround, Object conditions,
            Object itemDecisions, ScreeningResult screening) {
        Map<String, String> problems = new LinkedHashMap<>();
        Review review = evaluate(decision, justification, legalGround, conditions, itemDecisions, screening, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid Balance review: " + problems);
        }
        return review;
    }

    /** The items a review must decide: the restricted ones, or, when the review is for a flag alone, the controlled ones. */
    public static List<ItemFinding> itemsToDecide(ScreeningResult screening) {
        List<ItemFinding> restricted = screening.items().stream()
                .filter(i -> i.outcome().atLeast(ScreeningOutcome.REFERRED)).toList();
        return !restricted.isEmpty() ? restricted : screening.items().stream()
                .filter(i -> i.outcome().atLeast(ScreeningOutcome.CONDITIONAL)).toList();
    }

    private static Review evaluate(Object decisionValue, Object justification, Object legalGroundValue,
            Object conditionsValue, Object itemDecisionsValue, ScreeningResult screening, Map<String, String> problems) {
        if (!(justification instanceof String text) || text.strip().length() < MIN_JUSTIFICATION) {
            problems.put("justification", "must cite the rule or legal ground in at least " + MIN_JUSTIFICATION + " characters");
        } else if (text.length() > MAX_JUSTIFICATION) {
            problems.put("justification", "must be at most " + MAX_JUSTIFICATION + " characters");
        }
        boolean perItem = itemDecisionsValue != null && !(itemDecisionsValue instanceof String s && s.isBlank())
                && !isTemplate(itemDecisionsValue, screening);
        BalanceDecision decision = parse(BalanceDecision.class, decisionValue);
        if (decision == null && (decisionValue != null && !"".equals(decisionValue) || !perItem)) {
            problems.put("balanceDecision", "must be one of " + names(BalanceDecision.class)
                    + (perItem ? "" : ", or give a decision per item in " + VAR_ITEM_DECISIONS));
        }
        LegalGround legalGround = parse(LegalGround.class, legalGroundValue);
        if (legalGroundValue != null && !"".equals(legalGroundValue) && legalGround == null) {
            problems.put("legalGround", "must be one of " + names(LegalGround.class));
        }
        String conditions = text(conditionsValue, "conditions", problems);

        Map<Integer, ItemFinding> byIndex = new LinkedHashMap<>();
        screening.items().forEach(i -> byIndex.put(i.index(), i));
        Map<Integer, Entry> entries = new LinkedHashMap<>();
        if (perItem) {
            parseEntries(itemDecisionsValue, decision, byIndex, entries, problems);
        }

        List<ItemDecision> decided = new ArrayList<>();
        for (ItemFinding item : itemsToDecide(screening)) {
            Entry entry = entries.get(item.index());
            if (entry != null && entry.decision == null) {
                continue; // its decision is not one of the three, already reported
            }
            if (entry == null && decision == null) {
                if (perItem && !problems.containsKey(VAR_ITEM_DECISIONS)) {
                    problems.put(VAR_ITEM_DECISIONS, "item " + item.index() + " is restricted and needs a decision"
                            + " (or give balanceDecision for the items not listed)");
                }
                continue;
            }
            ItemDecision resolved = entry != null
                    ? resolve(item, entry.decision, entry.legalGround != null ? entry.legalGround : legalGround,
                            entry.conditions != null ? entry.conditions : conditions, entry.legalGround != null,
                            entry.field, screening, problems)
                    : resolve(item, decision, legalGround, conditions, false, null, screening, problems);
            if (resolved != null) {
                decided.add(resolved);
            }
        }
        entries.values().stream().filter(e -> e.decision != null && decided.stream().noneMatch(d -> d.index() == e.index))
                .filter(e -> !problems.containsKey(e.field + ".index"))
                .forEach(e -> resolveExtra(byIndex.get(e.index), e, legalGround, conditions, screening, problems, decided));

        List<ItemFinding> finalItems = finalItems(decided, screening);
        boolean deniedInFull = !finalItems.isEmpty() && finalItems.stream().allMatch(i -> i.outcome() == ScreeningOutcome.DENIED);
        BalanceDecision summary = !perItem && decision != null ? decision
                : decided.stream().anyMatch(d -> d.decision() == BalanceDecision.DENY) ? BalanceDecision.DENY
                : decided.stream().anyMatch(d -> d.decision() == BalanceDecision.APPROVE_WITH_CONDITIONS)
                        ? BalanceDecision.APPROVE_WITH_CONDITIONS : BalanceDecision.APPROVE;
        return new Review(summary, decided, finalItems, deniedInFull);
    }

    /** A decision on a controlled item that did not need one (a review for a flag): same rules. */
    private static void resolveExtra(ItemFinding item, Entry e, LegalGround legalGround, String conditions,
            ScreeningResult screening, Map<String, String> problems, List<ItemDecision> decided) {
        ItemDecision resolved = resolve(item, e.decision, e.legalGround != null ? e.legalGround : legalGround,
                e.conditions != null ? e.conditions : conditions, e.legalGround != null, e.field, screening, problems);
        if (resolved != null) {
            decided.add(resolved);
        }
    }

    private static ItemDecision resolve(ItemFinding item, BalanceDecision decision, LegalGround ground, String conditions,
            boolean ownGround, String entryField, ScreeningResult screening, Map<String, String> problems) {
        String decisionField = entryField == null ? "balanceDecision" : entryField + ".decision";
        String groundField = entryField == null ? "legalGround" : entryField + ".legalGround";
        String conditionsField = entryField == null ? "conditions" : entryField + ".conditions";
        String which = "item " + item.index();
        if (decision == BalanceDecision.DENY) {
            if (ground == null) {
                problems.putIfAbsent(groundField, which + ": a denial needs a legal ground: one of " + names(LegalGround.class));
                return null;
            }
            if (!ItemGrounds.supported(item).contains(ground)) {
                problems.putIfAbsent(groundField, which + ": " + ground + " is not supported by the screening findings of this"
                        + " item; a denial may only rest on a ground the item's own findings establish"
                        + (ItemGrounds.supported(item).isEmpty() ? "" : " (" + ItemGrounds.supported(item).stream()
                                .map(Enum::name).collect(Collectors.joining(", ")) + ")"));
                return null;
            }
            return new ItemDecision(item.index(), decision, ground, null);
        }
        if (ItemGrounds.barredBySecurityCouncil(item)) {
            problems.putIfAbsent(decisionField, which + " is barred for the requesting State by a UN Security Council measure ("
                    + item.rules().stream().filter(r -> r.startsWith(RuleIds.UNSC_PREFIX)).collect(Collectors.joining(", "))
                    + "); it cannot be approved, with or without conditions: deny it on UNSC_MEASURE");
            return null;
        }
        if (ownGround) {
            problems.putIfAbsent(groundField, which + ": only a denial has a legal ground");
            return null;
        }
        String standard = ConditionTexts.describe(item.conditions());
        if (decision == BalanceDecision.APPROVE_WITH_CONDITIONS) {
            String text = conditions != null ? conditions
                    : standard != null ? standard : ConditionTexts.describe(screening.conditions());
            if (text == null) {
                problems.putIfAbsent(conditionsField, which + ": an approval with conditions needs the conditions");
                return null;
            }
            return new ItemDecision(item.index(), decision, null, text);
        }
        return new ItemDecision(item.index(), decision, null, standard);
    }

    /**
     * Every item's outcome after the review: a denied item is DENIED, an approved one goes ahead under its conditions
     * (CONDITIONAL); an item not decided keeps its screening outcome.
     */
    static List<ItemFinding> finalItems(List<ItemDecision> decided, ScreeningResult screening) {
        Map<Integer, ItemDecision> byIndex = new LinkedHashMap<>();
        decided.forEach(d -> byIndex.put(d.index(), d));
        List<ItemFinding> result = new ArrayList<>();
        for (ItemFinding item : screening.items()) {
            ItemDecision d = byIndex.get(item.index());
            ScreeningOutcome outcome = d == null ? item.outcome()
                    : d.decision() == BalanceDecision.DENY ? ScreeningOutcome.DENIED : ScreeningOutcome.CONDITIONAL;
            List<String> conditions = outcome == ScreeningOutcome.DENIED ? List.of() : item.conditions();
            result.add(new ItemFinding(item.index(), outcome, item.rules(), conditions, item.matchedName(), item.reason()));
        }
        return result;
    }

    private record Entry(String field, int index, BalanceDecision decision, LegalGround legalGround, String conditions) {
    }

    private static void parseEntries(Object value, BalanceDecision defaultDecision, Map<Integer, ItemFinding> items,
            Map<Integer, Entry> entries, Map<String, String> problems) {
        String shape = "must be a JSON list of { \"index\": 1, \"decision\": \"" + names(BalanceDecision.class).replace(", ", "|")
                + "\", \"legalGround\": ..., \"conditions\": ... }";
        if (!(value instanceof String text) || text.length() > MAX_ITEM_DECISIONS_JSON) {
            problems.put(VAR_ITEM_DECISIONS, value instanceof String ? "must be at most " + MAX_ITEM_DECISIONS_JSON + " characters" : shape);
            return;
        }
        JsonNode list;
        try {
            list = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            problems.put(VAR_ITEM_DECISIONS, "is not valid JSON: " + e.getOriginalMessage() + "; " + shape);
            return;
        }
        if (list == null || !list.isArray()) {
            problems.put(VAR_ITEM_DECISIONS, shape);
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int n = 0; n < list.size(); n++) {
            String field = VAR_ITEM_DECISIONS + "[" + n + "]";
            JsonNode node = list.get(n);
            if (!node.isObject()) {
                problems.put(field, "must be an object { \"index\", \"decision\", \"legalGround\", \"conditions\" }");
                continue;
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ITEM_FIELDS.contains(name)) {
                    problems.put(field + "." + name, "is not a field of an item decision");
                }
            }
            JsonNode index = node.get("index");
            if (index == null || !index.isInt()) {
                problems.put(field + ".index", "is required: the item's number in the request");
                continue;
            }
            int itemIndex = index.intValue();
            ItemFinding item = items.get(itemIndex);
            if (item == null) {
                problems.put(field + ".index", "the request has no item " + itemIndex);
                continue;
            }
            if (item.outcome() == ScreeningOutcome.CLEARED) {
                problems.put(field + ".index", "item " + itemIndex + " is not restricted: it proceeds without a decision");
                continue;
            }
            if (!seen.add(itemIndex)) {
                problems.put(field + ".index", "item " + itemIndex + " is decided twice");
                continue;
            }
            String decisionText = textOf(node.get("decision"));
            BalanceDecision decision = parse(BalanceDecision.class, decisionText);
            boolean noDecision = decisionText == null || decisionText.isBlank();
            if (noDecision && defaultDecision == null || !noDecision && decision == null) {
                problems.put(field + ".decision", "item " + itemIndex + ": must be one of " + names(BalanceDecision.class)
                        + (noDecision ? " (or give balanceDecision for the items left open)" : ""));
            } else if (noDecision) {
                decision = defaultDecision;
            }
            JsonNode groundNode = node.get("legalGround");
            LegalGround ground = parse(LegalGround.class, textOf(groundNode));
            if (ground == null && groundNode != null && !groundNode.isNull() && !textOf(groundNode, "").isBlank()) {
                problems.put(field + ".legalGround", "item " + itemIndex + ": must be one of " + names(LegalGround.class));
            }
            String conditions = text(textOf(node.get("conditions")), field + ".conditions", problems);
            if (node.has("conditions") && !node.get("conditions").isNull() && !node.get("conditions").isTextual()) {
                problems.put(field + ".conditions", "item " + itemIndex + ": must be text");
            }
            if (decision == BalanceDecision.DENY) {
                conditions = null; // nothing is provided, so nothing is conditioned
            } else if (decision == BalanceDecision.APPROVE && conditions != null
                    && !conditions.equals(ConditionTexts.describe(item.conditions()))) {
                problems.put(field + ".conditions", "item " + itemIndex
                        + ": an approval carries the screening's conditions only; use APPROVE_WITH_CONDITIONS to set others");
            }
            entries.put(itemIndex, new Entry(field, itemIndex, decision, ground, conditions));
        }
    }

    private static String textOf(JsonNode node) {
        return node == null || node.isNull() ? null : node.isTextual() ? node.textValue() : null;
    }

    private static String textOf(JsonNode node, String otherwise) {
        return node != null && node.isTextual() ? node.textValue() : otherwise;
    }

    /**
     * What Tasklist shows the manager to edit: one entry per item to decide, decision and ground left open, the
     * item's screening conditions as the default conditions. Left as it is, it decides nothing: the
     * {@code balanceDecision} then applies to every item.
     */
    public static String template(ScreeningResult screening) {
        var list = JSON.createArrayNode();
        for (ItemFinding item : itemsToDecide(screening)) {
            String conditions = ConditionTexts.describe(item.conditions());
            list.addObject().put("index", item.index()).put("decision", "").put("legalGround", "")
                    .put("conditions", conditions == null ? "" : conditions);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTemplate(Object value, ScreeningResult screening) {
        if (!(value instanceof String text) || text.length() > MAX_ITEM_DECISIONS_JSON) {
            return false;
        }
        try {
            return JSON.readTree(text).equals(JSON.readTree(template(screening)));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Optional free text: null when absent or blank, a problem when too long. */
    private static String text(Object value, String field, Map<String, String> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_CONDITIONS) {
            problems.put(field, "must be at most " + MAX_CONDITIONS + " characters");
        }
        return text.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
