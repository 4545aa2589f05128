package org.bwc.articlex.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case references stay unique and increasing when submissions race, do not make submissions wait for each other,
 * start again at 0001 in a new year and skip the number of a rolled-back submission (docs/operations.md). Run on H2
 * and on PostgreSQL.
 */
abstract class CaseReferenceScenarios {

    private static final int SUBMITTERS = 12;
    private static final int EACH = 3;

    @Autowired
    TestRestTemplate http;
    @Autowired
    DataSourceProperties database;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void parallelSubmissionsGetDistinctConsecutiveReferences() throws Exception {
        Api api = new Api(http).as("ken-ncp");
        CountDownLatch startGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
        try {
            List<Future<List<String>>> submitted = new ArrayList<>();
            for (int s = 0; s < SUBMITTERS; s++) {
                submitted.add(pool.submit(() -> {
                    startGate.await();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        Api.Response response = api.post("/api/requests", Requests.kenyaTraining());
                        assertThat(response.status()).isEqualTo(201);
                        ids.add(response.json().get("id").asText());
                    }
                    return ids;
                }));
            }
            startGate.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<List<String>> one : submitted) {
                for (String id : one.get(2, TimeUnit.MINUTES)) {
                    assertThat(id).matches("REQ-\\d{4}-\\d{4,}");
                    numbers.add(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
                }
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(SUBMITTERS * EACH);
            int first = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(numbers).allSatisfy(n -> assertThat(n).isBetween(first, first + SUBMITTERS * EACH - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOpenSubmissionDoesNotHoldUpTheNext() throws Exception {
        CaseReferences references = at("2030-05-01T10:00:00Z");
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> open = pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                String reference = references.next("CON");
                taken.countDown();
                await(release);
                return reference;
            }));
            assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            String next = new TransactionTemplate(transactions).execute(status -> references.next("CON"));
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
            release.countDown();
            assertThat(open.get(30, TimeUnit.SECONDS)).isEqualTo("CON-2030-0001");
            assertThat(next).isEqualTo("CON-2030-0002");
        } finally {
            release.countDown();
            pool.shutdownNow();
            references.destroy();
        }
    }

    @Test
    void aNewYearStartsAgainAtOne() {
        CaseReferences lastDay = at("2031-12-31T23:59:59Z");
        CaseReferences newYear = at("2032-01-01T00:00:00Z");
        try {
            assertThat(lastDay.next("OFF")).isEqualTo("OFF-2031-0001");
            assertThat(lastDay.next("OFF")).isEqualTo("OFF-2031-0002");
            assertThat(newYear.next("OFF")).isEqualTo("OFF-2032-0001");
            assertThat(lastDay.next("OFF")).isEqualTo("OFF-2031-0003");
        } finally {
            lastDay.destroy();
            newYear.destroy();
        }
    }

    @Test
    void aRolledBackSubmissionLeavesAGapAndItsNumberIsNotReused() {
        CaseReferences references = at("2033-03-01T09:00:00Z");
        try {
            TransactionTemplate submission = new TransactionTemplate(transactions);
            String rolledBack = submission.execute(status -> {
                String reference = references.next("REQ");
                status.setRollbackOnly();
                return reference;
            });
            String next = submission.execute(status -> references.next("REQ"));
            assertThat(rolledBack).isEqualTo("REQ-2033-0001");
            assertThat(next).isEqualTo("REQ-2033-0002");
        } finally {
            references.destroy();
        }
    }

    /** A second node on the same database whose clock reads {@code instant}: far-off years keep tests apart. */
    private CaseReferences at(String instant) {
        return new CaseReferences(database, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), 5000);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
