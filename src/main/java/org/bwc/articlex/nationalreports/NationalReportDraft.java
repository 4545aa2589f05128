package org.bwc.articlex.nationalreports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pre-filled draft of a State's report for a year, from the project's own cases of that calendar year: the
 * requests it made and those completed, the offers it made and those matched, its follow-up answers and the further
 * needs they name. Reads the tables of intake, matching and follow-up; writes nothing.
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

    private final JdbcClient jdbc;

    NationalReportDraft(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Draft of(String state, String stateName, int year) {
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = from.plusYears(1);
        List<String> made = ids("SELECT id FROM assistance_request WHERE requesting_state = ? AND created_at >= ? AND created_at < ? ORDER BY id",
                state, from, to);
        List<String> completed = statusChanges(state, "COMPLETED", from, to);
        List<String> denied = statusChanges(state, "DENIED", from, to);
        List<String> open = ids("""
                SELECT id FROM assistance_request WHERE requesting_state = ? AND created_at < ?
                   AND status NOT IN ('COMPLETED', 'WITHDRAWN', 'LAPSED', 'DENIED') ORDER BY id""", state, to);
        List<String> offers = ids("SELECT id FROM offer WHERE offering_party = ? AND created_at >= ? AND created_at < ? ORDER BY id",
                state, from, to);
        List<String> matched = ids("""
                SELECT DISTINCT r.id FROM assistance_request r
                JOIN offer o ON o.id = r.matched_offer_id
                JOIN request_status_history h ON h.request_id = r.id
                WHERE o.offering_party = ? AND h.status = 'FUNDING' AND h.changed_at >= ? AND h.changed_at < ? ORDER BY r.id""",
                state, from, to);
        List<String> needs = jdbc.sql("""
                SELECT request_id || ': ' || further_needs FROM follow_up
                WHERE party = ? AND state = 'ANSWERED' AND further_needs IS NOT NULL AND answered_at >= ? AND answered_at < ?
                ORDER BY request_id""").params(state, from, to).query(String.class).list();
        long answers = jdbc.sql("SELECT COUNT(*) FROM follow_up WHERE party = ? AND state = 'ANSWERED' AND answered_at >= ? AND answered_at < ?")
                .params(state, from, to).query(Long.class).single();

        Figures figures = new Figures(made.size(), completed.size(), denied.size(), open.size(), offers.size(), matched.size(), answers);
        String policy = "(To be completed by %s: national legislation, regulations and policy on Article X cooperation in %d.)"
                .formatted(stateName, year);
        String given = "In %d %s made %d offer(s) of assistance through the Article X Assistance Engine%s; %d request(s) of other "
                .formatted(year, stateName, offers.size(), listed(offers), matched.size()) + "States Parties were matched with them%s.".formatted(listed(matched));
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

    private List<String> statusChanges(String state, String status, OffsetDateTime from, OffsetDateTime to) {
        return ids("""
                SELECT DISTINCT h.request_id FROM request_status_history h JOIN assistance_request r ON r.id = h.request_id
                WHERE r.requesting_state = ? AND h.status = ? AND h.changed_at >= ? AND h.changed_at < ? ORDER BY h.request_id""",
                state, status, from, to);
    }

    private List<String> ids(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).list();
    }

    private static String listed(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), MAX_LISTED)));
        return " (" + shown + (ids.size() > MAX_LISTED ? ", ..." : "") + ")";
    }
}
