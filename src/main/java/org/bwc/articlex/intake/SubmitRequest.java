package org.bwc.articlex.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.ItemKind;

/** The body of {@code POST /api/requests}. */
public record SubmitRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as KEN") String requestingState,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull AssistanceCategory category,
        @NotEmpty @Size(max = 100, message = "at most 100 items per request") List<@NotNull @Valid Item> items,
        @Valid EndUse endUse,
        @Valid Money estimatedCost,
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as en") String preferredLanguage,
        /** Who may be proposed the request; null: all providers (docs/rules.md, "Consent to circulation"). */
        @Schema(description = "Who may be proposed the request: SECRETARIAT_ONLY, NAMED_PROVIDERS (with providers) or "
                + "ALL_PROVIDERS (the default)")
        Circulation.Mode circulation,
        /** With NAMED_PROVIDERS only: the party codes, checked by {@link CirculationPolicy}. */
        @Schema(description = "With NAMED_PROVIDERS only: 1 to 20 party codes (ISO3 of States Parties, organisation codes "
                + "such as WHO), each once, not the requesting State", example = "[\"DEU\", \"WHO\"]")
        @Size(max = CirculationPolicy.MAX_PROVIDERS, message = CirculationPolicy.TOO_MANY) List<String> providers) {

    /** The consent to circulation this submission asks for (the default when it says nothing). */
    public Circulation consent() {
        return new Circulation(circulation, providers);
    }

    public record Item(
            @NotNull ItemKind kind,
            @NotBlank @Size(max = 500) String description,
            @NotNull @Positive @Max(1_000_000) Integer quantity,
            @Size(max = 64) String controlCode) {
    }

    public record EndUse(
            @Size(max = 2000) String statement,
            @Size(max = 200) String facility,
            @Min(1) @Max(4) Integer biosafetyLevel) {
    }
}
