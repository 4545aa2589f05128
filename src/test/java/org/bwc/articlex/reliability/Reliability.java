package org.bwc.articlex.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Where the reliability runs keep their files (target/reliability), and waiting for what the outside world sees. */
public final class Reliability {

    private Reliability() {
    }

    public static Path target() {
        return Paths.get(System.getProperty("reliability.target", "target")).toAbsolutePath();
    }

    public static Path directory() {
        Path directory = target().resolve("reliability");
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code condition} every 200 ms until it holds; an AssertionError naming {@code what} after {@code patience}. */
    public static void await(String what, Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s for: " + what);
            }
            sleep(200);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A figure for RELIABILITY.md, printed in one greppable form: {@code [reliability] scenario: name = value}. */
    public static void report(String scenario, String name, Object value) {
        System.out.printf("[reliability] %s: %s = %s%n", scenario, name, value);
    }

    /** Prints the seconds since {@code startNanos} ({@link System#nanoTime()}) as a figure of {@code scenario}. */
    public static void reportSince(String scenario, String what, long startNanos) {
        report(scenario, what, seconds(startNanos) + " s");
    }

    public static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }

    /** {@code task(0)} … {@code task(count - 1)} on {@code threads} threads, results in order; the first failure is thrown. */
    public static <T> java.util.List<T> parallel(int threads, int count, java.util.function.IntFunction<T> task) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            java.util.List<T> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw (Exception) e.getCause();
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
