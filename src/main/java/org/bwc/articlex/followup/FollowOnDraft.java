package org.bwc.articlex.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestView;

/** A {@code POST /api/requests} body for a further need, pre-filled from the request it follows. */
final class FollowOnDraft {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    private FollowOnDraft() {
    }

    static Map<String, Object> of(RequestRecord request, List<RequestView.ItemView> items, String furtherNeed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestingState", request.requestingState());
        body.put("title", clip("Follow-on: " + request.title(), MAX_TITLE));
        body.put("description", clip(furtherNeed.strip() + "\n\nFollows request " + request.id() + ".", MAX_DESCRIPTION));
        body.put("category", request.category().name());
        body.put("items", items.stream().map(FollowOnDraft::item).toList());
        if (request.endUseStatement() != null || request.endUseFacility() != null || request.endUseBiosafetyLevel() != null) {
            Map<String, Object> endUse = new LinkedHashMap<>();
            endUse.put("statement", request.endUseStatement());
            endUse.put("facility", request.endUseFacility());
            endUse.put("biosafetyLevel", request.endUseBiosafetyLevel());
            body.put("endUse", endUse);
        }
        if (request.preferredLanguage() != null) {
            body.put("preferredLanguage", request.preferredLanguage());
        }
        return body;
    }

    private static Map<String, Object> item(RequestView.ItemView item) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", item.kind().name());
        line.put("description", item.description());
        line.put("quantity", item.quantity());
        if (item.controlCode() != null) {
            line.put("controlCode", item.controlCode());
        }
        return line;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
