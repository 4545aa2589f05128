package org.bwc.articlex.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Offer bodies for the tests, from one example offer. */
public final class Offers {

    private Offers() {
    }

    public static Map<String, Object> offer(String party, String category, List<String> regions, boolean funded, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offeringParty", party);
        body.put("title", "Assistance from " + party);
        body.put("category", category);
        body.put("eligibleRegions", regions);
        body.put("languages", List.of("en", "fr"));
        body.put("capacity", capacity);
        body.put("fundingIncluded", funded);
        body.put("validUntil", LocalDate.now().plusYears(1).toString());
        body.put("description", "Offer for the tests");
        return body;
    }
}
