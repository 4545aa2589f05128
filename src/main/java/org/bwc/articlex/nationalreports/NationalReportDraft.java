package org.bwc.articlex.nationalreports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.bwc.articlex.followup.FollowUps;
import org.bwc.articlex.intake.RequestsOfAPeriod;
import org.bwc.articlex.matching.MatchingFigures;
import org.bwc.articlex.process.RequestStatus;
import org.springframework.stereotype.Component;

/**
 * The pre-filled draft of a State's report for a year, from the project's own cases of that calendar year: the
 * requests it made and those completed, the offers it made and those matched, its follow-up answers and the further
 * needs they name. Asks intake, matching and follow-up; writes nothing.
 */
@Component
class NationalReportDraft {

    static final int MAX_LISTED = 20;

    /** The figures behind the draft's text, also shown on their own. */
    record Figures(long requestsMade, long requestsCompleted, long requestsDenied, long requestsOpen, long offersMade,
            long offersMatched, long followUpAnswers) {
    }

    record Draft(NationalReportContent content, Figures figures) {
    }

    private final RequestsOfAPeriod requests;
    private final MatchingFigures offers;
    private final FollowUps followUps;

    NationalReportDraft(RequestsOfAPeriod requests, MatchingFigures offers, FollowUps followUps) {
        this.requests = requests;
        this.offers = offers;
        this.followUps = followUps;
    }

    Draft of(String state, String stateName, int year) {
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = from.plusYears(1);
        List<String> made = requests.madeBy(state, from, to);
        List<String> completed = requests.reaching(state, RequestStatus.COMPLETED, from, to);
        List<String> denied = requests.reaching(state, RequestStatus.DENIED, from, to);
        List<String> open = requests.openAt(state, to);
        List<String> offersMade = offers.offersMadeBy(state, from, to);
        List<String> matched = requests.matchedWith(offers.offersOf(state), RequestStatus.FUNDING, from, to);
        List<String> needs = followUps.furtherNeedsNamedBy(state, year);
        long answers = followUps.answeredBy(state, year);

        Figures figures = new Figures(made.size(), completed.size(), denied.size(), open.size(), offersMade.size(), matched.size(), answers);
        String policy = "(To be completed by %s: national legislation, regulations and policy on Article X cooperation in %d.)"
                .formatted(stateName, year);
        String given = "In %d %s made %d offer(s) of assistance through the Article X Assistance Engine%s; %d request(s) of other "
                .formatted(year, stateName, offersMade.size(), listed(offersMade), matched.size()) + "States Parties were matched with them%s.".formatted(listed(matched));
        String received = "In %d %s submitted %d request(s) for assistance%s; %d request(s) were completed%s.".formatted(year, stateName,
                made.size(), listed(made), completed.size(), listed(completed))
                + (answers == 0 ? "" : " %d follow-up answer(s) a year on were given.".formatted(answers));
        String outstanding = "%d request(s) still open at the end of %d%s.".formatted(open.size(), year, listed(open))
                + (needs.isEmpty() ? "" : " Further needs named in follow-ups: " + String.join("; ", needs.subList(0, Math.min(needs.size(), MAX_LISTED))) + ".");
        String obstacles = denied.isEmpty() ? "(To be completed by %s: obstacles encountered in %d.)".formatted(stateName, year)
                : "%d request(s) were denied in %d%s. (To be completed by %s: other obstacles encountered.)".formatted(denied.size(), year,
                        listed(denied), stateName);
        return new Draft(new NationalReportContent(policy, given, received, outstanding, obstacles), figures);
    }

    private static String listed(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), MAX_LISTED)));
        return " (" + shown + (ids.size() > MAX_LISTED ? ", ..." : "") + ")";
    }
}
