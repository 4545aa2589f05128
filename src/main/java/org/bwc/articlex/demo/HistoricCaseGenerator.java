package org.bwc.articlex.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.bwc.articlex.funding.PledgeBulkLoad;
import org.bwc.articlex.intake.RequestBulkLoad;
import org.bwc.articlex.matching.MatchingBulkLoad;
import org.bwc.articlex.matching.OfferStatus;
import org.bwc.articlex.metrics.CaseSource;
import org.bwc.articlex.metrics.FactsBulkLoad;
import org.bwc.articlex.metrics.MetricsRefresher;
import org.bwc.articlex.metrics.OfferCounts;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.process.ReferenceBlocks;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.screening.BalanceFlag;
import org.bwc.articlex.screening.BalanceOutcome;
import org.bwc.articlex.screening.BalanceResult;
import org.bwc.articlex.screening.DecisionBulkLoad;
import org.bwc.articlex.screening.ItemFinding;
import org.bwc.articlex.screening.ScreeningOutcome;
import org.bwc.articlex.screening.ScreeningResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with historic requests for demonstrations and benchmarks: {@code N} cases spread over the years
 * (more each year), over every State Party (developing States ask more often), every category and every status,
 * each lived through the lifecycle by {@link CaseSimulator} up to the end of the history, so that old cases are
 * closed and recent ones are still open in every status. Written with batched multi-row INSERTs through the owning
 * packages' bulk loads ({@code intake.RequestBulkLoad}, {@code screening.DecisionBulkLoad},
 * {@code matching.MatchingBulkLoad}, {@code funding.PledgeBulkLoad}, {@code metrics.FactsBulkLoad}) on one
 * connection, a transaction per batch (not through the engine: historic cases have no process instance); the metrics
 * cells are rebuilt at the end. A tool, not part of the running service: the bean exists only when
 * {@code --articlex.generate=N} is given (docs/metrics.md).
 */
@Component
@ConditionalOnProperty("articlex.generate")
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
    private final TransactionTemplate transaction;
    private final ReferenceBlocks references;
    private final StatesRegistry states;
    private final ObjectMapper json;
    private final MetricsRefresher refresher;
    private final OfferCounts offerCounts;

    HistoricCaseGenerator(DataSource dataSource, PlatformTransactionManager transactions, ReferenceBlocks references,
            StatesRegistry states, ObjectMapper json, MetricsRefresher refresher, OfferCounts offerCounts) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.references = references;
        this.states = states;
        this.json = json;
        this.refresher = refresher;
        this.offerCounts = offerCounts;
    }

    public Result generate(Plan plan, LongConsumer progress) {
        long started = System.nanoTime();
        Random random = new Random(plan.seed());
        boolean withOffers = plan.offers();
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
            long firstSequence = references.reserve("REQ", year, count);
            CaseSimulator simulator = new CaseSimulator(random, plan.until(), withOffers ? pool : (c, at, r) -> null,
                    offerors);
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

    // ── requests ─────────────────────────────────────────────────────────────────────────────────────────────────

    private long writeCases(List<CaseSimulator.SimulatedCase> batch, String version) {
        Long written = transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                RequestBulkLoad requests = new RequestBulkLoad(connection);
                DecisionBulkLoad decisions = new DecisionBulkLoad(connection);
                MatchingBulkLoad proposals = new MatchingBulkLoad(connection);
                PledgeBulkLoad pledges = new PledgeBulkLoad(connection);
                FactsBulkLoad facts = new FactsBulkLoad(connection);
                for (CaseSimulator.SimulatedCase c : batch) {
                    requests.request(c.id(), c.state().code(), c.title(), c.description(), c.category(),
                            c.endUseStatement(), c.facility(), c.biosafetyLevel(), c.cost(), c.currency(), c.language(),
                            c.status(), c.submittedBy(), c.matchedOfferId(), c.createdAt(), c.updatedAt());
                    int line = 1;
                    for (CaseSimulator.Item item : c.items()) {
                        requests.item(c.id(), line++, item.kind(), item.description(), item.quantity(), item.controlCode());
                    }
                    for (CaseSimulator.Step step : c.history()) {
                        requests.statusChange(c.id(), step.status(), step.at(), step.by(), step.note());
                    }
                    for (CaseSimulator.Decision d : c.decisions()) {
                        decisions.decision(c.id(), d.kind(), d.outcome(), d.rules(), inputs(c, d),
                                findings(c, d, version), d.justification(), d.legalGround(), d.by(), d.at(), version);
                    }
                    for (CaseSimulator.Proposal p : c.proposals()) {
                        proposals.proposal(c.id(), p.offerId(), p.score(), p.status(), CaseSimulator.CASEWORKER,
                                p.proposedAt(), p.respondedBy(), p.respondedAt(), p.note());
                    }
                    for (CaseSimulator.Pledge p : c.pledges()) {
                        pledges.pledge(c.id(), p.donor(), p.source(), p.amount(), c.currency(), p.surplus(),
                                p.source().equals("OFFER") ? Actor.SYSTEM : p.donor().toLowerCase() + "-ncp", p.at());
                    }
                    facts.add(source(c), code -> c.state().region().name());
                }
                // parents first, for the foreign keys
                requests.close();
                decisions.close();
                proposals.close();
                pledges.close();
                facts.close();
                return requests.written() + decisions.written() + proposals.written() + pledges.written()
                        + facts.written();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write generated requests", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        return written == null ? 0 : written;
    }

    /** The case as the metrics read it back from the rows written beside it. */
    private static CaseSource source(CaseSimulator.SimulatedCase c) {
        Instant accepted = c.proposals().stream().filter(p -> p.status().equals("ACCEPTED"))
                .map(CaseSimulator.Proposal::respondedAt).min(Instant::compareTo).orElse(null);
        return new CaseSource(c.id(), c.state().code(), c.category().name(), c.createdAt(), c.status(),
                c.updatedAt(), c.cost(), c.currency(),
                c.history().stream().map(s -> new CaseSource.StatusEntry(s.status(), s.at())).toList(),
                c.decisions().stream().map(d -> new CaseSource.DecisionEntry(d.kind().name(), d.outcome(), d.at())).toList(),
                c.pledges().isEmpty() ? null : c.pledges().stream().map(CaseSimulator.Pledge::amount)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add), accepted);
    }

    /** The decision records' inputs and findings, in the shapes the screening feature writes and reads. */
    private String inputs(CaseSimulator.SimulatedCase c, CaseSimulator.Decision d) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        switch (d.kind()) {
            case ARTICLE_III_SCREENING -> {
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
            case ARTICLE_X_BALANCE -> {
                inputs.put("requester", c.state().code());
                inputs.put("holdLimitDays", 14);
            }
            case BALANCE_REVIEW -> {
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
            case ARTICLE_III_SCREENING -> write(screeningResult(c, d.screening(), version));
            case ARTICLE_X_BALANCE -> write(balanceResult(c, d));
            case BALANCE_REVIEW -> write(Map.of("items", finalItems(c, d), "deniedInFull", d.deniedInFull()));
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

    private long writeOffers(int year, int count, Instant from, Instant to, Random random, List<String> offerors, Pool pool) {
        if (count == 0) {
            return 0;
        }
        long firstSequence = references.reserve("OFF", year, count);
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
                MatchingBulkLoad offers = new MatchingBulkLoad(connection);
                List<Runnable> toPool = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String id = "OFF-%d-%04d".formatted(year, firstSequence + i);
                    String party = offerors.get(random.nextInt(offerors.size()));
                    AssistanceCategory category = AssistanceCategory.values()[pick(CaseCatalogue.CATEGORY_WEIGHTS, random)];
                    Instant at = Instant.ofEpochMilli(created[i]);
                    LocalDate validUntil = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(365 + random.nextInt(730));
                    int capacity = 1 + random.nextInt(random.nextDouble() < 0.8 ? 5 : 40);
                    boolean organisation = party.length() != 3;
                    OfferStatus state = validUntil.isBefore(LocalDate.ofInstant(until, ZoneOffset.UTC)) ? OfferStatus.EXPIRED
                            : random.nextDouble() < 0.04 ? OfferStatus.WITHDRAWN : OfferStatus.PUBLISHED;
                    offers.offer(id, party, category.label() + " offered by " + party, "Historic offer (generated).",
                            category, random.nextDouble() < 0.4 ? "en,fr" : "en", capacity,
                            random.nextInt(capacity + 1), random.nextDouble() < 0.4, validUntil, state,
                            party.toLowerCase() + (organisation ? "-focal" : "-ncp"), at);
                    List<Region> eligible = new ArrayList<>(List.of(Region.values()));
                    if (random.nextDouble() >= 0.15) {
                        java.util.Collections.shuffle(eligible, random);
                        eligible = eligible.subList(0, 1 + random.nextInt(3));
                    }
                    for (Region region : eligible) {
                        offers.offerRegion(id, region);
                    }
                    Instant validEnd = validUntil.atStartOfDay().toInstant(ZoneOffset.UTC);
                    toPool.add(() -> pool.add(category, id, at, state == OfferStatus.WITHDRAWN ? at : validEnd));
                }
                offers.close();
                toPool.forEach(Runnable::run);
                return offers.written();
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
            if (DatabaseDriver.fromProductName(meta.getDatabaseProductName()) != DatabaseDriver.POSTGRESQL) {
                return;
            }
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                for (String table : FactsBulkLoad.TABLES) {
                    statement.execute("VACUUM (ANALYZE) " + table);
                }
                List<String> others = new ArrayList<>(RequestBulkLoad.TABLES);
                others.addAll(DecisionBulkLoad.TABLES);
                others.addAll(MatchingBulkLoad.TABLES);
                others.addAll(PledgeBulkLoad.TABLES);
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

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
