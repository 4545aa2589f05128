package org.bwc.articlex.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.intake.RequestView;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.screening.CaseConditions;
import org.bwc.articlex.screening.CaseConditions.ItemOutcome.Decision;
import org.springframework.stereotype.Component;

/**
 * What the screening and Balance review decided about each item, told to the requesting State with the status that
 * follows them: in Balance review (which items wait for it, which go ahead), matching (the final terms: which items
 * proceed, under which conditions, which are denied and on what ground) and denied. Taken when the change is
 * notified and kept with the notification; put into words in the reader's language when the e-mail is written.
 */
@Component
class ItemOutcomes {

    /** The statuses whose notification tells the items' outcome. */
    static final Set<RequestStatus> TOLD_WITH = EnumSet.of(RequestStatus.BALANCE_REVIEW, RequestStatus.MATCHING,
            RequestStatus.DENIED);

    /** One item as notified. */
    record NotifiedItem(int index, String description, Decision decision, List<String> conditionNames, String conditionsText,
            String legalGround, List<String> rules) {
    }

    private final CaseConditions conditions;
    private final RequestRepository requests;
    private final ObjectMapper json;

    ItemOutcomes(CaseConditions conditions, RequestRepository requests, ObjectMapper json) {
        this.conditions = conditions;
        this.requests = requests;
        this.json = json;
    }

    /** The items' outcomes as JSON for the notification of this change, or null when the status tells none. */
    String at(String requestId, RequestStatus status) {
        if (!TOLD_WITH.contains(status)) {
            return null;
        }
        List<CaseConditions.ItemOutcome> outcomes = conditions.outcomes(requestId);
        if (outcomes.isEmpty()) {
            return null;
        }
        Map<Integer, String> descriptions = requests.items(requestId).stream()
                .collect(Collectors.toMap(RequestView.ItemView::index, RequestView.ItemView::description, (a, b) -> a));
        List<NotifiedItem> items = outcomes.stream().map(o -> new NotifiedItem(o.index(), clip(descriptions.get(o.index())),
                o.decision(), o.conditionNames(), clip(o.conditionsText()), o.legalGround(), o.rules())).toList();
        try {
            String written = json.writeValueAsString(items);
            return written.length() <= 8000 ? written : null; // never what rolls the change back
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    List<NotifiedItem> read(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(outcome, new TypeReference<List<NotifiedItem>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** Each item's line in the reader's language: "Item 2: 50-litre single-use bioreactor", and its outcome. */
    static List<Map<String, String>> lines(List<NotifiedItem> items, NotificationTexts texts, Locale locale) {
        return items.stream().map(item -> Map.of(
                "item", texts.message("mail.outcome.item", locale, item.index(), item.description() == null ? "" : item.description()),
                "outcome", outcome(item, texts, locale))).toList();
    }

    private static String outcome(NotifiedItem item, NotificationTexts texts, Locale locale) {
        String rules = item.rules() == null || item.rules().isEmpty() ? "\u2014" : String.join(", ", item.rules());
        return switch (item.decision()) {
            case PROCEEDS -> texts.message("mail.outcome.proceeds", locale);
            case PROCEEDS_WITH_CONDITIONS -> texts.message("mail.outcome.conditions", locale,
                    item.conditionsText() != null ? item.conditionsText()
                            : item.conditionNames().stream().map(name -> texts.message("condition." + name, locale))
                                    .collect(Collectors.joining("; ")));
            case HELD_FOR_REVIEW -> texts.message("mail.outcome.held", locale, rules);
            case DENIED -> texts.message("mail.outcome.denied", locale,
                    item.legalGround() == null ? "\u2014" : texts.message("ground." + item.legalGround(), locale), rules);
        };
    }

    private static String clip(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
