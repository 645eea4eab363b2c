package dev.northstar.okr.checkin;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Confidence check-ins on a key result: read by whoever may browse the KR issue, made by its editors. */
@Path("keyresults/{key}/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CheckInResource {
    private final CheckInService checkIns;
    private final Guard guard;

    @Inject
    public CheckInResource(CheckInService checkIns, Guard guard) {
        this.checkIns = checkIns;
        this.guard = guard;
    }

    /**
     * The newest check-ins ({@code limit}, 1 to 500, default 20), the total and the trend. 200; 400 for a bad
     * limit; 401; 404 for an issue the caller cannot browse.
     */
    @GET
    @LicensedOnly
    public CheckInsView history(@PathParam("key") String key, @QueryParam("limit") String limit) {
        guard.browser(key);
        return CheckInsView.of(checkIns.history(key, limit(limit)));
    }

    /**
     * Checks in for the caller now: {@code confidence} 1 to 10, {@code note} optional (why it moved), {@code value}
     * optional (the metric's value now, a finite number). 201 with the history as GET answers it; 400 naming the field
     * at fault (a value that is no number or not finite, like 1e999, included); 401; 403 without edit permission; 404.
     */
    @POST
    @LicensedOnly
    public Response add(@PathParam("key") String key, String body) {
        Caller caller = guard.editor(key);
        JsonInput in = JsonInput.parse(body);
        if (!in.has("confidence")) {
            throw new InvalidInputException("confidence", "okr.error.required");
        }
        checkIns.add(key, in.integer("confidence", 0), in.text("note", ""), in.optionalNumber("value").orElse(null),
                caller.key());
        return Response.status(Response.Status.CREATED)
                .entity(CheckInsView.of(checkIns.history(key, CheckInService.DEFAULT_LIMIT))).build();
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return CheckInService.DEFAULT_LIMIT;
        }
        if (!raw.strip().matches("[0-9]{1,9}")) {
            throw new InvalidInputException("limit", "okr.error.json.type.integer");
        }
        return Integer.parseInt(raw.strip());
    }
}
