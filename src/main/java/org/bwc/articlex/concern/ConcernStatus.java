package org.bwc.articlex.concern;

/** The statuses of a concern (docs/concerns.md). */
public enum ConcernStatus {
    RAISED,
    ACKNOWLEDGED,
    IN_CONSULTATION,
    RESOLVED,
    REFERRED_TO_MSP;

    public boolean isOpen() {
        return this != RESOLVED && this != REFERRED_TO_MSP;
    }
}
