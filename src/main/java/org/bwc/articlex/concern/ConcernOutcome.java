package org.bwc.articlex.concern;

/** A manager's decision at the end of consultations ({@code decideConcernOutcome}). */
public enum ConcernOutcome {
    RESOLVED,
    REFERRED_TO_MSP
}
