package org.bwc.articlex.matching;

/**
 * One criterion's contribution to a candidate's score, worded for the caseworker who confirms the match.
 * Criteria that earned nothing are listed too (with 0 points), so the caseworker sees why.
 */
public record ScorePart(String criterion, int points, String explanation) {

    public static final String CATEGORY = "category";
    public static final String REGION = "region";
    public static final String LANGUAGE = "language";
    public static final String CAPACITY = "capacity";
    public static final String FUNDING = "funding";
    public static final String DEVELOPING_STATE_PRIORITY = "developingStatePriority";
}
