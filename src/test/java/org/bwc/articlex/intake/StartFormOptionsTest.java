package org.bwc.articlex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.ItemKind;
import org.bwc.articlex.reference.Region;
import org.junit.jupiter.api.Test;

/**
 * The choices of the start forms are the reference data's: every category (with its label), every item kind, every
 * regional group, the six UN languages — none missing, none invented; and every field the forms submit is a field of
 * the API's body, so nothing a State types is refused as an unknown field.
 */
class StartFormOptionsTest {

    private static final Set<String> UN_LANGUAGES = Set.of("ar", "en", "es", "fr", "ru", "zh");

    @Test
    void requestAssistanceOffersTheCategoriesItemKindsAndLanguagesOfTheReferenceData() throws IOException {
        Map<String, JsonNode> fields = fields("forms/start/request-assistance.form");
        assertThat(labels(fields.get("category"))).isEqualTo(Arrays.stream(AssistanceCategory.values())
                .collect(Collectors.toMap(Enum::name, AssistanceCategory::label, (a, b) -> a, LinkedHashMap::new)));
        assertThat(labels(fields.get("kind")).keySet()).containsExactlyElementsOf(names(ItemKind.values()));
        assertThat(labels(fields.get("preferredLanguage")).keySet()).containsExactlyInAnyOrderElementsOf(UN_LANGUAGES);
        assertThat(labels(fields.get("circulation")).keySet()).containsExactlyInAnyOrderElementsOf(names(Circulation.Mode.values()));
        assertThat(fields.keySet()).containsExactlyInAnyOrder("title", "description", "category", "items", "kind", "quantity",
                "endUse", "statement", "facility", "biosafetyLevel", "preferredLanguage", "circulation", "providers");
    }

    @Test
    void offerAssistanceOffersTheCategoriesRegionsAndLanguagesOfTheReferenceData() throws IOException {
        Map<String, JsonNode> fields = fields("forms/start/offer-assistance.form");
        assertThat(labels(fields.get("category")).keySet()).containsExactlyElementsOf(names(AssistanceCategory.values()));
        assertThat(labels(fields.get("eligibleRegions")).keySet()).containsExactlyElementsOf(names(Region.values()));
        assertThat(labels(fields.get("languages")).keySet()).containsExactlyInAnyOrderElementsOf(UN_LANGUAGES);
        assertThat(fields.keySet()).containsExactlyInAnyOrder("title", "description", "category", "eligibleRegions",
                "languages", "capacity", "fundingIncluded", "validUntil");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Map<String, String> labels(JsonNode field) {
        Map<String, String> labels = new LinkedHashMap<>();
        field.get("values").forEach(v -> labels.put(v.get("value").asText(), v.get("label").asText()));
        return labels;
    }

    /** Fields by key, and dynamic lists and groups by path (a form-js key or path is a field of the submitted data). */
    private static Map<String, JsonNode> fields(String resource) throws IOException {
        try (InputStream in = StartFormOptionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            List<JsonNode> pending = new ArrayList<>();
            new ObjectMapper().readTree(in).get("components").forEach(pending::add);
            while (!pending.isEmpty()) {
                JsonNode component = pending.remove(0);
                String name = component.hasNonNull("key") ? component.get("key").asText()
                        : component.hasNonNull("path") ? component.get("path").asText() : null;
                if (name != null) {
                    fields.putIfAbsent(name, component);
                }
                component.path("components").forEach(pending::add);
            }
            return fields;
        }
    }
}
