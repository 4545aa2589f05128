package org.bwc.articlex.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the tests, starting from the example request of the API. */
public final class Requests {

    private Requests() {
    }

    public static Map<String, Object> kenyaTraining() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestingState", "KEN");
        body.put("title", "BSL-2 laboratory biosafety training");
        body.put("description", "Two-week course for 20 laboratory staff of the Central Veterinary Laboratory");
        body.put("category", "BIOSAFETY_BIOSECURITY_TRAINING");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("TRAINING", "Biosafety officer course", 20));
        items.add(item("EQUIPMENT", "Class II biosafety cabinet", 2));
        body.put("items", items);
        body.put("endUse", new LinkedHashMap<>(Map.of("statement", "Diagnostic laboratory for zoonotic disease",
                "facility", "Central Veterinary Laboratory", "biosafetyLevel", 2)));
        body.put("estimatedCost", new LinkedHashMap<>(Map.of("amount", "85000.00", "currency", "USD")));
        body.put("preferredLanguage", "en");
        return body;
    }

    public static Map<String, Object> item(String kind, String description, Object quantity) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("description", description);
        item.put("quantity", quantity);
        item.put("controlCode", null);
        return item;
    }

    public static Map<String, Object> from(String state) {
        Map<String, Object> body = kenyaTraining();
        body.put("requestingState", state);
        return body;
    }

    /** What Tasklist submits for Kenya's training request: two items, the end use as a group, consent to all. */
    public static Map<String, Object> kenyaTrainingStartForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", "BSL-2 laboratory biosafety training");
        form.put("description", "Two-week course for 20 laboratory staff of the Central Veterinary Laboratory");
        form.put("category", "BIOSAFETY_BIOSECURITY_TRAINING");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(new LinkedHashMap<>(Map.of("kind", "TRAINING", "description", "Biosafety officer course", "quantity", 20)));
        items.add(new LinkedHashMap<>(Map.of("kind", "EQUIPMENT", "description", "Class II biosafety cabinet", "quantity", 2)));
        form.put("items", items);
        form.put("endUse", new LinkedHashMap<>(Map.of("statement", "Diagnostic laboratory for zoonotic disease",
                "facility", "Central Veterinary Laboratory", "biosafetyLevel", 2)));
        form.put("preferredLanguage", "en");
        form.put("circulation", "NAMED_PROVIDERS");
        form.put("providers", "DEU, WHO");
        return form;
    }
}
