package org.bwc.articlex.followup;

/**
 * {@code GET /api/metrics/follow-up}: how the follow-ups a year on went. The rates are over the answers that say yes
 * or no (not applicable and lapsed tasks count in neither), null when there is none.
 */
public record FollowUpFigures(Integer year, long asked, long answered, long lapsed, long open, Double answerRate,
        long equipmentInUse, long equipmentNotInUse, Double equipmentInUseRate, long staffAllInPost,
        long staffNotAllInPost, Double staffInPostRate) {

    static FollowUpFigures of(Integer year, long asked, long answered, long lapsed, long equipmentInUse,
            long equipmentNotInUse, long staffAllInPost, long staffNotAllInPost) {
        return new FollowUpFigures(year, asked, answered, lapsed, asked - answered - lapsed, rate(answered, asked),
                equipmentInUse, equipmentNotInUse, rate(equipmentInUse, equipmentInUse + equipmentNotInUse),
                staffAllInPost, staffNotAllInPost, rate(staffAllInPost, staffAllInPost + staffNotAllInPost));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
