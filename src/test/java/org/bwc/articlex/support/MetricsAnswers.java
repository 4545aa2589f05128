package org.bwc.articlex.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading the metrics API's answers in scenarios: as the manager, by status, by field, without the timestamp. */
public final class MetricsAnswers {

    private MetricsAnswers() {
    }

    /** {@code GET path} as the manager, which must answer 200. */
    public static JsonNode figures(Api api, String path) {
        Api.Response response = api.as("manager").get(path);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** The non-zero counts of a pipeline answer, by status. */
    public static Map<String, Long> counts(JsonNode pipeline) {
        Map<String, Long> counts = new LinkedHashMap<>();
        pipeline.get("statuses").forEach(s -> {
            if (s.get("count").asLong() != 0) {
                counts.put(s.get("status").asText(), s.get("count").asLong());
            }
        });
        return counts;
    }

    /** The element of {@code array} whose {@code field} is {@code value}. */
    public static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText(null))) {
                return node;
            }
        }
        throw new AssertionError("No " + field + "=" + value + " in " + array);
    }

    /** The answer without its {@code asOf}, for comparing two answers of the same figures. */
    public static JsonNode withoutAsOf(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        ((ObjectNode) copy).remove("asOf");
        return copy;
    }
}
