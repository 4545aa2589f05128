package org.bwc.articlex.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed control threshold, {@code quantity op value} (SOURCES.md: conditions joined by {@code ;}
 * must all hold). {@code canonicalValue} is {@code value} in the {@link Dimension}'s canonical unit.
 */
public record Threshold(String quantity, Operator operator, BigDecimal value, Dimension dimension,
                        BigDecimal canonicalValue) {

    public enum Operator {
        GE(">="), GT(">"), LE("<="), LT("<"), EQ("=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean test(int comparison) {
            return switch (this) {
                case GE -> comparison >= 0;
                case GT -> comparison > 0;
                case LE -> comparison <= 0;
                case LT -> comparison < 0;
                case EQ -> comparison == 0;
            };
        }
    }

    public Threshold {
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(operator);
        Objects.requireNonNull(value);
        Objects.requireNonNull(dimension);
        Objects.requireNonNull(canonicalValue);
    }

    /** Whether a measurement, already in the canonical unit, meets this threshold. */
    public boolean test(BigDecimal canonicalMeasurement) {
        return operator.test(canonicalMeasurement.compareTo(canonicalValue));
    }

    /**
     * Parses a threshold cell. Empty when the cell is blank or any condition cannot be read (unknown
     * operator, number or unit): the caller then controls the named item without a threshold, which is
     * the safe reading of "no verified value" (SOURCES.md).
     */
    public static Optional<List<Threshold>> parseAll(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        List<Threshold> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            Optional<Threshold> t = parse(part.trim());
            if (t.isEmpty()) {
                return Optional.empty();
            }
            out.add(t.get());
        }
        return Optional.of(List.copyOf(out));
    }

    static Optional<Threshold> parse(String condition) {
        int i = 0;
        while (i < condition.length() && "<>=".indexOf(condition.charAt(i)) < 0) {
            i++;
        }
        int j = i;
        while (j < condition.length() && "<>=".indexOf(condition.charAt(j)) >= 0) {
            j++;
        }
        if (i == 0 || j == i || j == condition.length()) {
            return Optional.empty();
        }
        String quantity = condition.substring(0, i).trim();
        Operator op = switch (condition.substring(i, j)) {
            case ">=" -> Operator.GE;
            case ">" -> Operator.GT;
            case "<=" -> Operator.LE;
            case "<" -> Operator.LT;
            case "=", "==" -> Operator.EQ;
            default -> null;
        };
        if (op == null || !quantity.matches("[A-Za-z0-9_]+")) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(condition.substring(j).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Dimension.ofQuantity(quantity)
                .map(s -> new Threshold(quantity, op, value, s.dimension(), value.multiply(s.factor())));
    }

    @Override
    public String toString() {
        return quantity + operator.symbol() + value.toPlainString();
    }
}
