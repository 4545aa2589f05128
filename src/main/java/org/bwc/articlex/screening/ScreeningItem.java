package org.bwc.articlex.screening;

import org.bwc.articlex.reference.ItemKind;

import java.util.Objects;

/**
 * One requested item.
 *
 * @param index       the item's position in the request, echoed in findings
 * @param quantity    number of units; it does not change the classification, because control
 *                    thresholds are per unit (a 50 L fermenter is controlled, ten 5 L ones are not)
 * @param controlCode a control-list rule id if the requester or an officer classified the item; when
 *                    given it decides the classification, and it must exist in the list
 */
public record ScreeningItem(int index, ItemKind kind, String description, int quantity, String controlCode) {

    public ScreeningItem {
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
    }
}
