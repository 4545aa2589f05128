package org.bwc.articlex.nationalreports;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.bwc.articlex.web.CsvCells;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.web.UnprocessableException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code GET /api/metrics/reports}: a year's submission rate by UN regional group, and its reports as CSV. */
@Component
class SubmissionRates {

    /** The rate of one regional group (or of all, {@code region} = null). */
    record RegionRate(Region region, int states, int submitted, int late, double rate) {
    }

    record YearRates(int year, Instant deadline, RegionRate total, List<RegionRate> regions) {
    }

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema COLUMNS = CsvSchema.builder().addColumn("state").addColumn("name").addColumn("region")
            .addColumn("year").addColumn("version").addColumn("submittedAt").addColumn("late").addColumn("policy")
            .addColumn("assistanceGiven").addColumn("assistanceReceived").addColumn("needsOutstanding").addColumn("obstacles")
            .build().withHeader();

    private final ReportCycles cycles;
    private final NationalReports reports;
    private final StatesRegistry states;

    SubmissionRates(ReportCycles cycles, NationalReports reports, StatesRegistry states) {
        this.cycles = cycles;
        this.reports = reports;
        this.states = states;
    }

    @Transactional(readOnly = true)
    YearRates rates(int year) {
        ReportCycles.Cycle cycle = cycles.find(year).orElseThrow(() -> new UnprocessableException("year",
                "the national reports of " + year + " are not open"));
        Map<String, NationalReports.Version> current = reports.current(year).stream()
                .collect(Collectors.toMap(NationalReports.Version::state, Function.identity()));
        Map<Region, int[]> counts = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            counts.put(region, new int[3]);
        }
        for (StateParty state : states.all()) {
            int[] c = counts.get(state.region());
            c[0]++;
            NationalReports.Version report = current.get(state.code());
            if (report != null) {
                c[1]++;
                c[2] += report.late() ? 1 : 0;
            }
        }
        List<RegionRate> regions = new ArrayList<>();
        int[] all = new int[3];
        counts.forEach((region, c) -> {
            regions.add(rate(region, c));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        return new YearRates(year, cycle.deadline(), rate(null, all), regions);
    }

    /** Every State's current report of the year, one row each; a cell that a spreadsheet would run as a formula is defused. */
    @Transactional(readOnly = true)
    String csv(int year) {
        rates(year); // 422 for a year not open
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NationalReports.Version v : reports.current(year)) {
            StateParty state = states.require(v.state());
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("state", v.state());
            row.put("name", cell(state.name()));
            row.put("region", state.region().name());
            row.put("year", v.year());
            row.put("version", v.version());
            row.put("submittedAt", v.submittedAt().toString());
            row.put("late", v.late());
            row.put("policy", cell(v.content().policy()));
            row.put("assistanceGiven", cell(v.content().assistanceGiven()));
            row.put("assistanceReceived", cell(v.content().assistanceReceived()));
            row.put("needsOutstanding", cell(v.content().needsOutstanding()));
            row.put("obstacles", cell(v.content().obstacles()));
            rows.add(row);
        }
        try {
            return CSV.writer(COLUMNS).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cell a spreadsheet would run as a formula is shown as text ({@link CsvCells}). */
    static String cell(String text) {
        return CsvCells.defuse(text);
    }

    private static RegionRate rate(Region region, int[] c) {
        return new RegionRate(region, c[0], c[1], c[2], c[0] == 0 ? 0.0 : (double) c[1] / c[0]);
    }
}
