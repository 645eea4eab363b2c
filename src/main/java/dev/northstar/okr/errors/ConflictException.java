package dev.northstar.okr.errors;

/**
 * A request that is well formed but conflicts with what is stored or running (closing a closed cycle, grading an
 * open one, a setup run while another holds the lock), named by the field at fault (or null) and an i18n message
 * key. The REST layer answers it with 409.
 */
public class ConflictException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** With an English message for logs, besides the key for translation. */
    protected ConflictException(String field, String messageKey, String message, Object[] arguments) {
        super(field, messageKey, message, arguments);
    }
}
