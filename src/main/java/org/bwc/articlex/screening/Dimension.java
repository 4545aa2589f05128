package org.bwc.articlex.screening;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Physical dimension of a control threshold, in one canonical unit so that "1 m³" and "1000 L" or
 * "2 L/min" and "120 L/h" compare directly.
 */
public enum Dimension {
    VOLUME_L("L"),
    /** A stated working volume: a lower bound of the total internal volume, never the total itself. */
    WORKING_VOLUME_L("L working volume"),
    FLOW_L_PER_H("L/h"),
    AREA_M2("m²"),
    ICE_KG_PER_24H("kg ice/24 h"),
    DROPLET_UM("µm"),
    CONTAINMENT_LEVEL("containment level"),
    PARAMETER_COUNT("parameters");

    private final String unit;

    Dimension(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    /** A dimension and the factor that converts the quantity's own unit into the canonical one. */
    record Scale(Dimension dimension, BigDecimal factor) {
    }

    /**
     * The dimension of a list quantity, read from its unit suffix (e.g. {@code flow_rate_l_per_h},
     * {@code filtration_area_m2_per_component}); empty when the suffix names no unit we can measure.
     */
    static Optional<Scale> ofQuantity(String quantity) {
        String q = quantity.toLowerCase(java.util.Locale.ROOT);
        if (q.contains("containment_level")) {
            return scale(CONTAINMENT_LEVEL, "1");
        }
        if (q.endsWith("parameters")) {
            return scale(PARAMETER_COUNT, "1");
        }
        if (q.endsWith("_l_per_h")) {
            return scale(FLOW_L_PER_H, "1");
        }
        if (q.endsWith("_l_per_min")) {
            return scale(FLOW_L_PER_H, "60");
        }
        if (q.endsWith("_m3_per_h")) {
            return scale(FLOW_L_PER_H, "1000");
        }
        if (q.endsWith("_kg_ice_per_24h") || q.endsWith("_kg_per_24h")) {
            return scale(ICE_KG_PER_24H, "1");
        }
        if (q.endsWith("_m2") || q.endsWith("_m2_per_component")) {
            return scale(AREA_M2, "1");
        }
        if (q.endsWith("_m3")) {
            return scale(VOLUME_L, "1000");
        }
        if (q.endsWith("_ml")) {
            return scale(VOLUME_L, "0.001");
        }
        if (q.endsWith("_l")) {
            return scale(VOLUME_L, "1");
        }
        if (q.endsWith("_um")) {
            return scale(DROPLET_UM, "1");
        }
        return Optional.empty();
    }

    private static Optional<Scale> scale(Dimension d, String factor) {
        return Optional.of(new Scale(d, new BigDecimal(factor)));
    }
}
