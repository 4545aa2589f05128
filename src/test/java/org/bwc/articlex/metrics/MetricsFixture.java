package org.bwc.articlex.metrics;

import static org.bwc.articlex.process.RequestStatus.AWAITING_OFFEROR;
import static org.bwc.articlex.process.RequestStatus.BALANCE_REVIEW;
import static org.bwc.articlex.process.RequestStatus.CLARIFICATION_REQUESTED;
import static org.bwc.articlex.process.RequestStatus.COMPLETED;
import static org.bwc.articlex.process.RequestStatus.DENIED;
import static org.bwc.articlex.process.RequestStatus.FUNDING;
import static org.bwc.articlex.process.RequestStatus.IMPLEMENTATION;
import static org.bwc.articlex.process.RequestStatus.LAPSED;
import static org.bwc.articlex.process.RequestStatus.MATCHING;
import static org.bwc.articlex.process.RequestStatus.OPEN_NEED;
import static org.bwc.articlex.process.RequestStatus.REPORTING;
import static org.bwc.articlex.process.RequestStatus.SCREENING;
import static org.bwc.articlex.process.RequestStatus.SUBMITTED;
import static org.bwc.articlex.process.RequestStatus.UNDER_REVIEW;
import static org.bwc.articlex.process.RequestStatus.WITHDRAWN;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.screening.BalanceOutcome;
import org.bwc.articlex.screening.BalanceResult;
import org.bwc.articlex.screening.ItemFinding;
import org.bwc.articlex.screening.ScreeningOutcome;
import org.bwc.articlex.screening.ScreeningResult;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small, hand-made set of historic requests (submitted in 1999–2001, far from the cases other tests create) whose
 * figures are worked out by hand in {@link MetricsScenarios}. Offsets are hours after submission.
 *
 * <pre>
 * id            state region  category                 cost        history (h)                                         decisions (h)
 * REQ-2000-0001 KEN   AFR     LABORATORY_EQUIPMENT     100000 USD  SUB 0 · UR 1 · SCR 49 · MAT 49.1 · AWO 73 · FUN 241   CLEARED 49.05 · BALANCED 49.1
 *                                                                  · IMP 961 · REP 2401 · COMPLETED 3121
 * REQ-2000-0002 NGA   AFR     LABORATORY_EQUIPMENT      50000 USD  SUB 0 · UR 1 · SCR 25 · BR 25.02 · MAT 265 · ON 265.1  REFERRED 25.01 · NEEDS_REVIEW 25.02 · APPROVE_WITH_CONDITIONS 265
 * REQ-2000-0003 KEN   AFR     DISEASE_SURVEILLANCE     200000 EUR  SUB 0 · UR 1 · CR 73 · UR 193 · SCR 217 · BR 217.02   DENIED 217.01 · NEEDS_REVIEW 217.02 · DENY 697
 *                                                                  · DENIED 697
 * REQ-2000-0004 IND   ASP     BIOSAFETY_..._TRAINING    30000 EUR  SUB 0 · UR 1 · SCR 97 · MAT 97.02 · AWO 121 · FUN 289  CONDITIONAL 97.01 · BALANCED 97.02 (+ accepted proposal at 288)
 * REQ-2000-0005 IND   ASP     LABORATORY_EQUIPMENT      80000 USD  SUB 0 · UR 1 · SCR 13 · BR 13.02 · MAT 109 · ON 110    REFERRED 13.01 · NEEDS_REVIEW 13.02 · APPROVE 109
 * REQ-2000-0006 BRA   LAC     DIAGNOSTICS               (none)     SUB 0 · UR 1 · CR 25 · LAPSED 745                      –
 * REQ-2000-0007 BRA   LAC     LABORATORY_EQUIPMENT      60000 USD  SUB 0 · UR 1 · SCR 37 · MAT 37.02 · ON 38              CLEARED 37.01 · BALANCED 37.02
 * REQ-2000-0008 UKR   EEG     OUTBREAK_RESPONSE        120000 USD  SUB 0 · UR 1 · SCR 61 · BR 61.02                       REFERRED 61.01 · NEEDS_REVIEW 61.02
 * REQ-2000-0009 DEU   WEOG    EDUCATION_EXCHANGE        10000 USD  SUB 0 · UR 1 · WITHDRAWN 11                            –
 * REQ-2000-0010 KEN   AFR     LABORATORY_EQUIPMENT      40000 USD  SUB 0 · UR 0.05                                        –
 * REQ-1999-0901 KEN   AFR     LABORATORY_EQUIPMENT      70000 USD  SUB 0 · UR 1 · SCR 25 · MAT 25.02 · ON 26 (submitted 1999-12-31 12:00)
 * REQ-2001-0901 NGA   AFR     LABORATORY_EQUIPMENT      90000 USD  SUB 0 (submitted 2001-01-01 00:00)
 * </pre>
 * Submitted at 00:00 UTC on: 0001 2000-01-10, 0002 02-01, 0003 03-01, 0004 04-01, 0005 05-01, 0006 06-01, 0007 07-01,
 * 0008 08-01, 0009 09-01, 0010 12-20.
 * <p>Pledges: 0001 100000 + 10000 USD (a surplus: it never offsets another gap),
 * 0002 20000 USD (before it went back to open needs), 0004 12000 EUR and 5000 USD (another currency: not counted).
 */
final class MetricsFixture {

    static final String FIRST = "REQ-2000-0001";
    private static final String VERSION = "fixture";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    MetricsFixture(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Step(RequestStatus status, double hours) {
    }

    private record Decision(String kind, String outcome, double hours) {
    }

    private final class Case {
        final String id;
        final String state;
        final String category;
        final Instant created;
        final String cost;
        final String currency;
        final List<Step> steps = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();

        Case(String id, String state, String category, String created, String cost, String currency) {
            this.id = id;
            this.state = state;
            this.category = category;
            this.created = Instant.parse(created);
            this.cost = cost;
            this.currency = currency;
        }

        Case steps(Object... statusAndHours) {
            for (int i = 0; i < statusAndHours.length; i += 2) {
                steps.add(new Step((RequestStatus) statusAndHours[i], ((Number) statusAndHours[i + 1]).doubleValue()));
            }
            return this;
        }

        Case decide(String kind, String outcome, double hours) {
            decisions.add(new Decision(kind, outcome, hours));
            return this;
        }

        OffsetDateTime at(double hours) {
            return created.plusSeconds(Math.round(hours * 3600)).atOffset(ZoneOffset.UTC);
        }
    }

    private List<Case> cases() {
        String s = "ARTICLE_III_SCREENING";
        String b = "ARTICLE_X_BALANCE";
        String r = "BALANCE_REVIEW";
        return List.of(
                new Case("REQ-2000-0001", "KEN", "LABORATORY_EQUIPMENT", "2000-01-10T00:00:00Z", "100000.00", "USD")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, SCREENING, 49, MATCHING, 49.1, AWAITING_OFFEROR, 73,
                                FUNDING, 241, IMPLEMENTATION, 961, REPORTING, 2401, COMPLETED, 3121)
                        .decide(s, "CLEARED", 49.05).decide(b, "BALANCED", 49.1),
                new Case("REQ-2000-0002", "NGA", "LABORATORY_EQUIPMENT", "2000-02-01T00:00:00Z", "50000.00", "USD")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, SCREENING, 25, BALANCE_REVIEW, 25.02, MATCHING, 265,
                                OPEN_NEED, 265.1)
                        .decide(s, "REFERRED", 25.01).decide(b, "NEEDS_REVIEW", 25.02).decide(r, "APPROVE_WITH_CONDITIONS", 265),
                new Case("REQ-2000-0003", "KEN", "DISEASE_SURVEILLANCE", "2000-03-01T00:00:00Z", "200000.00", "EUR")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, CLARIFICATION_REQUESTED, 73, UNDER_REVIEW, 193, SCREENING, 217,
                                BALANCE_REVIEW, 217.02, DENIED, 697)
                        .decide(s, "DENIED", 217.01).decide(b, "NEEDS_REVIEW", 217.02).decide(r, "DENY", 697),
                new Case("REQ-2000-0004", "IND", "BIOSAFETY_BIOSECURITY_TRAINING", "2000-04-01T00:00:00Z", "30000.00", "EUR")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, SCREENING, 97, MATCHING, 97.02, AWAITING_OFFEROR, 121, FUNDING, 289)
                        .decide(s, "CONDITIONAL", 97.01).decide(b, "BALANCED", 97.02),
                new Case("REQ-2000-0005", "IND", "LABORATORY_EQUIPMENT", "2000-05-01T00:00:00Z", "80000.00", "USD")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, SCREENING, 13, BALANCE_REVIEW, 13.02, MATCHING, 109, OPEN_NEED, 110)
                        .decide(s, "REFERRED", 13.01).decide(b, "NEEDS_REVIEW", 13.02).decide(r, "APPROVE", 109),
                new Case("REQ-2000-0006", "BRA", "DIAGNOSTICS", "2000-06-01T00:00:00Z", null, null)
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, CLARIFICATION_REQUESTED, 25, LAPSED, 745),
                new Case("REQ-2000-0007", "BRA", "LABORATORY_EQUIPMENT", "2000-07-01T00:00:00Z", "60000.00", "USD")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, SCREENING, 37, MATCHING, 37.02, OPEN_NEED, 38)
                        .decide(s, "CLEARED", 37.01).decide(b, "BALANCED", 37.02),
                new Case("REQ-2000-0008", "UKR", "OUTBREAK_RESPONSE", "2000-08-01T00:00:00Z", "120000.00", "USD")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, SCREENING, 61, BALANCE_REVIEW, 61.02)
                        .decide(s, "REFERRED", 61.01).decide(b, "NEEDS_REVIEW", 61.02),
                new Case("REQ-2000-0009", "DEU", "EDUCATION_EXCHANGE", "2000-09-01T00:00:00Z", "10000.00", "USD")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, WITHDRAWN, 11),
                new Case("REQ-2000-0010", "KEN", "LABORATORY_EQUIPMENT", "2000-12-20T00:00:00Z", "40000.00", "USD")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 0.05),
                new Case("REQ-1999-0901", "KEN", "LABORATORY_EQUIPMENT", "1999-12-31T12:00:00Z", "70000.00", "USD")
                        .steps(SUBMITTED, 0, UNDER_REVIEW, 1, SCREENING, 25, MATCHING, 25.02, OPEN_NEED, 26)
                        .decide(s, "CLEARED", 25.01).decide(b, "BALANCED", 25.02),
                new Case("REQ-2001-0901", "NGA", "LABORATORY_EQUIPMENT", "2001-01-01T00:00:00Z", "90000.00", "USD")
                        .steps(SUBMITTED, 0));
    }

    static List<String> ids() {
        return List.of("REQ-2000-0001", "REQ-2000-0002", "REQ-2000-0003", "REQ-2000-0004", "REQ-2000-0005",
                "REQ-2000-0006", "REQ-2000-0007", "REQ-2000-0008", "REQ-2000-0009", "REQ-2000-0010", "REQ-1999-0901",
                "REQ-2001-0901");
    }

    boolean installed() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assistance_request WHERE id = ?", Long.class, FIRST) > 0;
    }

    /** Writes the cases and queues them for the metrics (as their status changes would). */
    void install() throws Exception {
        if (installed()) {
            return;
        }
        insertOffer("OFF-2000-9001", "DEU", "BIOSAFETY_BIOSECURITY_TRAINING", "2000-03-01T00:00:00Z",
                List.of("AFRICAN", "ASIA_PACIFIC"));
        insertOffer("OFF-2000-9002", "WHO", "LABORATORY_EQUIPMENT", "2000-06-15T00:00:00Z",
                List.of("AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN", "WESTERN_EUROPEAN_OTHERS"));
        for (Case c : cases()) {
            Step last = c.steps.get(c.steps.size() - 1);
            jdbc.update("""
                    INSERT INTO assistance_request (id, requesting_state, title, description, category, end_use_statement,
                        end_use_facility, end_use_biosafety_level, estimated_cost_amount, estimated_cost_currency,
                        preferred_language, status, submitted_by, entered_on_behalf, matched_offer_id, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    c.id, c.state, "Metrics fixture " + c.id, "A hand-made historic case of the metrics tests", c.category,
                    "Diagnostic laboratory", "Central laboratory", 2, c.cost == null ? null : new BigDecimal(c.cost),
                    c.currency, "en", last.status().name(), c.state.toLowerCase() + "-ncp", false, null, c.at(0),
                    c.at(last.hours()));
            jdbc.update("INSERT INTO request_item (request_id, line_no, kind, description, quantity, control_code)"
                    + " VALUES (?, 1, 'EQUIPMENT', 'Class II biosafety cabinet', 1, NULL)", c.id);
            for (Step step : c.steps) {
                jdbc.update("INSERT INTO request_status_history (request_id, status, changed_at, by_user, note) VALUES (?, ?, ?, ?, NULL)",
                        c.id, step.status().name(), c.at(step.hours()), "fixture");
            }
            for (Decision d : c.decisions) {
                jdbc.update("""
                        INSERT INTO decision_record (request_id, kind, outcome, rule_ids, inputs, findings, justification,
                            legal_ground, decided_by, decided_at, reference_version)
                        VALUES (?, ?, ?, '', '{}', ?, ?, ?, ?, ?, ?)""",
                        c.id, d.kind(), d.outcome(), findings(d), d.kind().equals("BALANCE_REVIEW")
                                ? "A manager's decision recorded by the metrics fixture, citing the rule" : null,
                        d.outcome().equals("DENY") ? "WEAPON_OR_MEANS_OF_DELIVERY" : null,
                        d.kind().equals("BALANCE_REVIEW") ? "manager" : "system", c.at(d.hours()), VERSION);
            }
            switch (c.id) {
                case "REQ-2000-0001" -> {
                    pledge(c, "NOR", "100000.00", "USD", false, 300);
                    pledge(c, "JPN", "10000.00", "USD", true, 1000);
                }
                case "REQ-2000-0002" -> pledge(c, "DEU", "20000.00", "USD", false, 265.05);
                case "REQ-2000-0004" -> {
                    pledge(c, "FRA", "12000.00", "EUR", false, 300);
                    pledge(c, "USA", "5000.00", "USD", false, 301);
                }
                default -> {
                    // no pledge
                }
            }
            if (c.id.equals("REQ-2000-0004")) {
                jdbc.update("""
                        INSERT INTO match_proposal (request_id, offer_id, score, status, proposed_by, proposed_at,
                            responded_by, responded_at, note) VALUES (?, 'OFF-2000-9001', 80, 'ACCEPTED', 'caseworker', ?, 'deu-ncp', ?, NULL)""",
                        c.id, c.at(121), c.at(288));
            }
            jdbc.update("INSERT INTO metrics_dirty (request_id) VALUES (?)", c.id);
        }
    }

    private void pledge(Case c, String donor, String amount, String currency, boolean surplus, double hours) {
        jdbc.update("""
                INSERT INTO pledge (request_id, funding_case_id, donor, source, amount, currency, surplus, pledged_by, received_at)
                VALUES (?, NULL, ?, 'PLEDGE', ?, ?, ?, 'fixture', ?)""",
                c.id, donor, new BigDecimal(amount), currency, surplus, c.at(hours));
    }

    private String findings(Decision d) throws Exception {
        return switch (d.kind()) {
            case "ARTICLE_III_SCREENING" -> {
                ScreeningOutcome outcome = ScreeningOutcome.valueOf(d.outcome());
                yield json.writeValueAsString(new ScreeningResult(outcome, List.of(),
                        List.of(new ItemFinding(1, outcome, List.of(), List.of(), null, "fixture")), List.of(), VERSION));
            }
            case "ARTICLE_X_BALANCE" -> json.writeValueAsString(new BalanceResult(BalanceOutcome.valueOf(d.outcome()),
                    List.of(), true, List.of(1), List.of()));
            default -> json.writeValueAsString(Map.of("items", List.of(), "deniedInFull", d.outcome().equals("DENY")));
        };
    }

    private void insertOffer(String id, String party, String category, String created, List<String> regions) {
        OffsetDateTime at = Instant.parse(created).atOffset(ZoneOffset.UTC);
        jdbc.update("""
                INSERT INTO offer (id, offering_party, title, description, category, languages, capacity, remaining_capacity,
                    funding_included, valid_until, status, submitted_by, created_at, updated_at)
                VALUES (?, ?, 'Fixture offer', NULL, ?, 'en', 5, 4, TRUE, ?, 'EXPIRED', 'fixture', ?, ?)""",
                id, party, category, java.time.LocalDate.of(2002, 12, 31), at, at);
        for (String region : regions) {
            jdbc.update("INSERT INTO offer_region (offer_id, region) VALUES (?, ?)", id, region);
        }
    }

    /** Removes the cases again and queues them, so the next refresh takes them out of the figures. */
    void remove() {
        for (String id : ids()) {
            jdbc.update("DELETE FROM pledge WHERE request_id = ?", id);
            for (String table : List.of("match_proposal", "request_item", "request_status_history", "decision_record")) {
                jdbc.update("DELETE FROM " + table + " WHERE request_id = ?", id);
            }
            jdbc.update("DELETE FROM assistance_request WHERE id = ?", id);
            jdbc.update("INSERT INTO metrics_dirty (request_id) VALUES (?)", id);
        }
        for (String id : List.of("OFF-2000-9001", "OFF-2000-9002")) {
            jdbc.update("DELETE FROM offer_region WHERE offer_id = ?", id);
            jdbc.update("DELETE FROM offer WHERE id = ?", id);
        }
    }
}
