package org.bwc.articlex.screening;

/**
 * The stated end use and end user of a request.
 *
 * @param statement       what the items will be used for; blank counts as missing
 * @param facility        the receiving facility
 * @param biosafetyLevel  the facility's biosafety level (1-4), or null when not stated
 */
public record EndUse(String statement, String facility, Integer biosafetyLevel) {

    public EndUse {
        if (biosafetyLevel != null && (biosafetyLevel < 1 || biosafetyLevel > 4)) {
            throw new IllegalArgumentException("biosafetyLevel must be 1-4, was " + biosafetyLevel);
        }
    }
}
