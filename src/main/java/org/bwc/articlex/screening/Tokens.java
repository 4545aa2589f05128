package org.bwc.articlex.screening;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A description split into words, once, for every matcher. List terms go through the same code, so
 * whatever folding is applied here (case, plurals, British/American spelling) is applied to both sides
 * and cannot create a mismatch.
 *
 * <p>Words are maximal letter runs or digit runs: "BSL-3", "BSL3" and "BSL 3" all give {@code BSL 3};
 * "O157:H7" gives {@code O 157 H 7}. {@code raw} keeps the case for abbreviation matching; {@code words}
 * are the folded content words (stop words dropped) and {@code pos} maps each back to its raw index.
 */
final class Tokens {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "and", "or", "for", "to", "with", "by", "from", "in", "on", "at");

    /** Spelling variants that the generic folds below do not cover. */
    private static final Map<String, String> SPELLINGS = Map.of(
            "drier", "dryer",
            "fermentor", "fermenter",
            "crossflow", "cross flow",
            "tangentialflow", "tangential flow");

    final String[] raw;
    final String[] words;
    final int[] pos;
    /** {@code breakBefore[i]}: a clause mark ({@code , ; : ( ) [ ]}) separates word i from word i-1. */
    final boolean[] breakBefore;

    private Tokens(String[] raw, String[] words, int[] pos, boolean[] breakBefore) {
        this.raw = raw;
        this.words = words;
        this.pos = pos;
        this.breakBefore = breakBefore;
    }

    static Tokens of(String text) {
        int n = text == null ? 0 : text.length();
        // one pass over the characters: raw words and whether a clause mark precedes each
        String[] raw = new String[Math.max(4, n / 3)];
        boolean[] rawBreak = new boolean[raw.length];
        int count = 0;
        int start = -1;
        int type = 0; // 0 none, 1 letters, 2 digits
        boolean pendingBreak = false;
        StringBuilder apostrophes = null; // only for words like "Aujeszky's"
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            int t = Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
            if ((c == '\'' || c == '\u2019') && type == 1 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                if (apostrophes == null) {
                    apostrophes = new StringBuilder();
                }
                apostrophes.append(text, start, i);
                start = i + 1; // "Aujeszky's" -> "Aujeszkys"
                continue;
            }
            if (t != type && start >= 0) {
                String word = text.substring(start, i);
                if (apostrophes != null && apostrophes.length() > 0) {
                    word = apostrophes.append(word).toString();
                    apostrophes.setLength(0);
                }
                if (count == raw.length) {
                    raw = java.util.Arrays.copyOf(raw, count * 2);
                    rawBreak = java.util.Arrays.copyOf(rawBreak, count * 2);
                }
                rawBreak[count] = pendingBreak;
                raw[count++] = word;
                pendingBreak = false;
                start = -1;
            }
            if (t != 0 && start < 0) {
                start = i;
            } else if (t == 0 && ",;:()[]".indexOf(c) >= 0) {
                pendingBreak = true;
            }
            type = t;
        }
        raw = java.util.Arrays.copyOf(raw, count);

        String[] words = new String[count + 1]; // +1: one spelling may split into two words
        int[] pos = new int[count + 1];
        boolean[] breaks = new boolean[count + 1];
        int w = 0;
        pendingBreak = false;
        for (int i = 0; i < count; i++) {
            pendingBreak |= rawBreak[i];
            String lower = raw[i].toLowerCase(Locale.ROOT);
            // capital "A" may be a value ("type A"); the article is dropped
            if (STOP_WORDS.contains(lower) && !raw[i].equals("A")) {
                continue;
            }
            String folded = fold(lower);
            int space = folded.indexOf(' '); // "crossflow" -> "cross flow"
            if (space > 0 && w + 2 > words.length) {
                words = java.util.Arrays.copyOf(words, words.length + 4);
                pos = java.util.Arrays.copyOf(pos, pos.length + 4);
                breaks = java.util.Arrays.copyOf(breaks, breaks.length + 4);
            }
            breaks[w] = pendingBreak;
            pendingBreak = false;
            if (space > 0) {
                pos[w] = i;
                words[w++] = folded.substring(0, space);
                folded = folded.substring(space + 1);
            }
            pos[w] = i;
            words[w++] = folded;
        }
        return new Tokens(raw, java.util.Arrays.copyOf(words, w), java.util.Arrays.copyOf(pos, w),
                java.util.Arrays.copyOf(breaks, w));
    }

    /** The raw words from {@code start} (inclusive) to {@code end} (exclusive), for messages. */
    String span(int start, int end) {
        return end - start == 1 ? raw[start] : String.join(" ", java.util.Arrays.asList(raw).subList(start, end));
    }

    /** Content words of a list term, for building the indexes. */
    static String[] wordsOf(String term) {
        return of(term).words;
    }

    static String fold(String w) {
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        String s = w;
        // plurals: "toxins" -> "toxin", "viruses" -> "virus"; keep Latin -us/-is and -ss
        if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.endsWith("uses") ? s.substring(0, s.length() - 2) : s.substring(0, s.length() - 1);
        }
        String mapped = SPELLINGS.get(s);
        if (mapped != null) {
            return mapped;
        }
        // British -> American spelling: haemorrhagic, tularaemia, diarrhoea
        if (s.indexOf("ae") >= 0) {
            s = s.replace("ae", "e");
        }
        if (s.indexOf("oe") >= 0) {
            s = s.replace("oe", "e");
        }
        if (s.length() >= 6) {
            s = replaceSuffix(s, "isation", "ization");
            s = replaceSuffix(s, "iser", "izer");
            s = replaceSuffix(s, "ised", "ized");
            s = replaceSuffix(s, "ising", "izing");
            s = replaceSuffix(s, "ise", "ize");
        }
        // litre, fibre, centre -> liter, fiber, center
        if (s.length() >= 4 && s.endsWith("re") && !isVowel(s.charAt(s.length() - 3))) {
            s = s.substring(0, s.length() - 2) + "er";
        }
        return s;
    }

    private static String replaceSuffix(String s, String from, String to) {
        return s.endsWith(from) ? s.substring(0, s.length() - from.length()) + to : s;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
