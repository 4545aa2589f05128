package org.bwc.articlex.screening;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which enumerated legal grounds (docs/rules.md) an item's own screening findings establish. A ground is read from the
 * item's rule ids only, never from the request as a whole: a Security Council measure found on one item does not
 * make another item a weapon.
 */
public final class ItemGrounds {

    private ItemGrounds() {
    }

    public static Set<LegalGround> supported(ItemFinding item) {
        Set<LegalGround> grounds = EnumSet.noneOf(LegalGround.class);
        if (item.rules().stream().anyMatch(r -> r.startsWith(RuleIds.UNSC_PREFIX))) {
            grounds.add(LegalGround.UNSC_MEASURE);
        }
        if (item.rules().contains(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY)) {
            grounds.add(LegalGround.WEAPON_OR_MEANS_OF_DELIVERY);
        }
        return grounds;
    }

    /**
     * A Security Council measure bars the item for the requesting State: the screening found the measure and
     * proposed the item's denial. No Member State may approve it (UN Charter, Article 25). An item that names a
     * listed entry but could not be determined (e.g. no capacity given) is referred, not barred: the manager
     * decides it.
     */
    public static boolean barredBySecurityCouncil(ItemFinding item) {
        return item.outcome() == ScreeningOutcome.DENIED && supported(item).contains(LegalGround.UNSC_MEASURE);
    }
}
