package org.bwc.articlex.screening;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capacities stated in a free-text description, converted to each {@link Dimension}'s canonical unit.
 * Numbers are read with the thousands separators and decimal marks of English, French and Spanish
 * ("1 000 L", "1.000 L", "1,000 L", "1'000 L", "1,5 m³"); units as symbols or words in those languages
 * ("ℓ", "dm³", "litros", "litres par heure", "kg/24 h", "kg par jour", "metros cuadrados", US and imperial
 * gallons); the number before the unit or, in a labelled field, after it ("Volume (L): 50").
 *
 * <p>Each dimension keeps its smallest and largest stated value: a lower bound ("≥ 20 L") is tested
 * with the largest, an upper bound ("< 1000 kg") with the smallest, so a range or several figures
 * cannot slip past either end of a band. A volume stated as the <em>working</em> volume is not the
 * total internal volume the list controls; it is kept apart as a lower bound of it.
 */
final class Measurements {

    /** Thousands groups (space, apostrophe, dot or comma) and an optional decimal part, or a plain number. */
    private static final String NUMBER =
            "(\\d{1,3}(?:[ '\u2019.,]\\d{3})+(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?)";

    private static final String LITRE = "(?:l|\u2113|lts?|ltrs?|lit(?:re|er|ro)s?|dm3|dm\\^3)";
    private static final String MILLILITRE = "(?:ml|millilit(?:re|er)s?|mililit(?:ro|re)s?|cm3|cc)";
    private static final String MICROLITRE = "(?:[\u00b5\u03bc]l|ul|microlit(?:re|er|ro)s?)";
    private static final String HECTOLITRE = "(?:hl|hectolit(?:re|er|ro)s?)";
    private static final String CUBIC_METRE =
            "(?:m3|m\\^3|cubic\\s+met(?:re|er)s?|metros?\\s+c[u\u00fa]bicos?|m[e\u00e8]tres?\\s+cubes?)";
    private static final String GALLON =
            "(?:(?:imp(?:erial)?\\.?|uk|us)\\s*gal(?:lon)?s?|gal(?:lon)?s?(?:\\s*\\((?:us|uk|imp(?:erial)?)\\))?)";
    private static final String PER = "\\s*(?:/|per|por|par|pro|an|a)\\s*";
    private static final String HOUR = "(?:h|hr|hrs|hour|hours|heures?|horas?)";
    private static final String MINUTE = "(?:min|mins|minutes?|minutos?)";
    private static final String DAY = "(?:24\\s*" + HOUR + "|day|d|d[i\u00ed]a|jour|journ[e\u00e9]e)";
    private static final String ICE = "(?:(?:of|de)\\s+)?(?:ice|hielo|glace)?\\s*"
            + "(?:(?:condenser\\s+)?capacity\\s+|capacit[e\u00e9]\\s+|capacidad\\s+)?";

    /** Ordered so that rates are tried before the bare volume or mass they start with. */
    private static final String UNIT = "("
            + "kg\\s*" + ICE + "(?:" + PER + DAY + "|\\s+(?:per|por|par|en|in|every|each|cada)\\s+" + DAY + ")"
            + "|" + CUBIC_METRE + PER + HOUR
            + "|" + MILLILITRE + PER + MINUTE
            + "|(?:" + LITRE + "|" + GALLON + ")" + PER + HOUR + "|(?:" + LITRE + ")\\s*[.\u00b7\u22c5*]?\\s*h\\s*-\\s*1|lph|gph"
            + "|(?:" + LITRE + "|" + GALLON + ")" + PER + MINUTE + "|lpm|gpm"
            + "|cm2|cm\\^2|square\\s+centimet(?:re|er)s?|cent[i\u00ed]metros?\\s+cuadrados?"
            + "|ft2|ft\\^2|sq\\.?\\s*ft|square\\s+f(?:ee|oo)t"
            + "|m2|m\\^2|sq\\.?\\s*m|square\\s+met(?:re|er)s?|metros?\\s+cuadrados?|m[e\u00e8]tres?\\s+carr[e\u00e9]s?"
            + "|" + CUBIC_METRE
            + "|" + MILLILITRE
            + "|" + MICROLITRE
            + "|" + HECTOLITRE
            + "|" + GALLON
            + "|" + LITRE
            + "|[\u00b5\u03bcu]m|microns?|micr[o\u00f3]met(?:re|er|ro)s?|micras?"
            + ")(?![\\p{L}\\p{N}])";

    /** Tried with lookingAt() only where a number starts, not at every character. */
    private static final Pattern QUANTITY = Pattern.compile(
            NUMBER + "(?:\\s*(?:-|\u2013|to|a|\u00e0|hasta)\\s*" + NUMBER + ")?\\s*-?\\s*"
                    + UNIT, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A labelled field, the unit before the number: "Volume (L): 50", "litres: 1 000". */
    private static final Pattern UNIT_FIRST = Pattern.compile(
            "(?:\\(\\s*" + UNIT + "\\s*\\)|(?<![\\p{L}\\p{N}])" + UNIT + "\\s*:)\\s*:?\\s*" + NUMBER
                    + "(?![\\p{N}])(?!\\s*[\\p{L}\u00b5\u03bc\u2113])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "BSL-3", "BL4", "P3", "containment level 3", "biosafety level 4", "NSB3", "NBS-3". */
    private static final Pattern CONTAINMENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?i:a?bsl|bl|nsb|nbs)\\s*-?\\s*|[PL]-?)([1-4])(?!\\p{N})"
                    + "|(?i:(?:bio)?safety|containment|bioseguridad|biosecurite|biosécurité|contenci[oó]n|confinement)"
                    + "\\s+(?i:level|nivel|niveau)?\\s*-?\\s*([1-4])(?!\\p{N})"
                    + "|(?i:nivel\\s+de\\s+bioseguridad|niveau\\s+de\\s+(?:bios[ée]curit[ée]|confinement))\\s*-?\\s*([1-4])"
                    + "(?!\\p{N})");

    /** "4 parameters", "3 or more process parameters", "4 paramètres". */
    private static final Pattern PARAMETERS = Pattern.compile(
            "(?<!\\p{N})(\\d+)\\s*(?:or\\s+more\\s+)?(?:(?:process|fermentation|control)\\s+)*"
                    + "(?:parameters?|param[eè]tres?|par[aá]metros?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that make a volume the working volume, not the total internal volume. */
    private static final Pattern WORKING = Pattern.compile(
            "working|work\\b|operating|\\bfill|[uú]til|de\\s+trabajo|utile|de\\s+travail|nominal\\s+culture",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TOTAL = Pattern.compile(
            "total|gross|vessel\\s+volume|internal|interne|interno|bruto|brut",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern UNIT_NOISE = Pattern.compile("[\\s.^]");
    private static final Pattern PER_HOUR = Pattern.compile(".*(/|per|por|par|pro|an|a)(h|hr|hrs|hours?|heures?|horas?)");
    private static final Pattern PER_MINUTE = Pattern.compile(".*(/|per|por|par|pro|an|a)(min|mins|minutes?|minutos?)");

    private final Map<Dimension, BigDecimal> max;
    private final Map<Dimension, BigDecimal> min;

    private Measurements(Map<Dimension, BigDecimal> max, Map<Dimension, BigDecimal> min) {
        this.max = max;
        this.min = min;
    }

    /** The largest value stated for the dimension. */
    Optional<BigDecimal> get(Dimension d) {
        return Optional.ofNullable(max.get(d));
    }

    /** The smallest value stated for the dimension. */
    Optional<BigDecimal> min(Dimension d) {
        return Optional.ofNullable(min.get(d));
    }

    static Measurements of(String original) {
        Map<Dimension, BigDecimal> max = new EnumMap<>(Dimension.class);
        Map<Dimension, BigDecimal> min = new EnumMap<>(Dimension.class);
        if (original == null || original.isEmpty()) {
            return new Measurements(max, min);
        }
        String text = Tokens.normalise(original);
        if (!hasDigit(text)) {
            return new Measurements(max, min); // every capacity, level and count has a digit
        }
        Matcher m = QUANTITY.matcher(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean numberStarts = Character.isDigit(c) && (i == 0 || !startsInside(text.charAt(i - 1)));
            if (numberStarts && m.region(i, text.length()).lookingAt()) {
                BigDecimal a = parseNumber(m.group(1));
                BigDecimal b = m.group(2) == null ? a : parseNumber(m.group(2));
                boolean working = isWorking(text, m.start(), m.end());
                put(max, min, m.group(3), a.min(b), a.max(b), working);
                i = m.end();
            } else {
                i++;
            }
        }
        Matcher f = UNIT_FIRST.matcher(text);
        while ((text.indexOf(':') >= 0 || text.indexOf('(') >= 0) && f.find()) {
            String unit = f.group(1) != null ? f.group(1) : f.group(2);
            BigDecimal v = parseNumber(f.group(3));
            put(max, min, unit, v, v, isWorking(text, f.start(), f.end()));
        }
        Matcher c = CONTAINMENT.matcher(text);
        while (c.find()) {
            String level = c.group(1) != null ? c.group(1) : c.group(2) != null ? c.group(2) : c.group(3);
            BigDecimal v = new BigDecimal(level);
            max.merge(Dimension.CONTAINMENT_LEVEL, v, BigDecimal::max);
            min.merge(Dimension.CONTAINMENT_LEVEL, v, BigDecimal::min);
        }
        Matcher p = PARAMETERS.matcher(text);
        while (p.find()) {
            BigDecimal v = new BigDecimal(p.group(1));
            max.merge(Dimension.PARAMETER_COUNT, v, BigDecimal::max);
            min.merge(Dimension.PARAMETER_COUNT, v, BigDecimal::min);
        }
        return new Measurements(max, min);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A number does not start inside a word or right after a separator of another number. */
    private static boolean startsInside(char previous) {
        return Character.isLetterOrDigit(previous) || previous == '.' || previous == ',';
    }

    /** The clause around a quantity says "working volume" (and not "total"). */
    private static boolean isWorking(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 40 && ",;(".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < 25 && ",;)".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String clause = text.substring(from, start) + " " + text.substring(end, to);
        return WORKING.matcher(clause).find() && !TOTAL.matcher(clause).find();
    }

    private static void put(Map<Dimension, BigDecimal> max, Map<Dimension, BigDecimal> min, String unit,
                            BigDecimal low, BigDecimal high, boolean working) {
        Unit u = unit(unit);
        Dimension d = u.dimension == Dimension.VOLUME_L && working ? Dimension.WORKING_VOLUME_L : u.dimension;
        max.merge(d, high.multiply(u.factor), BigDecimal::max);
        min.merge(d, low.multiply(u.factor), BigDecimal::min);
    }

    private record Unit(Dimension dimension, BigDecimal factor) {
        static Unit of(Dimension d, String factor) {
            return new Unit(d, new BigDecimal(factor));
        }
    }

    /** The dimension and the factor to its canonical unit of a matched unit text. */
    static Unit unit(String matched) {
        String u = UNIT_NOISE.matcher(matched.toLowerCase(Locale.ROOT)).replaceAll("");
        boolean perHour = PER_HOUR.matcher(u).matches() || u.endsWith("h-1") || u.equals("lph") || u.equals("gph");
        boolean perMinute = PER_MINUTE.matcher(u).matches() || u.equals("lpm") || u.equals("gpm");
        boolean gallon = u.contains("gal") || u.equals("gph") || u.equals("gpm");
        String gallonLitres = u.contains("imp") || u.contains("uk") ? "4.54609" : "3.785411784";
        if (u.startsWith("kg")) {
            return Unit.of(Dimension.ICE_KG_PER_24H, "1");
        }
        if (perHour || perMinute) {
            String perUnit;
            if (u.startsWith("m3") || u.startsWith("cubic") || u.startsWith("metro") || u.startsWith("metre")
                    || u.startsWith("mètre")) {
                perUnit = "1000";
            } else if (u.startsWith("ml") || u.startsWith("milli") || u.startsWith("mili") || u.startsWith("cm3")
                    || u.startsWith("cc")) {
                perUnit = "0.001";
            } else if (gallon) {
                perUnit = gallonLitres;
            } else {
                perUnit = "1";
            }
            BigDecimal factor = new BigDecimal(perUnit).multiply(perMinute ? new BigDecimal(60) : BigDecimal.ONE);
            return new Unit(Dimension.FLOW_L_PER_H, factor);
        }
        if (u.startsWith("cm2") || u.startsWith("squarecent") || u.startsWith("centimetro") || u.startsWith("centímetro")) {
            return Unit.of(Dimension.AREA_M2, "0.0001");
        }
        if (u.equals("ft2") || u.equals("ft^2") || u.startsWith("sqft") || u.startsWith("squaref")) {
            return Unit.of(Dimension.AREA_M2, "0.09290304");
        }
        if (u.equals("m2") || u.startsWith("sqm") || u.startsWith("squaremet") || u.contains("cuadrado")
                || u.contains("carr")) {
            return Unit.of(Dimension.AREA_M2, "1");
        }
        if (u.equals("m3") || u.startsWith("cubic") || u.contains("cubico") || u.contains("cúbico") || u.contains("cube")) {
            return Unit.of(Dimension.VOLUME_L, "1000");
        }
        if (u.equals("ml") || u.startsWith("millilit") || u.startsWith("mililit") || u.equals("cm3") || u.equals("cc")) {
            return Unit.of(Dimension.VOLUME_L, "0.001");
        }
        if (u.equals("µl") || u.equals("μl") || u.equals("ul") || u.startsWith("microlit")) {
            return Unit.of(Dimension.VOLUME_L, "0.000001");
        }
        if (u.equals("hl") || u.startsWith("hectolit")) {
            return Unit.of(Dimension.VOLUME_L, "100");
        }
        if (gallon) {
            return Unit.of(Dimension.VOLUME_L, gallonLitres);
        }
        if (u.equals("µm") || u.equals("μm") || u.equals("um") || u.startsWith("micr")) {
            return Unit.of(Dimension.DROPLET_UM, "1");
        }
        return Unit.of(Dimension.VOLUME_L, "1");
    }

    /**
     * Spaces and apostrophes always group thousands. Of dots and commas, with both the last is the
     * decimal mark; one kind repeated groups thousands; a single one followed by exactly three digits
     * groups thousands ("1.000 L", "1,000 L") unless the integer part is 0; otherwise it is the decimal
     * mark ("1,5", "0.99").
     */
    static BigDecimal parseNumber(String raw) {
        String s = raw.replaceAll("[ '\u2019]", "");
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        int decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = Math.max(lastDot, lastComma);
        } else if (lastDot < 0 && lastComma < 0) {
            return new BigDecimal(s);
        } else {
            char sep = lastDot >= 0 ? '.' : ',';
            int last = Math.max(lastDot, lastComma);
            boolean repeated = s.indexOf(sep) != last;
            boolean threeAfter = s.length() - last - 1 == 3;
            boolean zeroInteger = s.substring(0, s.indexOf(sep)).equals("0");
            decimal = repeated || (threeAfter && !zeroInteger) ? -1 : last;
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
}
