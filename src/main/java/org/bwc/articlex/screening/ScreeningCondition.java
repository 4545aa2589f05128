package org.bwc.articlex.screening;

/** Conditions attached to a controlled item (docs/rules.md); stored by name in results. */
public enum ScreeningCondition {
    END_USE_ASSURANCE,
    END_USER_CERTIFICATE,
    NO_RE_EXPORT,
    /** Only for biological agents, toxins and genetic elements. */
    FACILITY_BSL_ADEQUATE
}
