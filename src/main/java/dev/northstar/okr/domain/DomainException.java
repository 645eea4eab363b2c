package dev.northstar.okr.domain;

/**
 * An invalid domain value. Carries a message key and the offending field so that later layers (REST, UI,
 * command line) can translate it; the message itself is plain English for logs and the command line.
 */
public final class DomainException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;

    public DomainException(String messageKey, String field, String message) {
        super(message);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
