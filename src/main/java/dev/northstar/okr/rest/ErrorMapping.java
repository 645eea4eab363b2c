package dev.northstar.okr.rest;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.ForbiddenException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.host.Texts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

/**
 * Turns every failure of a REST call into an {@link ErrorBody} with a translated message. One place, so that no
 * resource can leak a stack trace: the app's refusals get their status here ({@link #status}), JAX-RS's own client
 * errors keep theirs, a body that could not be read whole is the client's 400, and anything else is logged here with
 * an incident id and answered with a plain 500 that names only that id.
 */
@Provider
public class ErrorMapping implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    /** Statuses that JAX-RS itself answers (unknown path, wrong method or media type) and that have a message. */
    private static final Set<Integer> HTTP_MESSAGES = Set.of(400, 404, 405, 406, 413, 415);

    private final Texts texts;

    public ErrorMapping(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof RefusedException refused && status(refused) != 500) {
            return answer(status(refused), refused.field(), refused.messageKey(), refused.arguments());
        }
        if (unreadableBody(failure)) {
            // the body ended before its announced length, or the connection broke while it arrived: the client's
            return answer(400, null, "okr.error.bodyUnreadable");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return HTTP_MESSAGES.contains(status)
                    ? answer(status, null, "okr.error.http." + status)
                    : answer(status, null, "okr.error.http.other", status);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Northstar OKR REST call failed, incident {}", incident, failure);
        return answer(500, null, "okr.error.internal", incident);
    }

    /** An I/O failure reading the request (the resources do no other I/O), possibly wrapped by JAX-RS. */
    private static boolean unreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * The HTTP status of a refusal: 400 for invalid input, 404 for something not found, 409 for a conflict, 403 for a
     * change the host refused the caller, and the Guard's own 401 or 403. The one place where the app's error kinds meet HTTP; a kind it does not know is a
     * bug, answered 500 and logged.
     */
    public static int status(RefusedException refused) {
        if (refused instanceof ApiException api) {
            return api.status();
        }
        if (refused instanceof NotFoundException) {
            return 404;
        }
        if (refused instanceof ConflictException) {
            return 409;
        }
        if (refused instanceof ForbiddenException) {
            return 403;
        }
        if (refused instanceof InvalidInputException) {
            return 400;
        }
        return 500;
    }

    private Response answer(int status, String field, String key, Object... arguments) {
        String message = texts.text(key, arguments);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, message, key, field))
                .build();
    }
}
