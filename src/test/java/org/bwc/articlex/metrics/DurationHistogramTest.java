package org.bwc.articlex.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationHistogramTest {

    @Test
    void valuesBelowSixtyFourSecondsAreExact() {
        for (long seconds = 0; seconds < 64; seconds++) {
            int bucket = DurationHistogram.bucket(seconds);
            assertThat(DurationHistogram.lowerBound(bucket)).isEqualTo(seconds);
            assertThat(DurationHistogram.representative(bucket)).isEqualTo((double) seconds);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {64, 65, 127, 128, 3_600, 86_399, 86_400, 864_000, 1_728_000, 31_536_000, 315_360_000L, 4_000_000_000L})
    void everyValueFallsInItsBucketAndTheBucketIsAtMostOneThirtySecondOfItsValueWide(long seconds) {
        int bucket = DurationHistogram.bucket(seconds);
        long lower = DurationHistogram.lowerBound(bucket);
        long width = DurationHistogram.width(bucket);
        assertThat(seconds).isBetween(lower, lower + width - 1);
        assertThat((double) width / lower).isLessThanOrEqualTo(1.0 / 32);
        assertThat(Math.abs(DurationHistogram.representative(bucket) - seconds) / seconds)
                .isLessThanOrEqualTo(DurationHistogram.RELATIVE_ERROR);
        assertThat(DurationHistogram.bucket(lower)).isEqualTo(bucket);
        assertThat(DurationHistogram.bucket(lower + width)).isEqualTo(bucket + 1);
    }

    @Test
    void percentilesAreNearestRankWithinTheStatedError() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            long[] values = new long[n];
            DurationHistogram histogram = new DurationHistogram();
            for (int i = 0; i < n; i++) {
                values[i] = (long) Math.exp(random.nextDouble() * 18);
                histogram.add(values[i]);
            }
            Arrays.sort(values);
            for (double p : new double[] {0.5, 0.9}) {
                long exact = values[(int) Math.ceil(p * n) - 1];
                assertThat(histogram.percentile(p)).isCloseTo((double) exact,
                        within(Math.max(0.5, exact * DurationHistogram.RELATIVE_ERROR)));
            }
        }
    }

    @Test
    void handCountedPercentiles() {
        DurationHistogram histogram = new DurationHistogram();
        for (long seconds : new long[] {10, 12, 24, 24, 36, 48, 60, 96, 96}) {
            histogram.add(seconds); // below 64 s: exact
        }
        // nine values: the median is the 5th (36), the 90th percentile the 9th (ceil(8.1))
        assertThat(histogram.percentile(0.5)).isEqualTo(36.0);
        assertThat(histogram.percentile(0.9)).isCloseTo(96.0, within(96 * DurationHistogram.RELATIVE_ERROR));
        assertThat(histogram.total()).isEqualTo(9);
        assertThat(new DurationHistogram().percentile(0.5)).isNull();
    }

    @Test
    void encodesDecodesMergesAndSubtracts() {
        DurationHistogram a = new DurationHistogram();
        DurationHistogram b = new DurationHistogram();
        for (long s : new long[] {0, 5, 70, 3_600, 864_000}) {
            a.add(s);
        }
        for (long s : new long[] {5, 1_728_000}) {
            b.add(s);
        }
        BinaryCodec.Writer out = new BinaryCodec.Writer();
        a.writeTo(out);
        DurationHistogram decoded = new DurationHistogram();
        decoded.addFrom(new BinaryCodec.Reader(out.toByteArray()));
        assertThat(decoded.total()).isEqualTo(5);
        decoded.add(b, 1);
        assertThat(decoded.total()).isEqualTo(7);
        assertThat(decoded.count(DurationHistogram.bucket(5))).isEqualTo(2);
        decoded.add(a, -1);
        decoded.add(b, -1);
        assertThat(decoded.isEmpty()).isTrue();
        assertThat(decoded.total()).isZero();
    }
}
