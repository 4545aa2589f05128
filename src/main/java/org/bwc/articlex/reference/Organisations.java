package org.bwc.articlex.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** International organisations recognised as offering parties (PRODUCT §1, issue 4). Codes are group suffixes. */
public final class Organisations {

    private static final Map<String, String> RECOGNISED = new LinkedHashMap<>();

    static {
        RECOGNISED.put("WHO", "World Health Organization");
        RECOGNISED.put("WOAH", "World Organisation for Animal Health");
        RECOGNISED.put("FAO", "Food and Agriculture Organization of the United Nations");
        RECOGNISED.put("OPCW", "Organisation for the Prohibition of Chemical Weapons");
        RECOGNISED.put("IFBA", "International Federation of Biosafety Associations");
        RECOGNISED.put("AFRICACDC", "Africa Centres for Disease Control and Prevention");
        RECOGNISED.put("INTERPOL", "International Criminal Police Organization");
        RECOGNISED.put("UNODA", "United Nations Office for Disarmament Affairs");
    }

    private Organisations() {
    }

    public static boolean isRecognised(String code) {
        return code != null && RECOGNISED.containsKey(code);
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : RECOGNISED.get(code));
    }

    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(RECOGNISED);
    }
}
