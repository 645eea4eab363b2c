package dev.northstar.okr.errors;

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
}
