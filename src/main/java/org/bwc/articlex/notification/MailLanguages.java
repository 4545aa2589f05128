package org.bwc.articlex.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.springframework.stereotype.Component;

/**
 * The language a party reads its e-mails in: one of the six official languages of the United Nations, each with a
 * bundle of its own ({@code templates/mail/messages_xx.properties}). A request's own State reads in the request's
 * {@code preferredLanguage}; an offering party in the first UN language its offer names (for a request it serves, the
 * matched offer's); a party told of a case that names no language (a concern, a national report) in its own, as the
 * portal reads it; anyone else, and any other language, in English.
 */
@Component
public class MailLanguages {

    /** Arabic, Chinese, English, French, Russian, Spanish. */
    public static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    public static final String DEFAULT = "en";

    private final RequestRepository requests;
    private final OfferLanguages offers;

    MailLanguages(RequestRepository requests, OfferLanguages offers) {
        this.requests = requests;
        this.offers = offers;
    }

    /** The language of a notification to {@code partyCode} about {@code caseId}. */
    String of(String partyCode, String caseId) {
        String prefix = caseId.contains("-") ? caseId.substring(0, caseId.indexOf('-')) : "";
        return switch (prefix) {
            case "REQ" -> requests.find(caseId).map(request -> forRequest(request, partyCode)).orElse(DEFAULT);
            case "OFF" -> offers.of(caseId).map(MailLanguages::ofOffer).orElse(DEFAULT);
            default -> ofPartyItself(partyCode);
        };
    }

    /**
     * For a case that names no language (a concern, a national report): the party's own, as the portal reads it —
     * its latest request's {@code preferredLanguage}, else its latest offer's first UN language, else English.
     */
    private String ofPartyItself(String partyCode) {
        return requests.latestPreferredLanguage(partyCode).flatMap(MailLanguages::unLanguage)
                .or(() -> offers.latestOf(partyCode).map(MailLanguages::ofOffer))
                .orElse(DEFAULT);
    }

    /**
     * The language a case itself gives {@code partyCode}, as its e-mails are written: a request's own State its
     * {@code preferredLanguage}, the offering party of a request's matched offer or of an offer that offer's languages;
     * empty when the case gives that party none (its Tasklist forms then follow the party's own language).
     */
    public Optional<String> decided(String partyCode, String caseId) {
        if (partyCode == null || caseId == null) {
            return Optional.empty();
        }
        if (caseId.startsWith("REQ-")) {
            return requests.find(caseId).flatMap(request -> request.requestingState().equalsIgnoreCase(partyCode)
                    ? Optional.of(supported(request.preferredLanguage()))
                    : Optional.ofNullable(request.matchedOfferId()).flatMap(offer -> ofParty(partyCode, offer)));
        }
        return caseId.startsWith("OFF-") ? ofParty(partyCode, caseId) : Optional.empty();
    }

    private Optional<String> ofParty(String partyCode, String offerId) {
        return offers.of(offerId).filter(offer -> offer.offeringParty().equalsIgnoreCase(partyCode)).map(MailLanguages::ofOffer);
    }

    private String forRequest(RequestRecord request, String partyCode) {
        if (request.requestingState().equalsIgnoreCase(partyCode)) {
            return supported(request.preferredLanguage());
        }
        return Optional.ofNullable(request.matchedOfferId()).flatMap(offers::of)
                .filter(offer -> offer.offeringParty().equalsIgnoreCase(partyCode)).map(MailLanguages::ofOffer).orElse(DEFAULT);
    }

    private static String ofOffer(OfferLanguages.OfferParty offer) {
        return offer.languages() == null ? DEFAULT
                : offer.languages().stream().flatMap(l -> unLanguage(l).stream()).findFirst().orElse(DEFAULT);
    }

    /** {@code fr}, {@code FR}, {@code fr-CA} → {@code fr}; anything else (or nothing) → {@code en}. */
    static String supported(String language) {
        return unLanguage(language).orElse(DEFAULT);
    }

    /** {@code fr}, {@code FR}, {@code fr-CA} → {@code fr}; anything but the six UN languages (or nothing) → empty. */
    public static Optional<String> unLanguage(String language) {
        return Optional.of(normalise(language)).filter(UN_LANGUAGES::contains);
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(supported(language));
    }

    static boolean rightToLeft(String language) {
        return "ar".equals(supported(language));
    }

    private static String normalise(String language) {
        if (language == null || language.isBlank()) {
            return "";
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        int separator = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        return separator > 0 ? code.substring(0, separator) : code;
    }
}
