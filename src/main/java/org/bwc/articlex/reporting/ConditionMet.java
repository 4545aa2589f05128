package org.bwc.articlex.reporting;

/** The requesting State's answer in its completion report: were the conditions of item {@code index} met? */
public record ConditionMet(int index, String condition, boolean met, String note) {
}
