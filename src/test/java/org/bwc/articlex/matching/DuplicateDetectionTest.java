package org.bwc.articlex.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.matching.DuplicateFlag.Code.OFFER_ALREADY_SERVING_SAME_NEED;
import static org.bwc.articlex.matching.DuplicateFlag.Code.OPEN_REQUEST_SAME_STATE_AND_CATEGORY;
import static org.bwc.articlex.reference.AssistanceCategory.DIAGNOSTICS;
import static org.bwc.articlex.reference.AssistanceCategory.LABORATORY_EQUIPMENT;

import java.util.List;
import java.util.stream.Stream;

import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateDetectionTest {

    /** Kenya asks for laboratory equipment in REQ-2026-0010. */
    private static final MatchNeed NEED =
            new MatchNeed("REQ-2026-0010", "KEN", LABORATORY_EQUIPMENT, Region.AFRICAN, "en", true);

    static Stream<Arguments> cases() {
        return Stream.of(
                flags("nothing else in the system", List.of(), List.of(), List.of("OFF-1")),
                flags("another open request of the same State and category",
                        List.of(request("REQ-2026-0003", "KEN", LABORATORY_EQUIPMENT, RequestStatus.MATCHING)),
                        List.of(), List.of(),
                        "OPEN_REQUEST_SAME_STATE_AND_CATEGORY:REQ-2026-0003"),
                flags("a request just submitted is open too",
                        List.of(request("REQ-2026-0006", "KEN", LABORATORY_EQUIPMENT, RequestStatus.SUBMITTED)),
                        List.of(), List.of(),
                        "OPEN_REQUEST_SAME_STATE_AND_CATEGORY:REQ-2026-0006"),
                flags("the need's own request is not a duplicate of itself",
                        List.of(request("REQ-2026-0010", "KEN", LABORATORY_EQUIPMENT, RequestStatus.MATCHING)),
                        List.of(), List.of()),
                flags("same State, other category",
                        List.of(request("REQ-2026-0004", "KEN", DIAGNOSTICS, RequestStatus.OPEN_NEED)),
                        List.of(), List.of()),
                flags("same category, other State",
                        List.of(request("REQ-2026-0005", "UGA", LABORATORY_EQUIPMENT, RequestStatus.OPEN_NEED)),
                        List.of(), List.of()),
                flags("closed requests are not open: completed, withdrawn, lapsed, denied",
                        List.of(request("REQ-2026-0001", "KEN", LABORATORY_EQUIPMENT, RequestStatus.COMPLETED),
                                request("REQ-2026-0002", "KEN", LABORATORY_EQUIPMENT, RequestStatus.WITHDRAWN),
                                request("REQ-2026-0007", "KEN", LABORATORY_EQUIPMENT, RequestStatus.LAPSED),
                                request("REQ-2026-0008", "KEN", LABORATORY_EQUIPMENT, RequestStatus.DENIED)),
                        List.of(), List.of()),
                flags("a candidate offer already serving the same State and category",
                        List.of(), List.of(match("OFF-1", "REQ-2026-0003", "KEN", LABORATORY_EQUIPMENT)), List.of("OFF-1"),
                        "OFFER_ALREADY_SERVING_SAME_NEED:OFF-1"),
                flags("a matched offer that is not a candidate for this need",
                        List.of(), List.of(match("OFF-9", "REQ-2026-0003", "KEN", LABORATORY_EQUIPMENT)), List.of("OFF-1")),
                flags("a candidate offer serving another State",
                        List.of(), List.of(match("OFF-2", "REQ-2026-0005", "UGA", LABORATORY_EQUIPMENT)), List.of("OFF-2")),
                flags("a candidate offer serving the same State in another category",
                        List.of(), List.of(match("OFF-4", "REQ-2026-0004", "KEN", DIAGNOSTICS)), List.of("OFF-4")),
                flags("a candidate offer already proposed for this very request",
                        List.of(), List.of(match("OFF-3", "REQ-2026-0010", "KEN", LABORATORY_EQUIPMENT)), List.of("OFF-3")),
                flags("everything at once, in a stable order: requests by id, then offers by id",
                        List.of(request("REQ-2026-0006", "KEN", LABORATORY_EQUIPMENT, RequestStatus.SUBMITTED),
                                request("REQ-2026-0010", "KEN", LABORATORY_EQUIPMENT, RequestStatus.MATCHING),
                                request("REQ-2026-0005", "UGA", LABORATORY_EQUIPMENT, RequestStatus.OPEN_NEED),
                                request("REQ-2026-0003", "KEN", LABORATORY_EQUIPMENT, RequestStatus.AWAITING_OFFEROR)),
                        List.of(match("OFF-7", "REQ-2026-0006", "KEN", LABORATORY_EQUIPMENT),
                                match("OFF-2", "REQ-2026-0005", "UGA", LABORATORY_EQUIPMENT),
                                match("OFF-1", "REQ-2026-0003", "KEN", LABORATORY_EQUIPMENT),
                                match("OFF-1", "REQ-2026-0003", "KEN", LABORATORY_EQUIPMENT)),
                        List.of("OFF-7", "OFF-2", "OFF-1"),
                        "OPEN_REQUEST_SAME_STATE_AND_CATEGORY:REQ-2026-0003",
                        "OPEN_REQUEST_SAME_STATE_AND_CATEGORY:REQ-2026-0006",
                        "OFFER_ALREADY_SERVING_SAME_NEED:OFF-1",
                        "OFFER_ALREADY_SERVING_SAME_NEED:OFF-7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flagsPossibleDuplicates(String name, List<OpenRequest> requests, List<ActiveMatch> matches,
                                 List<String> candidateOfferIds, List<String> expected) {
        List<DuplicateFlag> flags = DuplicateDetection.detect(NEED, requests, matches, candidateOfferIds);

        assertThat(flags).extracting(f -> f.code() + ":" + f.relatedId()).containsExactlyElementsOf(expected);
        assertThat(flags).allSatisfy(f -> assertThat(f.message()).startsWith("avoid duplication: "));
    }

    @Test
    void tellsTheCaseworkerWhatIsDuplicated() {
        List<DuplicateFlag> flags = DuplicateDetection.detect(NEED,
                List.of(request("REQ-2026-0003", "KEN", LABORATORY_EQUIPMENT, RequestStatus.MATCHING)),
                List.of(match("OFF-2026-0001", "REQ-2026-0003", "KEN", LABORATORY_EQUIPMENT)),
                List.of("OFF-2026-0001"));

        assertThat(flags).containsExactly(
                new DuplicateFlag(OPEN_REQUEST_SAME_STATE_AND_CATEGORY, "REQ-2026-0003",
                        "avoid duplication: KEN already has open request REQ-2026-0003 for Laboratory equipment"),
                new DuplicateFlag(OFFER_ALREADY_SERVING_SAME_NEED, "OFF-2026-0001",
                        "avoid duplication: offer OFF-2026-0001 already serves request REQ-2026-0003 of KEN"
                                + " for Laboratory equipment"));
    }

    private static Arguments flags(String name, List<OpenRequest> requests, List<ActiveMatch> matches,
                                   List<String> candidates, String... expected) {
        return Arguments.of(name, requests, matches, candidates, List.of(expected));
    }

    private static OpenRequest request(String id, String state, AssistanceCategory category, RequestStatus status) {
        return new OpenRequest(id, state, category, status);
    }

    private static ActiveMatch match(String offerId, String requestId, String state, AssistanceCategory category) {
        return new ActiveMatch(offerId, requestId, state, category);
    }
}
