package dev.northstar.okr.errors;

import java.util.Arrays;
import java.util.Objects;

/**
 * Input that the app refuses, named by the field at fault and an i18n message key with its arguments. Plain Java
 * on purpose: rules throw it (the domain's {@code DomainException} is one), the REST layer turns it into a
 * translated 400 answer, and the command line prints its English message on one line.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(field, messageKey, field + ": " + messageKey
                + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)), arguments);
    }

    /** With an English message for logs and the command line, besides the key for translation. */
    protected InvalidInputException(String field, String messageKey, String message, Object[] arguments) {
        super(message);
        this.field = field;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments.clone();
    }

    /** The input field at fault (a JSON property path such as {@code paceOnTrack}), or null for the whole input. */
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
