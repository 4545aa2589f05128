package org.bwc.articlex.screening;

/** The only grounds on which assistance may be denied under Article III (docs/rules.md). */
public enum LegalGround {
    /** A UN Security Council measure bars the transfer of the item to the requesting State. */
    UNSC_MEASURE,
    /** The item is a weapon or a means of delivery. */
    WEAPON_OR_MEANS_OF_DELIVERY
}
