package dev.northstar.okr.domain;

import dev.northstar.okr.errors.InvalidInputException;

/**
 * An invalid domain value. Carries a message key, its arguments and the offending field so that later layers
 * (REST, UI) can translate it; the message itself is plain English for logs and the command line.
 */
public final class DomainException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public DomainException(String messageKey, String field, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
