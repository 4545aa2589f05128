package org.bwc.articlex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bwc.articlex.intake.Circulation.Mode;
import org.bwc.articlex.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The consent to circulation as a rule ({@link CirculationPolicy}), without the database. */
class CirculationPolicyTest {

    private static final Predicate<String> KNOWN = Set.of("DEU", "FRA", "KEN", "WHO", "WOAH")::contains;

    @ParameterizedTest(name = "{1} under {0} [{2}] → {3}")
    @CsvSource(nullValues = "-", value = {
            // mode, party, named providers (space-separated), may receive
            "ALL_PROVIDERS, DEU, -, true",
            "ALL_PROVIDERS, WHO, -, true",
            "ALL_PROVIDERS, -, -, false",
            "ALL_PROVIDERS, ' ', -, false",
            "SECRETARIAT_ONLY, DEU, -, false",
            "SECRETARIAT_ONLY, WHO, -, false",
            "NAMED_PROVIDERS, DEU, DEU WHO, true",
            "NAMED_PROVIDERS, WHO, DEU WHO, true",
            "NAMED_PROVIDERS, FRA, DEU WHO, false",
            "NAMED_PROVIDERS, deu, DEU, false",
            "NAMED_PROVIDERS, -, DEU, false",
    })
    void aPartyReceivesTheRequestOnlyWhereTheConsentLetsIt(Mode mode, String party, String named, boolean mayReceive) {
        assertThat(CirculationPolicy.mayReceive(new Circulation(mode, providers(named)), party)).isEqualTo(mayReceive);
    }

    @ParameterizedTest(name = "{0} [{1}] → {2} [{3}]: widens {4}")
    @CsvSource(nullValues = "-", value = {
            // before, its providers, after, its providers, widens
            "SECRETARIAT_ONLY, -, ALL_PROVIDERS, -, true",
            "SECRETARIAT_ONLY, -, NAMED_PROVIDERS, DEU, true",
            "NAMED_PROVIDERS, DEU, ALL_PROVIDERS, -, true",
            "NAMED_PROVIDERS, DEU, NAMED_PROVIDERS, DEU WHO, true",
            "NAMED_PROVIDERS, DEU WHO, NAMED_PROVIDERS, DEU, false",
            "NAMED_PROVIDERS, DEU, NAMED_PROVIDERS, DEU, false",
            "ALL_PROVIDERS, -, NAMED_PROVIDERS, DEU, false",
            "ALL_PROVIDERS, -, ALL_PROVIDERS, -, false",
            "ALL_PROVIDERS, -, SECRETARIAT_ONLY, -, false",
            "NAMED_PROVIDERS, DEU, SECRETARIAT_ONLY, -, false",
    })
    void aChangeWidensWhenSomeoneMayNowReceiveTheRequest(Mode before, String beforeNamed, Mode after, String afterNamed,
            boolean widens) {
        assertThat(CirculationPolicy.widens(new Circulation(before, providers(beforeNamed)),
                new Circulation(after, providers(afterNamed)))).isEqualTo(widens);
    }

    @ParameterizedTest(name = "{0} [{1}] from KEN → {2}")
    @CsvSource(nullValues = "-", delimiter = ';', value = {
            // mode; providers (space-separated, _ for an empty code); the problems as field=start of message, or -
            "ALL_PROVIDERS; -; -",
            "-; -; -",
            "SECRETARIAT_ONLY; -; -",
            "NAMED_PROVIDERS; DEU; -",
            "NAMED_PROVIDERS; DEU WHO WOAH; -",
            "NAMED_PROVIDERS; -; providers=name at least one provider",
            "ALL_PROVIDERS; DEU; providers=providers are named only with",
            "SECRETARIAT_ONLY; WHO; providers=providers are named only with",
            "-; WHO; providers=providers are named only with",
            "NAMED_PROVIDERS; DEU XYZ; providers[1]=unknown provider XYZ",
            "NAMED_PROVIDERS; DEU DEU; providers[1]=DEU is named twice",
            "NAMED_PROVIDERS; KEN; providers[0]=KEN is the requesting State itself",
            "NAMED_PROVIDERS; _ WHO; providers[0]=must be a party code",
            "NAMED_PROVIDERS; deu; providers[0]=must be a party code",
            "NAMED_PROVIDERS; ${1+1}; providers[0]=must be a party code",
            "NAMED_PROVIDERS; ABCDEFGHIJKLMN; providers[0]=must be a party code",
            "NAMED_PROVIDERS; XYZ KEN FRA FRA; providers[0]=unknown provider XYZ|providers[1]=KEN is the requesting State|providers[3]=FRA is named twice",
    })
    void badChoicesNameTheirField(Mode mode, String providers, String expected) {
        List<FieldProblem> problems = CirculationPolicy.problems(mode, providers(providers), "KEN", KNOWN);
        if (expected == null) {
            assertThat(problems).isEmpty();
            return;
        }
        List<String> wanted = Arrays.asList(expected.split("\\|"));
        assertThat(problems).hasSize(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            String[] fieldAndMessage = wanted.get(i).split("=", 2);
            assertThat(problems.get(i).field()).isEqualTo(fieldAndMessage[0]);
            assertThat(problems.get(i).message()).startsWith(fieldAndMessage[1]);
        }
    }

    @Test
    void aListLongerThanTheLimitIsRefusedAsAWholeAndAListAtTheLimitIsNot() {
        List<String> atLimit = new ArrayList<>();
        for (int i = 0; i < CirculationPolicy.MAX_PROVIDERS; i++) {
            atLimit.add("P" + (char) ('A' + i) + "X");
        }
        Predicate<String> anyKnown = code -> true;
        assertThat(CirculationPolicy.problems(Mode.NAMED_PROVIDERS, atLimit, "KEN", anyKnown)).isEmpty();
        List<String> over = new ArrayList<>(atLimit);
        over.add("DEU");
        assertThat(CirculationPolicy.problems(Mode.NAMED_PROVIDERS, over, "KEN", anyKnown))
                .containsExactly(new FieldProblem("providers", CirculationPolicy.TOO_MANY));
    }

    @Test
    void theSameChoiceInAnotherOrderIsTheSameChoiceAndEachDescribesItself() {
        assertThat(new Circulation(Mode.NAMED_PROVIDERS, List.of("WHO", "DEU")))
                .isEqualTo(new Circulation(Mode.NAMED_PROVIDERS, List.of("DEU", "WHO")));
        assertThat(new Circulation(null, null)).isEqualTo(Circulation.DEFAULT);
        assertThat(new Circulation(Mode.NAMED_PROVIDERS, List.of("WHO", "DEU")).describe())
                .isEqualTo("Circulation: named providers DEU, WHO");
        assertThat(new Circulation(Mode.SECRETARIAT_ONLY, List.of()).describe()).isEqualTo("Circulation: the secretariat only");
        assertThat(Circulation.DEFAULT.describe()).isEqualTo("Circulation: all providers");
    }

    private static List<String> providers(String spaceSeparated) {
        if (spaceSeparated == null) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (String code : spaceSeparated.split(" ")) {
            codes.add(code.equals("_") ? "" : code);
        }
        return Collections.unmodifiableList(codes);
    }
}
