package org.bwc.articlex.metrics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Money per currency and {@link FundingStage}: number of requests, requested, pledged and gap (the part of each
 * request's estimate not covered by its pledges), all in cents. Currencies are never added together.
 */
final class MoneyTotals {

    static final int REQUESTS = 0;
    static final int REQUESTED = 1;
    static final int PLEDGED = 2;
    static final int GAP = 3;
    private static final int FIGURES = 4;
    private static final FundingStage[] STAGES = FundingStage.values();

    private final Map<String, long[][]> byCurrency = new TreeMap<>();

    void add(String currency, FundingStage stage, long requestedCents, long pledgedCents, int sign) {
        long[] figures = figures(currency, stage);
        figures[REQUESTS] += sign;
        figures[REQUESTED] += sign * requestedCents;
        figures[PLEDGED] += sign * pledgedCents;
        figures[GAP] += sign * Math.max(0, requestedCents - pledgedCents);
    }

    void add(MoneyTotals other, int sign) {
        other.byCurrency.forEach((currency, stages) -> {
            for (int s = 0; s < STAGES.length; s++) {
                long[] mine = figures(currency, STAGES[s]);
                for (int f = 0; f < FIGURES; f++) {
                    mine[f] += sign * stages[s][f];
                }
            }
        });
    }

    private long[] figures(String currency, FundingStage stage) {
        return byCurrency.computeIfAbsent(currency, c -> new long[STAGES.length][FIGURES])[stage.ordinal()];
    }

    /** @return requests, requested, pledged, gap (cents) */
    long[] get(String currency, FundingStage stage) {
        long[][] stages = byCurrency.get(currency);
        return stages == null ? new long[FIGURES] : stages[stage.ordinal()].clone();
    }

    Iterable<String> currencies() {
        return byCurrency.keySet();
    }

    boolean isEmpty() {
        for (long[][] stages : byCurrency.values()) {
            for (long[] figures : stages) {
                for (long value : figures) {
                    if (value != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    void writeTo(BinaryCodec.Writer out) {
        int nonEmpty = 0;
        for (long[][] stages : byCurrency.values()) {
            nonEmpty += empty(stages) ? 0 : 1;
        }
        out.writeVarLong(nonEmpty);
        byCurrency.forEach((currency, stages) -> {
            if (!empty(stages)) {
                out.writeString(currency);
                for (long[] figures : stages) {
                    for (long value : figures) {
                        out.writeSignedVarLong(value);
                    }
                }
            }
        });
    }

    void addFrom(BinaryCodec.Reader in) {
        long currencies = in.readVarLong();
        for (long c = 0; c < currencies; c++) {
            String currency = in.readString();
            for (FundingStage stage : STAGES) {
                long[] figures = figures(currency, stage);
                for (int f = 0; f < FIGURES; f++) {
                    figures[f] += in.readSignedVarLong();
                }
            }
        }
    }

    private static boolean empty(long[][] stages) {
        for (long[] figures : stages) {
            for (long value : figures) {
                if (value != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
