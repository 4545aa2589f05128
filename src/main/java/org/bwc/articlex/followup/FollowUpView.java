package org.bwc.articlex.followup;

import java.time.Instant;
import java.util.List;
import org.bwc.articlex.intake.RequestSections;

/**
 * The follow-up block of a request ({@code GET /api/requests/{id}}, field {@code followUp}): when both parties are
 * (or were) asked, and what each answered, or that its task lapsed.
 */
public record FollowUpView(Instant dueAt, List<PartyAnswer> parties) implements RequestSections.FollowUp {

    public record PartyAnswer(FollowUpRole role, String party, String state, Instant askedAt, String lastingImpact,
            String equipmentInUse, String staffInPost, Integer staffCount, String furtherNeeds, String answeredBy,
            Instant answeredAt, Instant lapsedAt) {
    }
}
