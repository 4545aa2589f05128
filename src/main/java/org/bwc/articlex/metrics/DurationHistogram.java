package org.bwc.articlex.metrics;

import java.util.Arrays;

/**
 * A mergeable histogram of durations in seconds, so that medians and 90th percentiles of millions of cases come from
 * a few hundred pre-summed cells instead of the cases themselves. Log-linear buckets: exact below 64 s, then 32
 * buckets per doubling, so a bucket is at most 1/32 (3.1 %) of its value wide and a percentile read from it is within
 * 1.6 % of the exact nearest-rank percentile. Counts may go negative only in a delta that is being applied.
 */
final class DurationHistogram {

    static final int SUB_BITS = 5;
    static final int SUB_BUCKETS = 1 << SUB_BITS;
    static final int EXACT = 2 * SUB_BUCKETS;
    /** The largest relative error of a percentile (half the widest relative bucket width). */
    static final double RELATIVE_ERROR = 1.0 / (2 * SUB_BUCKETS);

    private static final long[] NONE = new long[0];

    private long[] counts = NONE;
    private long total;

    static int bucket(long seconds) {
        long value = Math.max(0, seconds);
        if (value < EXACT) {
            return (int) value;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int mantissa = (int) ((value >>> (exponent - SUB_BITS)) & (SUB_BUCKETS - 1));
        return EXACT + (exponent - SUB_BITS - 1) * SUB_BUCKETS + mantissa;
    }

    static long lowerBound(int bucket) {
        if (bucket < EXACT) {
            return bucket;
        }
        int exponent = (bucket - EXACT) / SUB_BUCKETS + SUB_BITS + 1;
        int mantissa = (bucket - EXACT) % SUB_BUCKETS;
        return ((long) (SUB_BUCKETS + mantissa)) << (exponent - SUB_BITS);
    }

    static long width(int bucket) {
        return bucket < EXACT ? 1 : 1L << ((bucket - EXACT) / SUB_BUCKETS + 1);
    }

    /** The value a bucket stands for: itself below 64 s, else the middle of the bucket. */
    static double representative(int bucket) {
        return bucket < EXACT ? bucket : lowerBound(bucket) + (width(bucket) - 1) / 2.0;
    }

    void add(long seconds) {
        add(bucket(seconds), 1);
    }

    void add(int bucket, long count) {
        if (count == 0) {
            return;
        }
        if (bucket >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(bucket + 1, counts.length + counts.length / 2));
        }
        counts[bucket] += count;
        total += count;
    }

    void add(DurationHistogram other, int sign) {
        if (other == null) {
            return;
        }
        for (int b = 0; b < other.counts.length; b++) {
            if (other.counts[b] != 0) {
                add(b, sign * other.counts[b]);
            }
        }
    }

    long total() {
        return total;
    }

    boolean isEmpty() {
        for (long count : counts) {
            if (count != 0) {
                return false;
            }
        }
        return true;
    }

    long count(int bucket) {
        return bucket < counts.length ? counts[bucket] : 0;
    }

    /**
     * The nearest-rank percentile (the smallest value with at least {@code p} of the values at or below it), read
     * from the buckets; null when there are no values.
     */
    Double percentile(double p) {
        if (total <= 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total - 1e-9));
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return representative(b);
            }
        }
        return representative(counts.length - 1);
    }

    void writeTo(BinaryCodec.Writer out) {
        int buckets = 0;
        for (long count : counts) {
            if (count != 0) {
                buckets++;
            }
        }
        out.writeVarLong(buckets);
        int previous = 0;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] != 0) {
                out.writeVarLong(b - previous);
                out.writeSignedVarLong(counts[b]);
                previous = b;
            }
        }
    }

    /** Adds what {@link #writeTo} wrote (decoding and merging in one pass). */
    void addFrom(BinaryCodec.Reader in) {
        long buckets = in.readVarLong();
        int bucket = 0;
        for (long i = 0; i < buckets; i++) {
            bucket += (int) in.readVarLong();
            add(bucket, in.readSignedVarLong());
        }
    }
}
