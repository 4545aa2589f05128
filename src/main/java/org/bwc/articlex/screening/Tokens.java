package org.bwc.articlex.screening;

import java.util.ArrayList;
import java.util.List;
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
        List<String> raw = new ArrayList<>();
        List<Boolean> rawBreak = new ArrayList<>();
        if (text != null) {
            StringBuilder cur = new StringBuilder();
            int curType = 0; // 0 none, 1 letters, 2 digits
            boolean pendingBreak = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int type = Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
                if ((c == '\'' || c == '\u2019') && curType == 1) {
                    continue; // "Aujeszky's" -> "Aujeszkys"
                }
                if (type != curType && cur.length() > 0) {
                    raw.add(cur.toString());
                    cur.setLength(0);
                }
                if (type != 0) {
                    if (cur.length() == 0) {
                        rawBreak.add(pendingBreak);
                        pendingBreak = false;
                    }
                    cur.append(c);
                } else if (",;:()[]".indexOf(c) >= 0) {
                    pendingBreak = true;
                }
                curType = type;
            }
            if (cur.length() > 0) {
                raw.add(cur.toString());
            }
        }
        List<String> words = new ArrayList<>(raw.size());
        List<Integer> pos = new ArrayList<>(raw.size());
        List<Boolean> breaks = new ArrayList<>(raw.size());
        boolean pendingBreak = false;
        for (int i = 0; i < raw.size(); i++) {
            String lower = raw.get(i).toLowerCase(Locale.ROOT);
            pendingBreak |= rawBreak.get(i);
            // capital "A" may be a value ("type A"); the article is dropped
            if (STOP_WORDS.contains(lower) && !raw.get(i).equals("A")) {
                continue;
            }
            breaks.add(pendingBreak);
            pendingBreak = false;
            String folded = fold(lower);
            // a few spellings fold into two words ("crossflow" -> "cross flow")
            int space = folded.indexOf(' ');
            if (space > 0) {
                words.add(folded.substring(0, space));
                pos.add(i);
                words.add(folded.substring(space + 1));
                breaks.add(false);
            } else {
                words.add(folded);
            }
            pos.add(i);
        }
        int[] p = new int[pos.size()];
        boolean[] b = new boolean[pos.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = pos.get(i);
            b[i] = breaks.get(i);
        }
        return new Tokens(raw.toArray(String[]::new), words.toArray(String[]::new), p, b);
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
