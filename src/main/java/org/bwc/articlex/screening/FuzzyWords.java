package org.bwc.articlex.screening;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near-misses of the words of listed names, built once at load. A description word that is not itself a
 * word of any name is read as the name word one edit away (insertion, deletion, substitution or
 * transposition, checked by Lucene's Levenshtein automaton) when exactly one such word exists, its first
 * letter is the same, and it is at least five letters long. Candidates come from a deletion
 * neighbourhood, so a lookup costs a few hash probes, not a scan of the vocabulary. Immutable.
 */
final class FuzzyWords {

    static final int MIN_TARGET_LENGTH = 5;
    /** Inflections of ordinary words: "fermented" is not a misspelt "fermenter". */
    private static final String[] INFLECTIONS = {"ed", "ing", "ly"};

    private final Set<String> vocabulary;
    private final Map<String, List<String>> byDeletion;
    private final Map<String, CharacterRunAutomaton> automata;

    private FuzzyWords(Set<String> vocabulary, Map<String, List<String>> byDeletion,
                       Map<String, CharacterRunAutomaton> automata) {
        this.vocabulary = vocabulary;
        this.byDeletion = byDeletion;
        this.automata = automata;
    }

    static FuzzyWords of(Map<String, ? extends Object[]> phrases) {
        Set<String> vocabulary = new HashSet<>();
        phrases.forEach((first, terms) -> {
            for (Object term : terms) {
                vocabulary.addAll(List.of(((TermTokens) term).tokens()));
            }
        });
        Map<String, List<String>> byDeletion = new HashMap<>();
        Map<String, CharacterRunAutomaton> automata = new HashMap<>();
        for (String word : vocabulary) {
            if (word.length() < MIN_TARGET_LENGTH || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            automata.put(word, new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(1)));
            for (String key : neighbourhood(word)) {
                byDeletion.computeIfAbsent(key, k -> new ArrayList<>(1)).add(word);
            }
        }
        return new FuzzyWords(Set.copyOf(vocabulary), Map.copyOf(byDeletion), Map.copyOf(automata));
    }

    /**
     * The tokens with unknown words replaced by their listed neighbour; {@code corrected} marks them. The
     * word as written (accents folded) is tried first, since folding may already have cut a misspelt
     * ending ("melitensys" folds to "melitensy"), then the folded word.
     */
    Tokens correct(Tokens t, boolean[] corrected) {
        String[] words = null;
        for (int i = 0; i < t.words.length; i++) {
            String w = t.words[i];
            if (w.length() < MIN_TARGET_LENGTH - 1 || vocabulary.contains(w) || !Character.isLetter(w.charAt(0))
                    || !mayCompleteAName(t.words, i)) {
                continue;
            }
            String written = Tokens.asciiFold(t.raw[t.pos[i]].toLowerCase(java.util.Locale.ROOT));
            String target = nearest(written);
            if (target == null && !written.equals(w)) {
                target = nearest(w);
            }
            if (target != null) {
                if (words == null) {
                    words = t.words.clone();
                }
                words[i] = target;
                corrected[i] = true;
            }
        }
        return words == null ? t : t.withWords(words);
    }

    /**
     * A corrected word can only complete a name of seven letters or more: alone it must be that long
     * (six letters one edit from seven), otherwise a word of a name must stand next to it. Skipping the
     * other words keeps the lookups to the few that can matter.
     */
    private boolean mayCompleteAName(String[] words, int i) {
        return words[i].length() >= 6 || (i > 0 && vocabulary.contains(words[i - 1]))
                || (i + 1 < words.length && vocabulary.contains(words[i + 1]));
    }

    /**
     * The vocabulary word within one edit of {@code w}, or null. Of several, a word of the same length (a
     * substitution or transposition) is preferred, then the first in alphabetical order, so the reading
     * never depends on hash order.
     */
    String nearest(String w) {
        for (String suffix : INFLECTIONS) {
            if (w.endsWith(suffix)) {
                return null;
            }
        }
        String found = null;
        for (int d = -1; d < w.length(); d++) {
            String key = d < 0 ? w : w.substring(0, d) + w.substring(d + 1);
            List<String> candidates = byDeletion.get(key);
            if (candidates == null) {
                continue;
            }
            for (String c : candidates) {
                if (c.charAt(0) == w.charAt(0) && automata.get(c).run(w) && better(c, found, w.length())) {
                    found = c;
                }
            }
        }
        return found;
    }

    private static boolean better(String candidate, String found, int length) {
        if (found == null) {
            return true;
        }
        boolean sameLength = candidate.length() == length;
        if (sameLength != (found.length() == length)) {
            return sameLength;
        }
        return candidate.compareTo(found) < 0;
    }

    /** The word and every form of it with one letter deleted. */
    private static Set<String> neighbourhood(String w) {
        Set<String> out = new HashSet<>(w.length() + 1);
        out.add(w);
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }

    /** What FuzzyWords needs of an index term. */
    interface TermTokens {
        String[] tokens();
    }
}
