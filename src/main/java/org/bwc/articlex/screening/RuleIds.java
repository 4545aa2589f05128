package org.bwc.articlex.screening;

import java.util.Set;

/**
 * Stable ids of the screening rules that are not control-list entries. They are item-level findings,
 * so they may ground a restriction (docs/rules.md); ids must never change once decisions cite them.
 */
public final class RuleIds {

    /** Goods whose description cannot be identified (empty, gibberish, too vague). */
    public static final String UNRECOGNISED_ITEM = "SCR-UNRECOGNISED-ITEM";
    /** A control code was given that is not in the loaded control list. */
    public static final String UNKNOWN_CONTROL_CODE = "SCR-UNKNOWN-CONTROL-CODE";
    /** A controlled item with no (or an empty) end-use statement. */
    public static final String NO_END_USE = "SCR-NO-END-USE";
    /** The facility's biosafety level is missing or below the agent's WHO risk group. */
    public static final String BSL_BELOW_RISK_GROUP = "SCR-BSL-BELOW-RISK-GROUP";
    /** A WHO risk group 4 agent: always expert review. */
    public static final String RISK_GROUP_4 = "SCR-RISK-GROUP-4";
    /** Listed equipment named without the capacity its control threshold needs. */
    public static final String CAPACITY_UNKNOWN = "SCR-CAPACITY-UNKNOWN";
    /** A genus with listed species is named without the species (e.g. "Brucella spp."). */
    public static final String SPECIES_UNSPECIFIED = "SCR-SPECIES-UNSPECIFIED";
    /** A species listed only for some strains/types/pathovars is named without that qualifier. */
    public static final String STRAIN_UNSPECIFIED = "SCR-STRAIN-UNSPECIFIED";
    /** The item's kind contradicts its description: equipment naming only a listed agent, or the reverse. */
    public static final String KIND_MISMATCH = "SCR-KIND-MISMATCH";
    /** An agent (or organism material) naming no organism the screening knows, listed or known unlisted. */
    public static final String UNKNOWN_ORGANISM = "SCR-UNKNOWN-ORGANISM";
    /** The item's control code names an entry its description does not: a person resolves it. */
    public static final String CONTROL_CODE_MISMATCH = "SCR-CONTROL-CODE-MISMATCH";
    /** Inactivated material of a risk group 4 agent: not a live agent, but the inactivation is checked. */
    public static final String INACTIVATION_UNVERIFIED = "SCR-INACTIVATION-UNVERIFIED";
    /** Goods named with a munition word but no biological agent: a person checks what they are for. */
    public static final String MUNITION_WITHOUT_AGENT = "SCR-MUNITION-WITHOUT-AGENT";
    /** Legal ground: the item is a weapon or means of delivery (BWC Article I). */
    public static final String WEAPON_OR_MEANS_OF_DELIVERY = "SCR-WEAPON-OR-MEANS-OF-DELIVERY";

    /** Prefix of the legal-ground ids for UN Security Council measures: {@code UNSC-<resolution>-<ISO3>}. */
    public static final String UNSC_PREFIX = "UNSC-";

    public static final Set<String> SYNTHETIC = Set.of(
            UNRECOGNISED_ITEM, UNKNOWN_CONTROL_CODE, NO_END_USE, BSL_BELOW_RISK_GROUP, RISK_GROUP_4,
            CAPACITY_UNKNOWN, SPECIES_UNSPECIFIED, STRAIN_UNSPECIFIED, KIND_MISMATCH,
            UNKNOWN_ORGANISM, CONTROL_CODE_MISMATCH, INACTIVATION_UNVERIFIED, MUNITION_WITHOUT_AGENT,
            WEAPON_OR_MEANS_OF_DELIVERY);

    private RuleIds() {
    }
}
