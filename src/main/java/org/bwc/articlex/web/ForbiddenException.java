package org.bwc.articlex.web;

/** The caller is known but may not take this action (answered with 403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
