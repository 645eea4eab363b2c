package dev.northstar.okr.errors;

/**
 * A change the host refused the caller for want of a permission, as the host decided it when asked to make the
 * change (Jira's issue or link service refusing the user), named by the field at fault (or null) and an i18n message
 * key. The REST layer answers it with 403, like the guard's own refusals made before anything is asked of the host.
 */
public class ForbiddenException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
