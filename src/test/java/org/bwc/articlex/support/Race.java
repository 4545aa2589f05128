package org.bwc.articlex.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls at the same moment: one thread each, held at a barrier until all are ready, so that they reach the
 * application together rather than in the order they were written.
 */
public final class Race {

    private Race() {
    }

    @SafeVarargs
    public static <T> List<T> run(Callable<T>... calls) {
        return run(List.of(calls));
    }

    public static <T> List<T> run(List<Callable<T>> calls) {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new AssertionError("A racing call failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The same call {@code n} times at once. */
    public static <T> List<T> times(int n, Callable<T> call) {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return run(calls);
    }
}
