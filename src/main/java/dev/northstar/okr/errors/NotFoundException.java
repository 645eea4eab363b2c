package dev.northstar.okr.errors;

/**
 * Something a request names that does not exist or that the caller may not see (a cycle, an issue, a sprint):
 * both look the same, so that a hidden thing does not leak. Named by the field that names it and an i18n message
 * key. The REST layer answers it with 404.
 */
public class NotFoundException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
