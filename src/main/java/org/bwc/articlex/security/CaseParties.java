package org.bwc.articlex.security;

import java.util.List;
import java.util.Optional;

/**
 * Who is party to a case, asked by {@link CaseVisibilityFirst} before anything else of a call is looked at. Each
 * package that owns a kind of case answers for it from its own tables (docs/development.md, "Table ownership"):
 * security sits below them and only knows these questions.
 */
public final class CaseParties {

    private CaseParties() {
    }

    /** Answered by intake. */
    public interface OfRequests {
        /** The requesting State, or empty when there is no such request. */
        Optional<String> requestingState(String requestId);
    }

    /** Answered by matching. */
    public interface OfOffers {
        /** The offering party, or empty when there is no such offer. */
        Optional<String> offeringParty(String offerId);

        /**
         * The offering parties that may see the request: of its matched offer, and of every offer ever proposed for it
         * whose party the requesting State's consent to circulation still admits.
         */
        List<String> offeringPartiesShown(String requestId);
    }

    /** Answered by concern. */
    public interface OfConcerns {
        /** The party that raised the concern, or empty when there is no such concern. */
        Optional<String> raisedBy(String concernId);
    }
}
