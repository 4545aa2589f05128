package org.bwc.articlex.reference;

/** UN DESA World Economic Situation and Prospects country classification (LDC per the UN LDC list). */
public enum DevelopmentStatus {
    DEVELOPED,
    TRANSITION,
    DEVELOPING,
    LDC;

    /** Article X priority applies to developing countries, least developed countries included. */
    public boolean isDeveloping() {
        return this == DEVELOPING || this == LDC;
    }
}
