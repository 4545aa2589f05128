package org.bwc.articlex.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.reliability.Lifecycle.Case;
import org.bwc.articlex.reliability.Lifecycle.Stage;

/**
 * The cases of a database the driver did not create itself (a restored backup, a previous release's database): each
 * request of the harness's two paths with the wait state it is in, read from outside; the harness's offers found
 * again, so that {@link Lifecycle} can carry the cases on.
 */
final class RunningCases {

    private RunningCases() {
    }

    /** Every request in {@code database}, observed through {@code lifecycle}; fills the lifecycle's offers. */
    static List<Case> read(Connection database, Lifecycle lifecycle) throws SQLException {
        List<Case> cases = new ArrayList<>();
        try (Statement statement = database.createStatement()) {
            try (ResultSet offers = statement.executeQuery("SELECT id, category FROM offer WHERE capacity = 10000 ORDER BY id")) {
                while (offers.next()) {
                    lifecycle.offers().putIfAbsent(offers.getString("category"), offers.getString("id"));
                }
            }
            try (ResultSet requests = statement.executeQuery("SELECT id, requesting_state, category FROM assistance_request ORDER BY id")) {
                while (requests.next()) {
                    cases.add(new Case(requests.getString("id"), Lifecycle.REFERRED_CATEGORY.equals(requests.getString("category")),
                            requests.getString("requesting_state"), null));
                }
            }
        }
        for (Case c : cases) {
            c.stage = lifecycle.observe(c);
            if (c.stage == null) {
                throw new AssertionError(c.id + " is between two wait states: let the system settle before reading it");
            }
        }
        return cases;
    }

    /** A wait state for each of the cases to be in: {@code perStage} cases each (referred ones for Balance review). */
    static List<Case> intoEveryWaitState(Lifecycle lifecycle, int perStage) throws Exception {
        List<Stage> stages = List.of(Stage.REVIEW, Stage.BALANCE_REVIEW, Stage.MATCHING, Stage.OFFEROR, Stage.FUNDING,
                Stage.IMPLEMENTATION, Stage.REPORT_REVIEW, Stage.COMPLETED);
        return Reliability.parallel(4, stages.size() * perStage, i -> lifecycle.into(stages.get(i % stages.size())));
    }
}
