package org.bwc.articlex.web;

/** The case is not in a state that accepts this action (answered with 409; nothing changed). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
