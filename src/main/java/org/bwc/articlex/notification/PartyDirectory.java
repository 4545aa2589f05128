package org.bwc.articlex.notification;

import java.util.Locale;
import java.util.Optional;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.springframework.stereotype.Component;

/**
 * Who receives a notification, and at which address: a State Party's contact point (reference data,
 * {@code articlex.reference.contact-emails.<ISO3>}) or a recognised organisation's focal point
 * ({@code articlex.notification.organisation-emails.<CODE>}, else a generated address like the States').
 */
@Component
public class PartyDirectory {

    private final StatesRegistry states;
    private final NotificationSettings settings;

    PartyDirectory(StatesRegistry states, NotificationSettings settings) {
        this.states = states;
        this.settings = settings;
    }

    public Optional<Party> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<StateParty> state = states.find(code);
        if (state.isPresent()) {
            StateParty party = state.get();
            return Optional.of(new Party(party.code(), party.name(), Party.Kind.STATE_PARTY, party.contactEmail()));
        }
        String organisation = NotificationSettings.code(code);
        if (settings.getOrganisations().contains(organisation) || settings.getOrganisationEmails().containsKey(organisation)) {
            String address = settings.getOrganisationEmails().getOrDefault(organisation,
                    "focal-point." + organisation.toLowerCase(Locale.ROOT) + "@bwc-org.example.org");
            return Optional.of(new Party(organisation, organisation, Party.Kind.ORGANISATION, address));
        }
        return Optional.empty();
    }

    public Party require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "Not a State Party or a recognised organisation: " + code));
    }

    /** A notification recipient; {@code email} may be blank or malformed, which delivery reports as undeliverable. */
    public record Party(String code, String name, Kind kind, String email) {

        public enum Kind {
            STATE_PARTY, ORGANISATION
        }
    }
}
