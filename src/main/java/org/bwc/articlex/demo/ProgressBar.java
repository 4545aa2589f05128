package org.bwc.articlex.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A console progress bar: {@code [########------] 57.3 % 573,000/1,000,000 cases · 3,412/s · 1m 25s left}. On a
 * terminal it redraws one line (at most five times a second); in a log file (no console) it writes a line every 5 %.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String unit;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int lastStep = -1;

    ProgressBar(PrintStream out, String unit, long total, boolean terminal) {
        this.out = out;
        this.unit = unit;
        this.total = Math.max(1, total);
        this.terminal = terminal;
    }

    static ProgressBar onConsole(String unit, long total) {
        return new ProgressBar(System.out, unit, total, System.console() != null);
    }

    void update(long done) {
        long now = System.nanoTime();
        double fraction = Math.min(1.0, (double) done / total);
        if (terminal) {
            if (now - lastDraw < 200_000_000L && done < total) {
                return;
            }
            lastDraw = now;
            out.print("\r" + line(done, fraction, now));
            out.flush();
        } else {
            int step = (int) (fraction * 20);
            if (step != lastStep) {
                lastStep = step;
                out.println(line(done, fraction, now));
            }
        }
    }

    void finish(long done) {
        update(done);
        if (terminal) {
            out.println();
        }
    }

    String line(long done, double fraction, long now) {
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        long left = rate <= 0 ? 0 : Math.round((total - done) / rate);
        return String.format(Locale.ROOT, "[%s%s] %5.1f %% %,d/%,d %s · %,.0f/s · %s left", "#".repeat(filled),
                "-".repeat(WIDTH - filled), fraction * 100, done, total, unit, rate, human(Duration.ofSeconds(left)));
    }

    static String human(Duration duration) {
        long s = duration.getSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}
