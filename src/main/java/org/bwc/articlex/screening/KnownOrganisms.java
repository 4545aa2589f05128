package org.bwc.articlex.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisms the screening knows to be outside the control list (known-unlisted-organisms.csv): starter
 * cultures, probiotic and vaccine strains, risk group 1 laboratory and industrial strains, cell lines.
 * An agent that names none of these and nothing listed goes to a person; it is never cleared by
 * default. Matched like list names (same folding), built once. Immutable.
 */
final class KnownOrganisms {

    static final KnownOrganisms NONE = new KnownOrganisms(Map.of());

    private final Map<String, List<String[]>> byFirstWord;

    private KnownOrganisms(Map<String, List<String[]>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static KnownOrganisms of(List<String> names) {
        Map<String, List<String[]>> m = new HashMap<>();
        for (String name : names) {
            String[] words = Tokens.wordsOf(name);
            if (words.length > 0) {
                m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        Map<String, List<String[]>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new KnownOrganisms(Map.copyOf(frozen));
    }

    /** The known unlisted organism the text names, as written, or null. */
    String find(Tokens t) {
        String[] w = t.words;
        for (int i = 0; i < w.length; i++) {
            List<String[]> candidates = byFirstWord.get(w[i]);
            if (candidates == null) {
                continue;
            }
            for (String[] c : candidates) {
                if (i + c.length <= w.length && java.util.Arrays.equals(c, 0, c.length, w, i, i + c.length)) {
                    return t.span(t.pos[i], t.pos[i + c.length - 1] + 1);
                }
            }
        }
        return null;
    }

    int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }
}
