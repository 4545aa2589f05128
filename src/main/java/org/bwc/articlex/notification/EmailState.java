package org.bwc.articlex.notification;

/** Where a notification's e-mail stands; the feed shows it as {@code email}. */
public enum EmailState {
    /** Not sent yet: waiting for its first attempt or for the next retry. */
    PENDING,
    /** Accepted by the SMTP server. Never sent again. */
    SENT,
    /** Retries exhausted (a Camunda incident is open) or the address is undeliverable; re-send once fixed. */
    FAILED
}
