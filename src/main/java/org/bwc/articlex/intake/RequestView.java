package org.bwc.articlex.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.ItemKind;

/** A request as the API shows it ({@code RequestView} in the OpenAPI description, /v3/api-docs); fields are only ever added, never renamed. */
public record RequestView(
        String id,
        String requestingState,
        RequestStatus status,
        String title,
        AssistanceCategory category,
        Instant createdAt,
        Instant updatedAt,
        RequestSections.Screening screening,
        String matchedOfferId,
        List<HistoryEntry> history,
        String description,
        List<ItemView> items,
        SubmitRequest.EndUse endUse,
        Money estimatedCost,
        String preferredLanguage,
        String submittedBy,
        boolean enteredOnBehalf,
        /** The follow-up a year on, from COMPLETED on; null before (and in lists). */
        RequestSections.FollowUp followUp,
        /** Who may be proposed the request (docs/rules.md, "Consent to circulation"). */
        @Schema(description = "Who may be proposed the request (the requesting State's consent to circulation)")
        Circulation.Mode circulation,
        /** The named providers with NAMED_PROVIDERS; empty otherwise. */
        @Schema(description = "The named providers with NAMED_PROVIDERS, in order of code; empty otherwise")
        List<String> providers) {

    public record HistoryEntry(RequestStatus status, Instant at, String by, String note) {
    }

    public record ItemView(int index, ItemKind kind, String description, int quantity, String controlCode) {
    }
}
