package dev.northstar.okr.rest;

import dev.northstar.okr.errors.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The request headers JAX-RS parses for the app (Content-Type and Accept), read defensively before anything else
 * asks for them: Jersey parses them lazily and, on a value it cannot read, fails deep inside matching or reading the
 * body, which would answer 500 or an empty 400. Each client mistake gets its own translated refusal instead: a
 * Content-Type that is not exactly one media type, or names a character set this Java does not have, is a 415; an
 * Accept header that cannot be read is a 400.
 */
final class RequestHeaders {
    private RequestHeaders() {
    }

    /** The request's media type (null without a body type), once the headers are known to be readable. */
    static MediaType check(ContainerRequestContext request) {
        MediaType type = contentType(request.getHeaders().get("Content-Type"));
        try {
            request.getAcceptableMediaTypes();
        } catch (RuntimeException unreadable) {
            throw new InvalidInputException(null, "okr.error.accept");
        }
        return type;
    }

    static MediaType contentType(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        // one header, one media type: "application/json, text/plain" is two and names no body type
        if (values.size() > 1 || values.get(0) == null || values.get(0).isBlank() || values.get(0).contains(",")) {
            throw ApiException.unsupportedMediaType("okr.error.contentType");
        }
        MediaType type;
        try {
            type = MediaType.valueOf(values.get(0).strip());
        } catch (RuntimeException unreadable) {
            throw ApiException.unsupportedMediaType("okr.error.contentType");
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            throw ApiException.unsupportedMediaType("okr.error.contentType");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !supported(charset)) {
            throw ApiException.unsupportedMediaType("okr.error.charset");
        }
        return type;
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }
}
