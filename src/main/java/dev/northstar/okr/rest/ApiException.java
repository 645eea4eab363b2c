package dev.northstar.okr.rest;

import java.util.Objects;

/**
 * A refusal to send to the REST client: an HTTP status, the field at fault (or null) and an i18n message key.
 * The mapper translates it; nothing else about the server ever reaches the client.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public ApiException(int status, String field, String messageKey, Object... arguments) {
        super(status + " " + messageKey, null, false, false);
        this.status = status;
        this.field = field;
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
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
