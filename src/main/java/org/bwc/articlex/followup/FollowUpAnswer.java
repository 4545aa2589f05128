package org.bwc.articlex.followup;

/**
 * What a party says a year on.
 *
 * @param equipmentInUse YES, NO or NOT_APPLICABLE: the equipment is in use and maintained
 * @param staffInPost YES, PARTLY or NO: the staff trained are still in post
 * @param staffCount how many are still in post, or null
 * @param furtherNeeds what is still needed, or null; the requesting State can turn it into a new request
 */
public record FollowUpAnswer(String lastingImpact, String equipmentInUse, String staffInPost, Integer staffCount,
        String furtherNeeds) {
}
