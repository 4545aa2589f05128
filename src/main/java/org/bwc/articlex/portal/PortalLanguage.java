package org.bwc.articlex.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.intake.RequestView;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.tasklist.PartyLanguage;
import org.springframework.stereotype.Component;

/**
 * The language of the portal (docs/portal.md, "Language"): the one the user chose with {@code ?lang=xx}, kept in the
 * webapps' session for its next pages (and for its forms in Tasklist); otherwise the party's own choice on the cases the
 * page shows, by the rule {@link PartyLanguage#choose} that Tasklist's forms use too. Only the six UN languages.
 */
@Component
class PortalLanguage {

    static final String SESSION_ATTRIBUTE = PartyLanguage.SESSION_ATTRIBUTE;

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
        String language = PartyLanguage.choose(chosen != null ? chosen : PartyLanguage.remembered(session), requests, offers);
        return texts.in(language);
    }

    /** For a page that knows no case (not found): the session's choice or English. */
    PortalTexts.Words remembered(HttpServletRequest request) {
        return texts.in(Optional.ofNullable(PortalTexts.supported(request.getParameter("lang")))
                .or(() -> Optional.ofNullable(PartyLanguage.remembered(request.getSession(false)))).orElse(PortalTexts.DEFAULT));
    }
}
