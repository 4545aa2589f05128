package org.bwc.articlex.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.screening.BalanceFlag;
import org.bwc.articlex.screening.BalanceOutcome;
import org.bwc.articlex.screening.BalanceResult;
import org.bwc.articlex.screening.ItemFinding;
import org.bwc.articlex.screening.ScreeningOutcome;
import org.bwc.articlex.screening.ScreeningResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with historic requests for demonstrations and benchmarks: {@code N} cases spread over the years
 * (more each year), over every State Party (developing States ask more often), every category and every status,
 * each lived through the lifecycle by {@link CaseSimulator} up to the end of the history, so that old cases are
 * closed and recent ones are still open in every status. Written straight into the project's tables with batched
 * multi-row INSERTs (not through the engine: historic cases have no process instance), a transaction per batch, with
 * their metrics facts; the metrics cells are rebuilt at the end. With an offers registry ({@code offer} table) it also
 * registers offers and the proposals made to the requests, and with the funding tables ({@code pledge}) the pledges.
 */
@Component
public class HistoricCaseGenerator {

    private static final Logger log = LoggerFactory.getLogger(HistoricCaseGenerator.class);
    private static final String[] ORGANISATIONS = {"WHO", "WOAH", "FAO", "OPCW", "IFBA"};

    /**
     * @param until     the end of the history ("now" for the generated cases)
     * @param offers    register offers and proposals too (needs the offers registry's tables)
     * @param batchSize requests per transaction
     */
    public record Plan(int cases, long seed, int fromYear, Instant until, boolean offers, int batchSize) {

        public Plan {
            if (cases < 0) {
                throw new IllegalArgumentException("cases must not be negative");
            }
            if (fromYear > LocalDate.ofInstant(until, ZoneOffset.UTC).getYear()) {
                throw new IllegalArgumentException("the history must start before it ends");
            }
            batchSize = batchSize <= 0 ? 1000 : batchSize;
        }
    }

    public record Result(int cases, int offers, Map<RequestStatus, Long> byStatus, Duration writing, Duration cells,
            long rows) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final StatesRegistry states;
    private final ObjectMapper json;
    private final MetricsRefresher refresher;
    private final OptionalTables tables;
    private final OfferCounts offerCounts;

    HistoricCaseGenerator(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
            StatesRegistry states, ObjectMapper json, MetricsRefresher refresher, OptionalTables tables,
            OfferCounts offerCounts) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.states = states;
        this.json = json;
        this.refresher = refresher;
        this.tables = tables;
        this.offerCounts = offerCounts;
    }

    public Result generate(Plan plan, LongConsumer progress) {
        long started = System.nanoTime();
        Random random = new Random(plan.seed());
        boolean withOffers = plan.offers() && tables.has(OptionalTables.OFFER) && tables.has(OptionalTables.OFFER_REGION)
                && tables.has(OptionalTables.MATCH_PROPOSAL);
        if (plan.offers() && !withOffers) {
            log.info("Generator: no offers registry in this database; requests only");
        }
        boolean withPledges = tables.has(OptionalTables.PLEDGE);
        String version = controlListVersion();
        List<StateParty> requesters = new ArrayList<>(states.all());
        double[] requesterWeights = requesters.stream().mapToDouble(HistoricCaseGenerator::requesterWeight).toArray();
        List<String> offerors = new ArrayList<>();
        states.all().stream().filter(s -> !s.developing()).forEach(s -> offerors.add(s.code()));
        offerors.addAll(List.of(ORGANISATIONS));
        int lastYear = LocalDate.ofInstant(plan.until(), ZoneOffset.UTC).getYear();
        int[] perYear = perYear(plan, lastYear);
        Pool pool = new Pool();
        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        long[] rows = {0};
        int offersMade = 0;
        int done = 0;
        for (int year = plan.fromYear(); year <= lastYear; year++) {
            int count = perYear[year - plan.fromYear()];
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant to = min(LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), plan.until());
            if (withOffers) {
                int offers = (int) Math.round(count * 0.35);
                offersMade += offers;
                rows[0] += writeOffers(year, offers, from, to, random, offerors, pool);
            }
            if (count == 0) {
                continue;
            }
            long[] created = new long[count];
            long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
            for (int i = 0; i < count; i++) {
                created[i] = from.toEpochMilli() + (long) (random.nextDouble() * span);
            }
            Arrays.sort(created);
            long firstSequence = reserve("REQ", year, count);
            CaseSimulator simulator = new CaseSimulator(random, plan.until(), withOffers ? pool : (c, at, r) -> null,
                    withPledges ? offerors : List.of());
            for (int start = 0; start < count; start += plan.batchSize()) {
                int end = Math.min(count, start + plan.batchSize());
                List<CaseSimulator.SimulatedCase> batch = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    String id = "REQ-%d-%04d".formatted(year, firstSequence + i);
                    StateParty state = requesters.get(pick(requesterWeights, random));
                    AssistanceCategory category = AssistanceCategory.values()[pick(CaseCatalogue.CATEGORY_WEIGHTS, random)];
                    batch.add(simulator.simulate(id, state, category, Instant.ofEpochMilli(created[i])));
                }
                rows[0] += writeCases(batch, version);
                batch.forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
                done += batch.size();
                progress.accept(done);
            }
        }
        Duration writing = Duration.ofNanos(System.nanoTime() - started);
        long cellsStarted = System.nanoTime();
        refresher.rebuildCells();
        if (withOffers) {
            offerCounts.rebuild();
        }
        Duration cells = Duration.ofNanos(System.nanoTime() - cellsStarted);
        analyze();
        return new Result(done, offersMade, byStatus, writing, cells, rows[0]);
    }

    private static double requesterWeight(StateParty state) {
        if (state.developing()) {
            return 3.0;
        }
        return state.region() == Region.WESTERN_EUROPEAN_OTHERS ? 0.25 : 1.0;
    }

    /** Cases per year, growing by 12 % of the first year's share each year; the last year only up to {@code until}. */
    private static int[] perYear(Plan plan, int lastYear) {
        int years = lastYear - plan.fromYear() + 1;
        double[] weights = new double[years];
        double sum = 0;
        for (int y = 0; y < years; y++) {
            weights[y] = 1 + 0.12 * y;
            if (y == years - 1) {
                LocalDate end = LocalDate.ofInstant(plan.until(), ZoneOffset.UTC);
                weights[y] *= Math.max(0.01, end.getDayOfYear() / (double) end.lengthOfYear());
            }
            sum += weights[y];
        }
        int[] counts = new int[years];
        int assigned = 0;
        for (int y = 0; y < years; y++) {
            counts[y] = (int) Math.floor(plan.cases() * weights[y] / sum);
            assigned += counts[y];
        }
        for (int y = years - 1; assigned < plan.cases(); y = (y + years - 1) % years) {
            counts[y]++;
            assigned++;
        }
        return counts;
    }

    private static int pick(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * Takes {@code count} numbers of a year's reference counter (e.g. {@code REQ-2019-…}) at once, so that requests
     * submitted while the generator runs get numbers after them.
     */
    private long reserve(String prefix, int year, int count) {
        return ownTransaction.execute(status -> {
            int updated = jdbc.sql("UPDATE reference_counter SET last_value = last_value + ? WHERE prefix = ? AND counter_year = ?")
                    .params(count, prefix, year).update();
            if (updated == 0) {
                try {
                    jdbc.sql("INSERT INTO reference_counter (prefix, counter_year, last_value) VALUES (?, ?, ?)")
                            .params(prefix, year, count).update();
                    return 1L;
                } catch (DuplicateKeyException race) {
                    jdbc.sql("UPDATE reference_counter SET last_value = last_value + ? WHERE prefix = ? AND counter_year = ?")
                            .params(count, prefix, year).update();
                }
            }
            long last = jdbc.sql("SELECT last_value FROM reference_counter WHERE prefix = ? AND counter_year = ?")
                    .params(prefix, year).query(Long.class).single();
            return last - count + 1;
        });
    }

    // ── requests ─────────────────────────────────────────────────────────────────────────────────────────────────

    private static final int[] REQUEST_TYPES = {Types.VARCHAR, Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.NUMERIC, Types.CHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] ITEM_TYPES = {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
        Types.VARCHAR};
    private static final int[] HISTORY_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.VARCHAR, Types.VARCHAR};
    private static final int[] DECISION_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.VARCHAR};
    private static final int[] PROPOSAL_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
        Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR};
    private static final int[] PLEDGE_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.CHAR,
        Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] FACT_TYPES = factTypes();

    private long writeCases(List<CaseSimulator.SimulatedCase> batch, String version) {
        Long written = transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                BulkInsert requests = new BulkInsert(connection, "assistance_request", """
                        id, requesting_state, title, description, category, end_use_statement, end_use_facility,
                        end_use_biosafety_level, estimated_cost_amount, estimated_cost_currency, preferred_language, status,
                        submitted_by, entered_on_behalf, matched_offer_id, created_at, updated_at""", REQUEST_TYPES);
                BulkInsert items = new BulkInsert(connection, "request_item",
                        "request_id, line_no, kind, description, quantity, control_code", ITEM_TYPES);
                BulkInsert history = new BulkInsert(connection, "request_status_history",
                        "request_id, status, changed_at, by_user, note", HISTORY_TYPES);
                BulkInsert decisions = new BulkInsert(connection, "decision_record", """
                        request_id, kind, outcome, rule_ids, inputs, findings, justification, legal_ground, decided_by,
                        decided_at, reference_version""", DECISION_TYPES);
                BulkInsert proposals = new BulkInsert(connection, "match_proposal", """
                        request_id, offer_id, score, status, proposed_by, proposed_at, responded_by, responded_at, note""",
                        PROPOSAL_TYPES);
                BulkInsert pledges = new BulkInsert(connection, "pledge",
                        "request_id, donor, source, amount, currency, surplus, pledged_by, received_at", PLEDGE_TYPES);
                BulkInsert facts = new BulkInsert(connection, "metrics_case", FactsRepository.COLUMNS, FACT_TYPES);
                for (CaseSimulator.SimulatedCase c : batch) {
                    requests.add(c.id(), c.state().code(), c.title(), c.description(), c.category().name(),
                            c.endUseStatement(), c.facility(), c.biosafetyLevel(), c.cost(), c.currency(), c.language(),
                            c.status().name(), c.submittedBy(), false, c.matchedOfferId(), utc(c.createdAt()),
                            utc(c.updatedAt()));
                    int line = 1;
                    for (CaseSimulator.Item item : c.items()) {
                        items.add(c.id(), line++, item.kind(), item.description(), item.quantity(), item.controlCode());
                    }
                    for (CaseSimulator.Step step : c.history()) {
                        history.add(c.id(), step.status().name(), utc(step.at()), step.by(), step.note());
                    }
                    for (CaseSimulator.Decision d : c.decisions()) {
                        decisions.add(c.id(), d.kind(), d.outcome(), String.join(",", d.rules()), inputs(c, d),
                                findings(c, d, version), d.justification(), d.legalGround(), d.by(), utc(d.at()), version);
                    }
                    for (CaseSimulator.Proposal p : c.proposals()) {
                        proposals.add(c.id(), p.offerId(), p.score(), p.status(), CaseSimulator.CASEWORKER,
                                utc(p.proposedAt()), p.respondedBy(), p.respondedAt() == null ? null : utc(p.respondedAt()),
                                p.note());
                    }
                    for (CaseSimulator.Pledge p : c.pledges()) {
                        pledges.add(c.id(), p.donor(), p.source(), p.amount(), c.currency(), p.surplus(),
                                p.source().equals("OFFER") ? "system" : p.donor().toLowerCase() + "-ncp", utc(p.at()));
                    }
                    factRow(facts, c);
                }
                // parents first, for the foreign keys
                for (BulkInsert table : List.of(requests, items, history, decisions, proposals, pledges, facts)) {
                    table.close();
                }
                return requests.written() + items.written() + history.written() + decisions.written()
                        + proposals.written() + pledges.written() + facts.written();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write generated requests", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        return written == null ? 0 : written;
    }

    private void factRow(BulkInsert facts, CaseSimulator.SimulatedCase c) throws SQLException {
        Instant accepted = c.proposals().stream().filter(p -> p.status().equals("ACCEPTED"))
                .map(CaseSimulator.Proposal::respondedAt).min(Instant::compareTo).orElse(null);
        CaseSource source = new CaseSource(c.id(), c.state().code(), c.category().name(), c.createdAt(), c.status(),
                c.updatedAt(), c.cost(), c.currency(),
                c.history().stream().map(s -> new CaseSource.StatusEntry(s.status(), s.at())).toList(),
                c.decisions().stream().map(d -> new CaseSource.DecisionEntry(d.kind(), d.outcome(), d.at())).toList(),
                c.pledges().isEmpty() ? null : c.pledges().stream().map(CaseSimulator.Pledge::amount)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add), accepted);
        CaseFacts f = CaseFactsCalculator.compute(source, code -> c.state().region().name());
        Object[] values = new Object[FactsRepository.COLUMN_COUNT];
        int i = 0;
        values[i++] = f.requestId();
        values[i++] = f.requestingState();
        values[i++] = f.region();
        values[i++] = f.category();
        values[i++] = utc(f.createdAt());
        values[i++] = f.status().name();
        values[i++] = utc(f.statusSince());
        values[i++] = f.screeningOutcome();
        values[i++] = f.balanceOutcome();
        values[i++] = f.reviewDecision();
        values[i++] = f.holdSeconds();
        values[i++] = f.currency();
        values[i++] = f.requestedCents();
        values[i++] = f.pledgedCents();
        values[i++] = f.matchedAt() == null ? null : utc(f.matchedAt());
        for (long d : f.durations()) {
            values[i++] = d < 0 ? null : d;
        }
        facts.add(values);
    }

    private static int[] factTypes() {
        int[] types = new int[FactsRepository.COLUMN_COUNT];
        Arrays.fill(types, Types.BIGINT);
        int[] leading = {Types.VARCHAR, Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.CHAR, Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE};
        System.arraycopy(leading, 0, types, 0, leading.length);
        return types;
    }

    /** The decision records' inputs and findings, in the shapes the screening feature writes and reads. */
    private String inputs(CaseSimulator.SimulatedCase c, CaseSimulator.Decision d) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        switch (d.kind()) {
            case CaseFactsCalculator.SCREENING_KIND -> {
                inputs.put("requestingState", c.state().code());
                inputs.put("items", c.items().stream().map(item -> {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("kind", item.kind());
                    line.put("description", item.description());
                    line.put("quantity", item.quantity());
                    line.put("controlCode", item.controlCode());
                    return line;
                }).toList());
                inputs.put("endUse", Map.of("statement", c.endUseStatement(), "facility", c.facility(),
                        "biosafetyLevel", c.biosafetyLevel()));
            }
            case CaseFactsCalculator.BALANCE_KIND -> {
                inputs.put("requester", c.state().code());
                inputs.put("holdLimitDays", 14);
            }
            case CaseFactsCalculator.REVIEW_KIND -> {
                inputs.put("screeningOutcome", d.screening().outcome());
                inputs.put("conditions", "");
            }
            default -> inputs.put("reason", "HOLD_LIMIT");
        }
        inputs.put("generated", true);
        return write(inputs);
    }

    private String findings(CaseSimulator.SimulatedCase c, CaseSimulator.Decision d, String version) {
        return switch (d.kind()) {
            case CaseFactsCalculator.SCREENING_KIND -> write(screeningResult(c, d.screening(), version));
            case CaseFactsCalculator.BALANCE_KIND -> write(balanceResult(c, d));
            case CaseFactsCalculator.REVIEW_KIND -> write(Map.of("items", finalItems(c, d), "deniedInFull", d.deniedInFull()));
            default -> write(Map.of("action", d.outcome()));
        };
    }

    private static List<ItemFinding> items(CaseSimulator.SimulatedCase c, CaseSimulator.ScreeningDraw s) {
        List<ItemFinding> items = new ArrayList<>();
        for (int i = 1; i <= c.items().size(); i++) {
            boolean restricted = i == s.restrictedItem();
            items.add(new ItemFinding(i, restricted ? ScreeningOutcome.valueOf(s.outcome()) : ScreeningOutcome.CLEARED,
                    restricted ? s.rules() : List.of(), restricted ? s.conditions() : List.of(), null,
                    restricted ? "Matched " + String.join(", ", s.rules()) : "Nothing controlled"));
        }
        return items;
    }

    private static ScreeningResult screeningResult(CaseSimulator.SimulatedCase c, CaseSimulator.ScreeningDraw s, String version) {
        return new ScreeningResult(ScreeningOutcome.valueOf(s.outcome()), s.rules(), items(c, s), s.conditions(), version);
    }

    private static BalanceResult balanceResult(CaseSimulator.SimulatedCase c, CaseSimulator.Decision d) {
        CaseSimulator.ScreeningDraw s = d.screening();
        List<Integer> proceeding = new ArrayList<>();
        List<Integer> restricted = new ArrayList<>();
        for (int i = 1; i <= c.items().size(); i++) {
            boolean held = i == s.restrictedItem() && (s.outcome().equals("REFERRED") || s.outcome().equals("DENIED"));
            (held ? restricted : proceeding).add(i);
        }
        List<BalanceFlag> flags = d.rules().stream().map(BalanceFlag::valueOf).toList();
        return new BalanceResult(BalanceOutcome.valueOf(d.outcome()), flags, s.priority(), proceeding, restricted,
                flags.stream().map(f -> f.name() + " (historic case)").toList());
    }

    private static List<ItemFinding> finalItems(CaseSimulator.SimulatedCase c, CaseSimulator.Decision d) {
        List<ItemFinding> items = new ArrayList<>();
        for (ItemFinding item : items(c, d.screening())) {
            ScreeningOutcome outcome = item.outcome();
            if (outcome.atLeast(ScreeningOutcome.REFERRED)) {
                outcome = d.outcome().equals("DENY") ? ScreeningOutcome.DENIED : ScreeningOutcome.CONDITIONAL;
            }
            items.add(new ItemFinding(item.index(), outcome, item.rules(), item.conditions(), item.matchedName(), item.reason()));
        }
        return items;
    }

    // ── offers ───────────────────────────────────────────────────────────────────────────────────────────────────

    /** The offers registered so far, per category in registration order, for the proposals. */
    private static final class Pool implements CaseSimulator.OfferPool {

        private record Offer(String id, long created, long validUntil) {
        }

        private final Map<AssistanceCategory, List<Offer>> offers = new EnumMap<>(AssistanceCategory.class);

        void add(AssistanceCategory category, String id, Instant created, Instant validUntil) {
            offers.computeIfAbsent(category, c -> new ArrayList<>()).add(new Offer(id, created.toEpochMilli(),
                    validUntil.toEpochMilli()));
        }

        @Override
        public String pick(AssistanceCategory category, Instant at, Random random) {
            List<Offer> list = offers.get(category);
            if (list == null || list.isEmpty()) {
                return null;
            }
            long now = at.toEpochMilli();
            int low = 0;
            int high = list.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (list.get(mid).created() <= now) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            if (low == 0) {
                return null;
            }
            for (int attempt = 0; attempt < 6; attempt++) {
                Offer offer = list.get(Math.max(0, low - 1 - random.nextInt(Math.min(low, 400))));
                if (offer.validUntil() > now) {
                    return offer.id();
                }
            }
            return null;
        }
    }

    private static final int[] OFFER_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.BOOLEAN, Types.DATE, Types.VARCHAR, Types.VARCHAR,
        Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE};

    private long writeOffers(int year, int count, Instant from, Instant to, Random random, List<String> offerors, Pool pool) {
        if (count == 0) {
            return 0;
        }
        long firstSequence = reserve("OFF", year, count);
        long[] created = new long[count];
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        for (int i = 0; i < count; i++) {
            created[i] = from.toEpochMilli() + (long) (random.nextDouble() * span);
        }
        Arrays.sort(created);
        Instant until = to;
        Long written = transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                BulkInsert offers = new BulkInsert(connection, "offer", """
                        id, offering_party, title, description, category, languages, capacity, remaining_capacity,
                        funding_included, valid_until, status, submitted_by, created_at, updated_at""", OFFER_TYPES);
                BulkInsert regions = new BulkInsert(connection, "offer_region", "offer_id, region",
                        new int[] {Types.VARCHAR, Types.VARCHAR});
                List<Runnable> toPool = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String id = "OFF-%d-%04d".formatted(year, firstSequence + i);
                    String party = offerors.get(random.nextInt(offerors.size()));
                    AssistanceCategory category = AssistanceCategory.values()[pick(CaseCatalogue.CATEGORY_WEIGHTS, random)];
                    Instant at = Instant.ofEpochMilli(created[i]);
                    LocalDate validUntil = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(365 + random.nextInt(730));
                    int capacity = 1 + random.nextInt(random.nextDouble() < 0.8 ? 5 : 40);
                    boolean organisation = party.length() != 3;
                    String state = validUntil.isBefore(LocalDate.ofInstant(until, ZoneOffset.UTC)) ? "EXPIRED"
                            : random.nextDouble() < 0.04 ? "WITHDRAWN" : "PUBLISHED";
                    offers.add(id, party, category.label() + " offered by " + party, "Historic offer (generated).",
                            category.name(), random.nextDouble() < 0.4 ? "en,fr" : "en", capacity,
                            random.nextInt(capacity + 1), random.nextDouble() < 0.4, validUntil, state,
                            party.toLowerCase() + (organisation ? "-focal" : "-ncp"), utc(at), utc(at));
                    List<Region> eligible = new ArrayList<>(List.of(Region.values()));
                    if (random.nextDouble() >= 0.15) {
                        java.util.Collections.shuffle(eligible, random);
                        eligible = eligible.subList(0, 1 + random.nextInt(3));
                    }
                    for (Region region : eligible) {
                        regions.add(id, region.name());
                    }
                    Instant validEnd = validUntil.atStartOfDay().toInstant(ZoneOffset.UTC);
                    toPool.add(() -> pool.add(category, id, at, state.equals("WITHDRAWN") ? at : validEnd));
                }
                offers.close();
                regions.close();
                toPool.forEach(Runnable::run);
                return offers.written() + regions.written();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write generated offers", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        return written == null ? 0 : written;
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

    /**
     * PostgreSQL: fresh statistics for the planner, and a vacuum of the metrics tables so that their index-only scans
     * need not visit the table (autovacuum would do both, later). H2 needs nothing.
     */
    private void analyze() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (!meta.getDatabaseProductName().toLowerCase().contains("postgres")) {
                return;
            }
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                for (String table : List.of("metrics_case", "metrics_cell", "metrics_offer_cell")) {
                    statement.execute("VACUUM (ANALYZE) " + table);
                }
                List<String> others = new ArrayList<>(List.of("assistance_request", "request_item", "request_status_history",
                        "decision_record", "reference_counter"));
                for (String optional : List.of(OptionalTables.PLEDGE, OptionalTables.OFFER, OptionalTables.OFFER_REGION,
                        OptionalTables.MATCH_PROPOSAL)) {
                    if (tables.has(optional)) {
                        others.add(optional);
                    }
                }
                for (String table : others) {
                    statement.execute("ANALYZE " + table);
                }
            }
        } catch (SQLException e) {
            log.warn("Generator: VACUUM/ANALYZE failed (autovacuum catches up by itself)", e);
        }
    }

    private String controlListVersion() {
        try (InputStream in = getClass().getResourceAsStream("/reference/control-list.version")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "historic") + "+" + properties.getProperty("unsc-measures.version", "UNSC");
        } catch (IOException e) {
            return "historic";
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
