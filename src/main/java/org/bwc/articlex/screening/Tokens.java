package org.bwc.articlex.screening;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A description split into words, once, for every matcher. List terms go through the same code, so
 * whatever folding is applied here (compatibility forms, case, accents, plurals, spelling variants,
 * Russian and Arabic light stemming) is applied to both sides and cannot create a mismatch.
 *
 * <p>Words are maximal letter runs or digit runs: "BSL-3", "BSL3" and "BSL 3" all give {@code BSL 3};
 * "O157:H7" gives {@code O 157 H 7}. Chinese is written without spaces, so every Han character is a word
 * of its own (as Lucene's standard tokenizer does) and a Chinese name matches as a run of characters
 * anywhere in the text. French elisions ("l'Ebola", "d'ADN") are split off. {@code raw} keeps the case
 * for abbreviation matching; {@code words} are the folded content words (stop words of English, French
 * and Spanish dropped) and {@code pos} maps each back to its raw index.
 */
final class Tokens {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "and", "or", "for", "to", "with", "by", "from", "in", "on", "at",
            "de", "del", "la", "le", "les", "los", "las", "el", "du", "des", "d", "l", "y", "et", "en", "un", "une",
            "una", "pour", "para", "por", "avec", "con", "au", "aux", "sur", "al");

    /** How raw word i is joined to word i-1: by nothing ("NSP4"), by a hyphen or slash, or by anything else. */
    static final char GLUED = 'g';
    static final char HYPHEN = '-';
    static final char SPACE = ' ';

    /**
     * Spelling variants that the generic folds below do not cover. Roman numerals of a class, type or
     * level are its digits ("Class III", "clase 3").
     */
    private static final Map<String, String> SPELLINGS = Map.of(
            "ii", "2",
            "iii", "3",
            "iv", "4",
            "drier", "dryer",
            "fermentor", "fermenter",
            "crossflow", "cross flow",
            "tangentialflow", "tangential flow");

    /** Words whose final "e" tells them from another word ("suite" is not "suit"). */
    private static final Set<String> KEEP_FINAL_E = Set.of("suite");

    final String[] raw;
    final String[] words;
    final int[] pos;
    /** {@code breakBefore[i]}: a clause mark ({@code , ; : ( ) [ ]}) separates word i from word i-1. */
    final boolean[] breakBefore;
    /** {@code joint[i]}: {@link #GLUED}, {@link #HYPHEN} or {@link #SPACE} between raw word i-1 and raw word i. */
    final char[] joint;

    private Tokens(String[] raw, String[] words, int[] pos, boolean[] breakBefore, char[] joint) {
        this.raw = raw;
        this.words = words;
        this.pos = pos;
        this.breakBefore = breakBefore;
        this.joint = joint;
    }

    /** The same text with other folded words (near-misses read as the listed word). */
    Tokens withWords(String[] corrected) {
        return new Tokens(raw, corrected, pos, breakBefore, joint);
    }

    /** NFKC: "ℓ" is "l", "m³" is "m3", full-width digits and no-break spaces are ordinary ones. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    private static boolean isHan(char c) {
        return c >= 0x3400 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static Tokens of(String original) {
        String text = normalise(original);
        int n = text.length();
        // one pass over the characters: raw words and whether a clause mark precedes each
        String[] raw = new String[Math.max(4, n / 3)];
        boolean[] rawBreak = new boolean[raw.length];
        char[] rawJoint = new char[raw.length];
        int count = 0;
        int start = -1;
        int type = 0; // 0 none, 1 letters, 2 digits, 3 a Han character
        boolean pendingBreak = false;
        char pendingJoint = SPACE;
        StringBuilder apostrophes = null; // only for words like "Aujeszky's"
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            int t = Character.isLetter(c) ? (isHan(c) ? 3 : 1) : Character.isDigit(c) ? 2 : 0;
            if ((c == '\'' || c == '\u2019') && type == 1 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                if (i - start == 1 || (i - start == 2 && text.regionMatches(true, start, "qu", 0, 2))) {
                    start = -1; // French elision: "l'Ebola" is "Ebola"
                    type = 0;
                    pendingJoint = SPACE;
                    continue;
                }
                if (apostrophes == null) {
                    apostrophes = new StringBuilder();
                }
                apostrophes.append(text, start, i);
                start = i + 1; // "Aujeszky's" -> "Aujeszkys"
                continue;
            }
            if ((t != type || t == 3) && start >= 0) {
                String word = text.substring(start, i);
                if (apostrophes != null && apostrophes.length() > 0) {
                    word = apostrophes.append(word).toString();
                    apostrophes.setLength(0);
                }
                if (count == raw.length) {
                    raw = java.util.Arrays.copyOf(raw, count * 2);
                    rawBreak = java.util.Arrays.copyOf(rawBreak, count * 2);
                    rawJoint = java.util.Arrays.copyOf(rawJoint, count * 2);
                }
                rawBreak[count] = pendingBreak;
                rawJoint[count] = pendingJoint;
                raw[count++] = word;
                pendingBreak = false;
                pendingJoint = GLUED;
                start = -1;
            }
            if (t != 0 && start < 0) {
                start = i;
            } else if (t == 0) {
                if (",;:()[]".indexOf(c) >= 0) {
                    pendingBreak = true;
                }
                pendingJoint = (c == '-' || c == '/' || c == '\u2010' || c == '\u2011') && pendingJoint == GLUED
                        ? HYPHEN : SPACE;
            }
            type = t;
        }
        raw = java.util.Arrays.copyOf(raw, count);
        rawJoint = java.util.Arrays.copyOf(rawJoint, count);

        String[] words = new String[count + 1]; // +1: one spelling may split into two words
        int[] pos = new int[count + 1];
        boolean[] breaks = new boolean[count + 1];
        int w = 0;
        pendingBreak = false;
        for (int i = 0; i < count; i++) {
            pendingBreak |= rawBreak[i];
            String folded = fold(raw[i]);
            // a capital letter is a value or an initial ("type A", "Y. pestis"); the article or "y" is dropped
            if (STOP_WORDS.contains(folded) && !(raw[i].length() == 1 && Character.isUpperCase(raw[i].charAt(0)))) {
                continue;
            }
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
                java.util.Arrays.copyOf(breaks, w), rawJoint);
    }

    /** The raw words from {@code start} (inclusive) to {@code end} (exclusive), for messages. */
    String span(int start, int end) {
        return end - start == 1 ? raw[start] : String.join(" ", java.util.Arrays.asList(raw).subList(start, end));
    }

    /** Content words of a list term, for building the indexes. */
    static String[] wordsOf(String term) {
        return of(term).words;
    }

    /**
     * One word to its matching form: lower case, accents and ligatures folded (Lucene's ASCII folding),
     * Cyrillic through Lucene's Russian light stemmer, Arabic through its normaliser and light stemmer,
     * Latin words through {@link #foldLatin}.
     */
    static String fold(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        String w = word.toLowerCase(Locale.ROOT);
        char first = w.charAt(0);
        if (first >= '\u0400' && first <= '\u04FF') {
            char[] c = w.toCharArray();
            return new String(c, 0, new RussianLightStemmer().stem(c, c.length));
        }
        if (first >= '\u0600' && first <= '\u06FF') {
            char[] c = w.toCharArray();
            int len = new ArabicNormalizer().normalize(c, c.length);
            return new String(c, 0, new ArabicStemmer().stem(c, len));
        }
        if (first >= 0x3400) {
            return w;
        }
        return foldLatin(asciiFold(w));
    }

    static String asciiFold(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 0x7F) {
                char[] in = w.toCharArray();
                char[] out = new char[in.length * 4];
                int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
                return new String(out, 0, len);
            }
        }
        return w;
    }

    /**
     * English, French and Spanish plurals ("toxins", "toxines", "fermentadores"), British spellings and a
     * final mute "e" ("toxine", "porcine", "spore"): singular and plural of each language end alike.
     */
    private static String foldLatin(String w) {
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
        if (s.length() >= 5 && s.endsWith("e") && !isVowel(s.charAt(s.length() - 2)) && !KEEP_FINAL_E.contains(s)) {
            s = s.substring(0, s.length() - 1);
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
