package org.bwc.articlex.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V10 on a database with pledges from before confirmations: pledges to a request raising funds now await the
 * secretariat and stop counting; everything else stays counted, each counted row linked to its pledge.
 */
class PledgeConfirmationMigrationTest {

    @Test
    void pledgesOfOpenRoundsAwaitConfirmationAndTheRestStayCounted() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:v10-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).target("6").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        request(jdbc, "REQ-2026-0001", "FUNDING");
        request(jdbc, "REQ-2026-0002", "COMPLETED");
        request(jdbc, "REQ-2000-0003", "COMPLETED");
        long open = round(jdbc, "REQ-2026-0001", "OPEN");
        long funded = round(jdbc, "REQ-2026-0002", "FUNDED");
        pledge(jdbc, "REQ-2026-0001", open, "FRA", "PLEDGE", "9999999999999.99");
        pledge(jdbc, "REQ-2026-0002", funded, "NOR", "PLEDGE", "60000.00");
        pledge(jdbc, "REQ-2026-0002", funded, "AUS", "OFFER", "59000.00");
        pledge(jdbc, "REQ-2000-0003", null, "DEU", "PLEDGE", "20000.00");

        Flyway.configure().dataSource(db).load().migrate();

        List<Map<String, Object>> all = jdbc.queryForList("SELECT donor, status, decided_by FROM funding_pledge ORDER BY id");
        assertThat(all).extracting(r -> r.get("DONOR") + " " + r.get("STATUS") + " " + r.get("DECIDED_BY"))
                .containsExactly("FRA PLEDGED null", "NOR CONFIRMED migration", "AUS CONFIRMED migration", "DEU CONFIRMED migration");
        assertThat(jdbc.queryForList("SELECT p.donor FROM pledge p JOIN funding_pledge fp ON fp.id = p.funding_pledge_id "
                + "WHERE fp.donor = p.donor AND fp.amount = p.amount ORDER BY p.id", String.class))
                .as("what counts: every row but the open round's, each linked to its pledge").containsExactly("NOR", "AUS", "DEU");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT event FROM funding_pledge_event ORDER BY funding_pledge_id, id", String.class))
                .containsExactly("PLEDGED", "PLEDGED", "CONFIRMED", "PLEDGED", "CONFIRMED", "PLEDGED", "CONFIRMED");
    }

    private static void request(JdbcTemplate jdbc, String id, String status) {
        jdbc.update("""
                INSERT INTO assistance_request (id, requesting_state, title, description, category, status, submitted_by,
                    entered_on_behalf, estimated_cost_amount, estimated_cost_currency, created_at, updated_at)
                VALUES (?, 'UGA', 't', 'd', 'LABORATORY_EQUIPMENT', ?, 'uga-ncp', FALSE, 119000.00, 'USD',
                    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", id, status);
    }

    private static long round(JdbcTemplate jdbc, String requestId, String status) {
        jdbc.update("""
                INSERT INTO funding_case (request_id, currency, cost_basis, one_off, recurring_total, total, status, opened_at)
                VALUES (?, 'USD', 'REQUEST_ESTIMATE', 85000.00, 34000.00, 119000.00, ?, CURRENT_TIMESTAMP)""", requestId, status);
        return jdbc.queryForObject("SELECT MAX(id) FROM funding_case", Long.class);
    }

    private static void pledge(JdbcTemplate jdbc, String requestId, Long round, String donor, String source, String amount) {
        jdbc.update("""
                INSERT INTO pledge (request_id, funding_case_id, donor, source, amount, currency, surplus, pledged_by, received_at)
                VALUES (?, ?, ?, ?, ?, 'USD', FALSE, 'someone', CURRENT_TIMESTAMP)""",
                requestId, round, donor, source, new java.math.BigDecimal(amount));
    }
}
