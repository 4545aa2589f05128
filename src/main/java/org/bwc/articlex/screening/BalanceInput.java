package org.bwc.articlex.screening;

import org.bwc.articlex.reference.StateParty;

import java.util.Objects;

/**
 * @param requester      the requesting State Party (its code must be the one the request was screened for)
 * @param screening      the Article III screening to check, possibly amended by an officer since
 * @param precedents     past outcomes by item class
 * @param holdDays       days the request has been on hold so far
 * @param holdLimitDays  days after which a hold must be escalated
 */
public record BalanceInput(StateParty requester, ScreeningResult screening, Precedents precedents, long holdDays,
                           long holdLimitDays) {

    public BalanceInput {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(screening, "screening");
        precedents = precedents == null ? Precedents.none() : precedents;
        if (holdDays < 0 || holdLimitDays < 0) {
            throw new IllegalArgumentException("hold days must not be negative");
        }
    }
}
