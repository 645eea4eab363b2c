package dev.northstar.okr.rest;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.errors.RefusedException;

/**
 * A refusal that only the REST layer makes: 401 for an anonymous caller, 403 for one without the permission (or a
 * cross-site request), 415 for a body whose media type or character set cannot be read. Everything else a REST call
 * refuses is one of the app's own kinds ({@link InvalidInputException}, {@link NotFoundException}, {@link
 * ConflictException}), which {@link ErrorMapping} turns into 400, 404 and 409.
 */
public class ApiException extends RefusedException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private ApiException(int status, String field, String messageKey, Object... arguments) {
        super(field, messageKey, status + " " + messageKey, arguments);
        this.status = status;
    }

    /** 401: the call needs a logged-in user. */
    public static ApiException unauthorized(String messageKey) {
        return new ApiException(401, null, messageKey);
    }

    /** 403: the caller is known but lacks the permission. */
    public static ApiException forbidden(String field, String messageKey, Object... arguments) {
        return new ApiException(403, field, messageKey, arguments);
    }

    /** 415: the body's declared media type or character set is one the app cannot read. */
    public static ApiException unsupportedMediaType(String messageKey) {
        return new ApiException(415, null, messageKey);
    }

    public int status() {
        return status;
    }
}
