package org.bwc.articlex.tasklist;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.bwc.articlex.intake.RequestService;
import org.bwc.articlex.intake.RequestView;
import org.bwc.articlex.matching.OfferService;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.notification.MailLanguages;
import org.bwc.articlex.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The UN language a State's or organisation's user reads its pages and forms in (docs/portal.md, "Language"): the one it
 * chose with {@code ?lang=xx} on the portal, kept in the webapps' session; otherwise its party's own choice on its
 * cases — the {@code preferredLanguage} of its latest request, for an organisation (or a State without requests) the
 * first UN language of its latest offer; otherwise English. Camunda's users have no language of their own. The portal
 * and the Tasklist forms ({@link TranslatedForms}) both use this rule.
 */
@Component
public class PartyLanguage {

    /** Arabic, Chinese, English, French, Russian, Spanish: the e-mails' (one list, one reading of a language code). */
    public static final List<String> LANGUAGES = MailLanguages.UN_LANGUAGES;
    public static final String DEFAULT = MailLanguages.DEFAULT;
    /** The user's choice on the portal, in the webapps' session (shared by the portal and Tasklist). */
    public static final String SESSION_ATTRIBUTE = "org.bwc.articlex.portal.PortalLanguage";

    private final RequestService requests;
    private final OfferService offers;

    PartyLanguage(RequestService requests, OfferService offers) {
        this.requests = requests;
        this.offers = offers;
    }

    /** The rule: the first UN language of the user's choice, its requests' (newest first), its offers'; else English. */
    public static String choose(String chosen, List<RequestView> requests, List<OfferView> offers) {
        return Optional.ofNullable(supported(chosen))
                .or(() -> requests.stream().map(RequestView::preferredLanguage).map(PartyLanguage::supported)
                        .filter(Objects::nonNull).findFirst())
                .or(() -> offers.stream().flatMap(o -> o.languages() == null ? Stream.empty() : o.languages().stream())
                        .map(PartyLanguage::supported).filter(Objects::nonNull).findFirst())
                .orElse(DEFAULT);
    }

    /** The language of a party's user: its session's choice, else its latest request's or offer's. */
    public String of(Caller caller, HttpSession session) {
        String remembered = remembered(session);
        if (remembered != null) {
            return remembered;
        }
        List<RequestView> latest = caller.states().isEmpty() ? List.of()
                : requests.search(null, null, null, 0, 1, caller).content();
        List<String> parties = caller.groups().stream()
                .filter(g -> g.startsWith(Caller.STATE_GROUP_PREFIX) || g.startsWith(Caller.ORGANISATION_GROUP_PREFIX))
                .map(g -> g.substring(g.indexOf('-') + 1)).sorted().toList();
        return choose(null, latest, parties.isEmpty() ? List.of() : offers.ofParties(parties, 1));
    }

    /** The language kept in the session, or null. */
    public static String remembered(HttpSession session) {
        try {
            return session == null ? null
                    : supported(Objects.toString(session.getAttribute(SESSION_ATTRIBUTE), null));
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** {@code fr}, {@code FR}, {@code fr-CA} → {@code fr}; anything else (or nothing) → null. */
    public static String supported(String language) {
        return MailLanguages.unLanguage(language).orElse(null);
    }
}
