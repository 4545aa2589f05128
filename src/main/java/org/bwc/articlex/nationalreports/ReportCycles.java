package org.bwc.articlex.nationalreports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code national_report_cycle} table: which years are open, since when, and their deadline. */
@Repository
class ReportCycles {

    record Cycle(int year, Instant openedAt, Instant deadline) {
    }

    private final JdbcClient jdbc;

    ReportCycles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the year was open already (nothing written) */
    boolean open(int year, Instant at, Instant deadline) {
        if (find(year).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO national_report_cycle (report_year, opened_at, deadline) VALUES (?, ?, ?)")
                .params(year, utc(at), utc(deadline)).update();
        return true;
    }

    /** The latest year opened, if any. */
    Optional<Integer> latestYear() {
        return jdbc.sql("SELECT report_year FROM national_report_cycle ORDER BY report_year DESC").query(Integer.class).list()
                .stream().findFirst();
    }

    Optional<Cycle> find(int year) {
        return jdbc.sql("SELECT report_year, opened_at, deadline FROM national_report_cycle WHERE report_year = ?").param(year)
                .query((rs, n) -> new Cycle(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).optional();
    }

    /** Locks the year's row: the versions of its reports are numbered one submission at a time. */
    Optional<Cycle> findForUpdate(int year) {
        return jdbc.sql("SELECT report_year, opened_at, deadline FROM national_report_cycle WHERE report_year = ? FOR UPDATE").param(year)
                .query((rs, n) -> new Cycle(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
