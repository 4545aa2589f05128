package org.bwc.articlex.matching;

/** Where an offer stands in the registry. */
public enum OfferStatus {
    REGISTERED,
    PUBLISHED,
    EXPIRED,
    WITHDRAWN
}
