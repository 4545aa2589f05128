package org.bwc.articlex.intake;

import java.math.BigDecimal;
import java.time.Instant;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;

/** One row of {@code assistance_request}. */
public record RequestRecord(
        String id,
        String requestingState,
        String title,
        String description,
        AssistanceCategory category,
        String endUseStatement,
        String endUseFacility,
        Integer endUseBiosafetyLevel,
        BigDecimal estimatedCostAmount,
        String estimatedCostCurrency,
        String preferredLanguage,
        RequestStatus status,
        String submittedBy,
        boolean enteredOnBehalf,
        String matchedOfferId,
        Instant createdAt,
        Instant updatedAt) {
}
