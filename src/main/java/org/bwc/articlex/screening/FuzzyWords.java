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

    /** The tokens with unknown words replaced by their one listed neighbour; {@code corrected} marks them. */
    Tokens correct(Tokens t, boolean[] corrected) {
        String[] words = null;
        for (int i = 0; i < t.words.length; i++) {
            String w = t.words[i];
            if (w.length() < MIN_TARGET_LENGTH - 1 || vocabulary.contains(w) || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            String target = nearest(w);
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

    /** The single vocabulary word within one edit of {@code w}, or null. */
    String nearest(String w) {
        for (String suffix : INFLECTIONS) {
            if (w.endsWith(suffix)) {
                return null;
            }
        }
        String found = null;
        for (String key : neighbourhood(w)) {
            List<String> candidates = byDeletion.get(key);
            if (candidates == null) {
                continue;
            }
            for (String c : candidates) {
                if (c.charAt(0) == w.charAt(0) && !c.equals(found) && automata.get(c).run(w)) {
                    if (found != null) {
                        return null; // two listed words are as near: no guess
                    }
                    found = c;
                }
            }
        }
        return found;
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
