package org.bwc.articlex.funding;

/**
 * Published inside the transaction that records, confirms or receives a pledge of a request, so that listeners (the
 * metrics' funding figures) commit or roll back together with it. A pledge changes no status: this is its event.
 */
public record PledgesChanged(String requestId) {
}
