package dev.northstar.okr.errors;

import java.util.Objects;

/**
 * A request that is well formed but conflicts with what is stored (closing a closed cycle, grading an open one),
 * named by the field at fault (or null) and an i18n message key. Plain Java, so that rules can throw it; the REST
 * layer answers it with 409.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey, null, false, false);
        this.field = field;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
