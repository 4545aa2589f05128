package org.bwc.articlex.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.bwc.articlex.intake.RequestView;
import org.bwc.articlex.matching.OfferView;
import org.springframework.stereotype.Component;

/**
 * The language of the portal (docs/portal.md, "Language"): the one the user chose with {@code ?lang=xx}, kept in the
 * webapps' session for its next pages; otherwise the party's own choice on its cases — the {@code preferredLanguage}
 * of its latest request, for an organisation (or a State without requests) the first UN language of its latest offer;
 * otherwise English. Only the six UN languages; anything else is ignored.
 */
@Component
class PortalLanguage {

    static final String SESSION_ATTRIBUTE = PortalLanguage.class.getName();

    private final PortalTexts texts;

    PortalLanguage(PortalTexts texts) {
        this.texts = texts;
    }

    PortalTexts.Words of(HttpServletRequest request, String asked, List<RequestView> requests, List<OfferView> offers) {
        String chosen = PortalTexts.supported(asked);
        HttpSession session = request.getSession(false);
        if (chosen != null && session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, chosen);
        }
        String language = Optional.ofNullable(chosen).or(() -> sessionLanguage(request))
                .or(() -> requests.stream().map(RequestView::preferredLanguage).map(PortalTexts::supported)
                        .filter(Objects::nonNull).findFirst())
                .or(() -> offers.stream().flatMap(o -> o.languages() == null ? Stream.empty() : o.languages().stream())
                        .map(PortalTexts::supported).filter(Objects::nonNull).findFirst())
                .orElse(PortalTexts.DEFAULT);
        return texts.in(language);
    }

    /** For a page that knows no case (not found): the session's choice or English. */
    PortalTexts.Words remembered(HttpServletRequest request) {
        return texts.in(Optional.ofNullable(PortalTexts.supported(request.getParameter("lang")))
                .or(() -> sessionLanguage(request)).orElse(PortalTexts.DEFAULT));
    }

    private static Optional<String> sessionLanguage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session == null ? Optional.empty()
                    : Optional.ofNullable(session.getAttribute(SESSION_ATTRIBUTE)).map(String::valueOf).map(PortalTexts::supported);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
