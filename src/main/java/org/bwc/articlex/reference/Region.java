package org.bwc.articlex.reference;

/** The UN regional groups, as named in the API. */
public enum Region {
    AFRICAN,
    ASIA_PACIFIC,
    EASTERN_EUROPEAN,
    LATIN_AMERICAN_CARIBBEAN,
    WESTERN_EUROPEAN_OTHERS
}
