package org.bwc.articlex.portal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.RequestView;
import org.bwc.articlex.screening.CaseConditions;
import org.bwc.articlex.screening.CaseConditions.ItemOutcome;
import org.springframework.stereotype.Component;

/**
 * The screening's outcome in plain words, item by item, as the requesting State reads it: what became of the item,
 * under which rule, which conditions it carries, on what ground it was denied, and what the State may do about a
 * restriction (docs/rules.md; docs/concerns.md for the concern a restriction opens to it). From the same outcomes the
 * e-mails tell (screening.CaseConditions): after a signed-off Balance review its decisions, before it the screening's.
 */
@Component
class ScreeningInWords {

    private final CaseConditions conditions;

    ScreeningInWords(CaseConditions conditions) {
        this.conditions = conditions;
    }

    /** One item in words; {@code conditions} and {@code mayDo} are empty when there is nothing to say. */
    record ItemLine(int index, String description, String decision, String outcome, String rules, List<String> conditions,
            String ground, String mayDo) {
    }

    List<ItemLine> of(RequestView request, PortalTexts.Words words) {
        Map<Integer, String> descriptions = request.items() == null ? Map.of() : request.items().stream()
                .collect(Collectors.toMap(RequestView.ItemView::index, RequestView.ItemView::description, (a, b) -> a));
        return conditions.outcomes(request.id()).stream().map(o -> line(o, descriptions.get(o.index()), words)).toList();
    }

    static ItemLine line(ItemOutcome outcome, String description, PortalTexts.Words words) {
        String decision = outcome.decision().name();
        List<String> conditionWords = outcome.conditionsText() != null && !outcome.conditionsText().isBlank()
                ? List.of(outcome.conditionsText().strip()) // a manager's own words
                : outcome.conditionNames() == null ? List.of() : outcome.conditionNames().stream()
                        .map(name -> orElse(words.optional("condition." + name), name)).toList();
        String rules = outcome.rules() == null || outcome.rules().isEmpty() ? null : String.join(", ", outcome.rules());
        String ground = outcome.legalGround() == null ? null : orElse(words.optional("ground." + outcome.legalGround()),
                outcome.legalGround());
        return new ItemLine(outcome.index(), description == null ? "" : description, decision,
                words.get("portal.outcome." + decision), rules, conditionWords, ground,
                words.optional("portal.may." + decision));
    }

    private static String orElse(String text, String fallback) {
        return text == null ? fallback : text;
    }
}
