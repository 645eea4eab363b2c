package dev.northstar.okr.rest;

import dev.northstar.okr.errors.InvalidInputException;

/**
 * A refusal to send to the REST client: an HTTP status besides the field at fault (or null) and the i18n message
 * key with its arguments. The mapper translates it; nothing else about the server ever reaches the client.
 */
public class ApiException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String field, String messageKey, Object... arguments) {
        super(field, messageKey, status + " " + messageKey, arguments);
        this.status = status;
    }

    public static ApiException badRequest(String field, String messageKey, Object... arguments) {
        return new ApiException(400, field, messageKey, arguments);
    }

    public static ApiException notFound(String field, String messageKey, Object... arguments) {
        return new ApiException(404, field, messageKey, arguments);
    }

    public static ApiException conflict(String field, String messageKey, Object... arguments) {
        return new ApiException(409, field, messageKey, arguments);
    }

    public int status() {
        return status;
    }
}
