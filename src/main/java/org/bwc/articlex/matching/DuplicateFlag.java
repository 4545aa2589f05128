package org.bwc.articlex.matching;

/**
 * A possible duplication shown to the caseworker at match confirmation (docs/tasklist-walkthrough.md, step 5). A flag informs,
 * it does not block: a State may well have two genuine needs in one category.
 *
 * @param relatedId the other request ({@link Code#OPEN_REQUEST_SAME_STATE_AND_CATEGORY}) or the
 *                  offer ({@link Code#OFFER_ALREADY_SERVING_SAME_NEED})
 */
public record DuplicateFlag(Code code, String relatedId, String message) {

    public enum Code {
        /** The same State has another open request in the same category. */
        OPEN_REQUEST_SAME_STATE_AND_CATEGORY,
        /** A candidate offer is already matched to another request of the same State and category. */
        OFFER_ALREADY_SERVING_SAME_NEED
    }
}
