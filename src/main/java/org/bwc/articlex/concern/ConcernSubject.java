package org.bwc.articlex.concern;

/** What a concern contests. */
public enum ConcernSubject {
    /** The requesting State contests a restriction or denial of its own request (Balance review). */
    REQUEST_RESTRICTION,
    /**
     * An offering party contests the refusal of a proposal of its own offer: its offer was proposed for the request
     * and accepted, then released because a manager decided at the funding deadline to return the request to open
     * needs ({@code RETURN_TO_OPEN_NEEDS}), so the assistance it offered does not go ahead.
     */
    REFUSED_PROPOSAL
}
