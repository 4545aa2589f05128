package org.bwc.articlex.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;

/** The body of {@code POST /api/offers}. */
public record SubmitOffer(
        @NotBlank @Pattern(regexp = "[A-Z]{3,12}", message = "must be a State Party ISO3 code or an organisation code such as WHO") String offeringParty,
        @NotBlank @Size(max = 200) String title,
        @NotNull AssistanceCategory category,
        @NotEmpty @Size(max = 5) List<@NotNull Region> eligibleRegions,
        @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en") String> languages,
        @NotNull @Min(value = 1, message = "must be at least 1") @Max(10_000) Integer capacity,
        @NotNull Boolean fundingIncluded,
        @NotNull LocalDate validUntil,
        @Size(max = 4000) String description) {
}
