package org.bwc.articlex.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.bwc.articlex.intake.Circulation;
import org.bwc.articlex.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Who may see a request's funding and pledge to it: {@link Donors}, without the database. */
class DonorsTest {

    @ParameterizedTest(name = "{0} on a request of {1} matched with {2}, {3}, named {4}, provider {5} → {6}")
    @CsvSource(nullValues = "-", value = {
            // party, requester, matched party, circulation, named providers, registered provider, may see
            "UGA, UGA, GBR, SECRETARIAT_ONLY, -, false, true",
            "GBR, UGA, GBR, SECRETARIAT_ONLY, -, false, true",
            "WHO, UGA, WHO, SECRETARIAT_ONLY, -, false, true",
            "FRA, UGA, GBR, SECRETARIAT_ONLY, -, true, false",
            "FRA, UGA, -, ALL_PROVIDERS, -, false, false",
            "FRA, UGA, -, ALL_PROVIDERS, -, true, true",
            "FRA, UGA, GBR, NAMED_PROVIDERS, DEU, true, false",
            "FRA, UGA, GBR, NAMED_PROVIDERS, FRA, false, true",
            "UGA, UGA, -, NAMED_PROVIDERS, DEU, false, true",
            "-, UGA, -, ALL_PROVIDERS, -, true, false",
            "' ', UGA, -, ALL_PROVIDERS, -, true, false",
            "GBR, UGA, -, SECRETARIAT_ONLY, -, true, false",
    })
    void theRequesterTheMatchedPartyAndTheProvidersItCirculatesTo(String party, String requester, String matched,
            Circulation.Mode circulation, String named, boolean provider, boolean maySee) {
        assertThat(Donors.inAudience(party, requester, matched, new Circulation(circulation, named == null ? List.of() : List.of(named)),
                provider))
                .isEqualTo(maySee);
    }

    @ParameterizedTest(name = "{0} pledging for {1} → {2}")
    @CsvSource({
            "sp-NOR, NOR, true",
            "sp-NOR, SWE, false",
            "org-WHO, WHO, true",
            "sp-WHO, WHO, false",
            "org-NOR, NOR, false",
            "caseworkers, NOR, true",
            "managers, WHO, true",
            "admins, NOR, true",
            "camunda-admin, NOR, false",
    })
    void aCallerPledgesForItsOwnPartyOrAsTheSecretariat(String group, String donor, boolean may) {
        assertThat(Donors.mayPledgeFor(new Caller("someone", Set.of(group)), donor)).isEqualTo(may);
    }

    @Test
    void theCallersPartiesAreItsStateAndOrganisationGroups() {
        assertThat(Donors.partiesOf(new Caller("x", Set.of("sp-NOR", "org-WHO", "caseworkers", "org-NOTANORG", "sp-"))))
                .isEqualTo(List.of("NOR", "WHO"));
        assertThat(Donors.partiesOf(new Caller("x", Set.of("managers")))).isEmpty();
    }
}
