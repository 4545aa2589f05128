package org.bwc.articlex.intake;

import java.time.Instant;

/**
 * The requesting State changed its consent to circulation; published in the transaction of the change, so that
 * matching withdraws, in the same transaction, a pending proposal to a party no longer consented.
 */
public record CirculationChanged(String requestId, String requestingState, Circulation before, Circulation after,
        String by, Instant at) {
}
