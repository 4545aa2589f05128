package org.bwc.articlex.screening;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capacities stated in a free-text description ("50-litre bioreactor", "200 L/h", "1,2 m²",
 * "15 kg ice/24 h"), converted to each {@link Dimension}'s canonical unit. Where a description gives
 * several values of one dimension (a range, working and total volume) the largest is kept: a
 * threshold must not be escaped by quoting the smaller figure.
 */
final class Measurements {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)*)";
    private static final String LITRE = "(?:l|lit(?:re|er)s?|ltrs?)";
    private static final String HOUR = "h(?:r|rs|our|ours)?";
    private static final String MINUTE = "min(?:ute|utes)?";

    /** Ordered so that rates are tried before the bare volume or mass they start with. */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])" + NUMBER + "(?:\\s*(?:-|–|to)\\s*" + NUMBER + ")?\\s*-?\\s*("
                    + "kg\\s*(?:of\\s*)?(?:ice\\s*)?(?:/|per)\\s*(?:24\\s*" + HOUR + "|day|d)"
                    + "|m(?:3|³|\\^3)\\s*(?:/|per)\\s*" + HOUR
                    + "|ml\\s*(?:/|per)\\s*" + MINUTE
                    + "|" + LITRE + "\\s*(?:/|per)\\s*" + HOUR + "|lph"
                    + "|" + LITRE + "\\s*(?:/|per)\\s*" + MINUTE + "|lpm"
                    + "|cm(?:2|²|\\^2)"
                    + "|m(?:2|²|\\^2)|sq\\.?\\s*m|square\\s*met(?:re|er)s?"
                    + "|m(?:3|³|\\^3)|cubic\\s*met(?:re|er)s?"
                    + "|ml|millilit(?:re|er)s?"
                    + "|gal(?:lon)?s?"
                    + "|" + LITRE
                    + "|[µμu]m|microns?|micromet(?:re|er)s?"
                    + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "BSL-3", "BL4", "P3", "containment level 3", "biosafety level 4". */
    private static final Pattern CONTAINMENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?i:a?bsl|bl)\\s*-?\\s*|[PL]-?)([1-4])(?!\\p{N})"
                    + "|(?i:(?:bio)?safety|containment)\\s+(?i:level)\\s*-?\\s*([1-4])(?!\\p{N})");

    /** "4 parameters", "3 or more process parameters". */
    private static final Pattern PARAMETERS = Pattern.compile(
            "(?<!\\p{N})(\\d+)\\s*(?:or\\s+more\\s+)?(?:(?:process|fermentation|control)\\s+)*parameters?",
            Pattern.CASE_INSENSITIVE);

    private final Map<Dimension, BigDecimal> values;

    private Measurements(Map<Dimension, BigDecimal> values) {
        this.values = values;
    }

    Optional<BigDecimal> get(Dimension d) {
        return Optional.ofNullable(values.get(d));
    }

    static Measurements of(String text) {
        Map<Dimension, BigDecimal> values = new EnumMap<>(Dimension.class);
        if (text == null || text.isEmpty()) {
            return new Measurements(values);
        }
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            BigDecimal v = parseNumber(m.group(1));
            if (m.group(2) != null) {
                v = v.max(parseNumber(m.group(2)));
            }
            putUnit(values, unitKey(m.group(3)), v);
        }
        Matcher c = CONTAINMENT.matcher(text);
        while (c.find()) {
            String level = c.group(1) != null ? c.group(1) : c.group(2);
            values.merge(Dimension.CONTAINMENT_LEVEL, new BigDecimal(level), BigDecimal::max);
        }
        Matcher p = PARAMETERS.matcher(text);
        while (p.find()) {
            values.merge(Dimension.PARAMETER_COUNT, new BigDecimal(p.group(1)), BigDecimal::max);
        }
        return new Measurements(values);
    }

    /** "L / h" -> "l/h", "m²" -> "m2", "µm" -> "um": one spelling per unit for {@link #putUnit}. */
    private static String unitKey(String unit) {
        StringBuilder b = new StringBuilder(unit.length());
        for (int i = 0; i < unit.length(); i++) {
            char c = Character.toLowerCase(unit.charAt(i));
            switch (c) {
                case ' ', '\t', '.', '^' -> { }
                case '²' -> b.append('2');
                case '³' -> b.append('3');
                case 'μ', 'µ' -> b.append('u');
                default -> {
                    if (!Character.isWhitespace(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static void putUnit(Map<Dimension, BigDecimal> values, String unit, BigDecimal v) {
        Dimension d;
        String factor = "1";
        if (unit.startsWith("kg")) {
            d = Dimension.ICE_KG_PER_24H;
        } else if (unit.startsWith("m3") && (unit.contains("/") || unit.contains("per"))) {
            d = Dimension.FLOW_L_PER_H;
            factor = "1000";
        } else if (unit.startsWith("ml") && unit.contains("min")) {
            d = Dimension.FLOW_L_PER_H;
            factor = "0.06";
        } else if (unit.equals("lph") || (unit.contains("/h") || unit.contains("perh"))) {
            d = Dimension.FLOW_L_PER_H;
        } else if (unit.equals("lpm") || unit.contains("min")) {
            d = Dimension.FLOW_L_PER_H;
            factor = "60";
        } else if (unit.startsWith("cm")) {
            d = Dimension.AREA_M2;
            factor = "0.0001";
        } else if (unit.equals("m2") || unit.startsWith("sq") || unit.startsWith("square")) {
            d = Dimension.AREA_M2;
        } else if (unit.equals("m3") || unit.startsWith("cubic")) {
            d = Dimension.VOLUME_L;
            factor = "1000";
        } else if (unit.equals("ml") || unit.startsWith("millilit")) {
            d = Dimension.VOLUME_L;
            factor = "0.001";
        } else if (unit.startsWith("gal")) {
            d = Dimension.VOLUME_L;
            factor = "3.785411784"; // US gallon
        } else if (unit.equals("um") || unit.startsWith("micro")) {
            d = Dimension.DROPLET_UM;
        } else {
            d = Dimension.VOLUME_L;
        }
        values.merge(d, v.multiply(new BigDecimal(factor)), BigDecimal::max);
    }

    /**
     * "1,000" and "1.000.000" are thousands; "1,2" and "0.99" are decimals; with both separators the
     * last one is the decimal point.
     */
    static BigDecimal parseNumber(String s) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        int decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = Math.max(lastDot, lastComma);
        } else if (lastComma >= 0) {
            decimal = isThousands(s, ',') ? -1 : lastComma;
        } else if (lastDot >= 0) {
            decimal = s.indexOf('.') != lastDot ? -1 : lastDot;
        } else {
            return new BigDecimal(s);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == decimal) {
                b.append('.');
            } else if (c != '.' && c != ',') {
                b.append(c);
            }
        }
        return new BigDecimal(b.toString());
    }

    /** "1,000" or "1,000,000" (groups of three after the first separator), not "1,2" or "1,20". */
    private static boolean isThousands(String s, char sep) {
        int first = s.indexOf(sep);
        int groups = 0;
        for (int i = first; i >= 0; i = s.indexOf(sep, i + 1)) {
            int next = s.indexOf(sep, i + 1);
            int len = (next < 0 ? s.length() : next) - i - 1;
            if (len != 3) {
                return false;
            }
            groups++;
        }
        return groups > 0;
    }
}
