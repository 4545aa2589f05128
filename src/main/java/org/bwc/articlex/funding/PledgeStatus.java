package org.bwc.articlex.funding;

/** Where a pledge stands: only CONFIRMED and RECEIVED pledges count towards a request's funding. */
public enum PledgeStatus {
    /** Made by (or for) a donor; awaits the secretariat's confirmation. */
    PLEDGED,
    /** Confirmed by the secretariat: counts as funding. */
    CONFIRMED,
    /** Declined by the secretariat, with a reason: never counts. */
    DECLINED,
    /** The funds arrived (recorded by the secretariat): still counts. */
    RECEIVED;

    boolean counts() {
        return this == CONFIRMED || this == RECEIVED;
    }
}
