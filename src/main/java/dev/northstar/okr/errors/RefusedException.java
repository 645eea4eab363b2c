package dev.northstar.okr.errors;

import java.util.Arrays;
import java.util.Objects;

/**
 * Something the app refuses to do, named by the field at fault (or null) and an i18n message key with its
 * arguments: the common part of the three kinds that services and rules throw ({@link InvalidInputException},
 * {@link NotFoundException}, {@link ConflictException}). Catch it where any refusal is shown the same way (a
 * screen that prints the translated message instead of the panel); the REST layer answers each kind with its own
 * status.
 */
public abstract class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    /** With the message {@code field: key [arguments]}, for logs. */
    protected RefusedException(String field, String messageKey, Object... arguments) {
        this(field, messageKey, field + ": " + messageKey
                + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)), arguments);
    }

    /** With an English message for logs and the command line, besides the key for translation. */
    protected RefusedException(String field, String messageKey, String message, Object[] arguments) {
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
