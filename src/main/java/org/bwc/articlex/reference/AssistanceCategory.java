package org.bwc.articlex.reference;

/** What a request seeks or an offer provides. */
public enum AssistanceCategory {
    BIOSAFETY_BIOSECURITY_TRAINING("Biosafety and biosecurity training"),
    LABORATORY_EQUIPMENT("Laboratory equipment"),
    DISEASE_SURVEILLANCE("Disease surveillance"),
    OUTBREAK_RESPONSE("Outbreak response"),
    LEGISLATION_REGULATION("Legislation and regulation"),
    EDUCATION_EXCHANGE("Education and exchange"),
    RESEARCH_COLLABORATION("Research collaboration"),
    DIAGNOSTICS("Diagnostics"),
    VACCINES_THERAPEUTICS("Vaccines and therapeutics"),
    OTHER("Other");

    private final String label;

    AssistanceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
