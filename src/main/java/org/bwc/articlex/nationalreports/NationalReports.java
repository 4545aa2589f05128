package org.bwc.articlex.nationalreports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code national_report} table: every version of every State's report. */
@Repository
class NationalReports {

    record Version(String state, int year, int version, NationalReportContent content, String submittedBy,
            Instant submittedAt, boolean late) {
    }

    private final JdbcClient jdbc;

    NationalReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the next version (1, 2, ...); the caller holds the year's cycle row lock. */
    Version insert(String state, int year, NationalReportContent content, String by, Instant at, boolean late) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM national_report WHERE state_code = ? AND report_year = ?")
                .params(state, year).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO national_report (state_code, report_year, version, policy, assistance_given, assistance_received,
                                             needs_outstanding, obstacles, submitted_by, submitted_at, late)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(state, year, version, content.policy(), content.assistanceGiven(), content.assistanceReceived(),
                        content.needsOutstanding(), content.obstacles(), by, at.atOffset(ZoneOffset.UTC), late)
                .update();
        return new Version(state, year, version, content, by, at, late);
    }

    /** Every version of a State's report for a year, oldest first. */
    List<Version> of(String state, int year) {
        return jdbc.sql(SELECT + " WHERE state_code = ? AND report_year = ? ORDER BY version").params(state, year)
                .query(NationalReports::version).list();
    }

    /** The current (latest) version of every report of a year, by State. */
    List<Version> current(int year) {
        return jdbc.sql(SELECT + " r " + """
                 WHERE report_year = ? AND version = (SELECT MAX(version) FROM national_report m
                                                        WHERE m.state_code = r.state_code AND m.report_year = r.report_year)
                 ORDER BY state_code""").param(year).query(NationalReports::version).list();
    }

    private static final String SELECT = """
            SELECT state_code, report_year, version, policy, assistance_given, assistance_received, needs_outstanding, obstacles,
                   submitted_by, submitted_at, late
            FROM national_report""";

    private static Version version(ResultSet rs, int n) throws SQLException {
        return new Version(rs.getString("state_code"), rs.getInt("report_year"), rs.getInt("version"),
                new NationalReportContent(rs.getString("policy"), rs.getString("assistance_given"),
                        rs.getString("assistance_received"), rs.getString("needs_outstanding"), rs.getString("obstacles")),
                rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getBoolean("late"));
    }
}
