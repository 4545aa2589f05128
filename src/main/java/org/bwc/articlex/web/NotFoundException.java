package org.bwc.articlex.web;

/** Unknown, or not visible to the caller: both answer 404 so that no other party's case can be probed. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
