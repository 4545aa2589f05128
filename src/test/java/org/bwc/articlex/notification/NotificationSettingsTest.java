package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** A wrong setting stops the start-up with a message naming it, instead of failing the first delivery. */
class NotificationSettingsTest {

    @Test
    void retryCycleIsAListOfDurationsOrARepeat() {
        NotificationSettings.Email email = new NotificationSettings().getEmail();
        email.setRetryCycle("PT1M, PT5M,PT1H");
        assertThat(email.getRetryCycle()).isEqualTo("PT1M,PT5M,PT1H");
        email.setRetryCycle("R5/PT1M");
        assertThat(email.getRetryCycle()).isEqualTo("R5/PT1M");
        for (String wrong : new String[] {"", "5 minutes", "PT1M,R3/PT1M", "R0/PT1M", "1M"}) {
            assertThatThrownBy(() -> email.setRetryCycle(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("articlex.notification.email.retry-cycle");
        }
    }

    @Test
    void senderMustBeAnAddressAndGivesTheMessageIdDomain() {
        NotificationSettings.Email email = new NotificationSettings().getEmail();
        assertThat(email.senderDomain()).isEqualTo("articlex.example.org");
        email.setFrom("ISU <isu@bwc.example.int>");
        assertThat(email.senderDomain()).isEqualTo("bwc.example.int");
        assertThatThrownBy(() -> email.setFrom("isu")).hasMessageContaining("articlex.notification.email.from");
        email.setReplyTo(" ");
        assertThat(email.getReplyTo()).isNull();
    }

    @Test
    void everySettingCanComeFromTheEnvironment() {
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.<String, Object>of(
                "ARTICLEX_NOTIFICATION_EMAIL_ENABLED", "false",
                "ARTICLEX_NOTIFICATION_EMAIL_RETRYCYCLE", "R3/PT10M",
                "ARTICLEX_NOTIFICATION_ORGANISATIONS", "WHO,INTERPOL",
                "ARTICLEX_NOTIFICATION_ORGANISATIONEMAILS_INTERPOL", "bio@interpol.example.org"));
        NotificationSettings settings = new Binder(ConfigurationPropertySources.from(environment))
                .bind("articlex.notification", Bindable.ofInstance(new NotificationSettings())).get();

        assertThat(settings.getEmail().isEnabled()).isFalse();
        assertThat(settings.getEmail().getRetryCycle()).isEqualTo("R3/PT10M");
        assertThat(settings.getOrganisations()).containsExactly("WHO", "INTERPOL");
        assertThat(settings.getOrganisationEmails()).containsEntry("INTERPOL", "bio@interpol.example.org");
    }

    @Test
    void organisationsAreRecognisedWithAGeneratedOrAConfiguredAddress() {
        NotificationSettings settings = new NotificationSettings();
        settings.setOrganisations(List.of(" who", "WOAH", "africa-cdc"));
        settings.setOrganisationEmails(Map.of("woah", "article-x@woah.example.org", "INTERPOL", "bio@interpol.example.org"));
        PartyDirectory parties = new PartyDirectory(NotificationTestFixtures.states(Map.of("KEN", "ncp@health.go.ke")), settings);

        assertThat(parties.require("KEN")).isEqualTo(new PartyDirectory.Party("KEN", "Kenya",
                PartyDirectory.Party.Kind.STATE_PARTY, "ncp@health.go.ke"));
        assertThat(parties.require("DEU").email()).isEqualTo("contact-point.deu@bwc-ncp.example.org");
        assertThat(parties.require("WHO").email()).isEqualTo("focal-point.who@bwc-org.example.org");
        assertThat(parties.require("who").code()).isEqualTo("WHO");
        assertThat(parties.require("WOAH").email()).isEqualTo("article-x@woah.example.org");
        assertThat(parties.require("AFRICA-CDC").kind()).isEqualTo(PartyDirectory.Party.Kind.ORGANISATION);
        assertThat(parties.require("INTERPOL").email()).isEqualTo("bio@interpol.example.org");
        assertThat(parties.find("ISR")).isEmpty();
        assertThat(parties.find("UNODA")).isEmpty();
        assertThatThrownBy(() -> parties.require("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }
}
