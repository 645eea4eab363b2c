package dev.northstar.okr.errors;

import java.util.function.Supplier;

/**
 * Input that the app refuses (a value out of range, a missing field, malformed JSON), named by the field at fault
 * and an i18n message key with its arguments. Rules throw it (the domain's {@code DomainException} is one); the
 * REST layer answers it with 400, and the command line prints its English message on one line.
 */
public class InvalidInputException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** With an English message for logs and the command line, besides the key for translation. */
    protected InvalidInputException(String field, String messageKey, String message, Object[] arguments) {
        super(field, messageKey, message, arguments);
    }

    /**
     * Runs {@code build}; when it refuses its input, throws the same refusal with {@code prefix} taken off the field
     * at fault ({@code cycle.end} becomes {@code end}): the domain names its fields after its own types, a request
     * after the request's properties.
     */
    public static <T> T withoutFieldPrefix(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException invalid) {
            String field = invalid.field();
            throw new InvalidInputException(field != null && field.startsWith(prefix)
                    ? field.substring(prefix.length()) : field, invalid.messageKey(), invalid.arguments());
        }
    }
}
