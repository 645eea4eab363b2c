package dev.northstar.okr.reading;

import dev.northstar.okr.domain.Checks;
import dev.northstar.okr.errors.InvalidInputException;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** One key result with the issues and values behind its figures, now or as of any instant. */
@Path("keyresults")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class KeyResultReadResource {
    private final OkrReadService okrs;
    private final Guard guard;

    @Inject
    public KeyResultReadResource(OkrReadService okrs, Guard guard) {
        this.okrs = okrs;
        this.guard = guard;
    }

    /**
     * Key result {@code key} measured at {@code asOf} (an ISO instant such as 2015-08-01T00:00:00Z, or a date meaning
     * its start in UTC; now when left out). 200; 400 for an unreadable asOf or one outside the years 1 to 9999; 401
     * anonymous; 404 for an issue that is not a key result, that the caller cannot browse, or that belongs to no
     * cycle; 409 before the app's setup.
     */
    @GET
    @Path("{key}")
    public KeyResultDetail keyResult(@PathParam("key") String key, @QueryParam("asOf") String asOf) {
        guard.browser(key);
        return okrs.keyResult(key, asOf(asOf));
    }

    /** The instant asked for, within the years 1 to 9999 (400 {@code okr.error.instantRange} outside them). */
    static Instant asOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = Instant.parse(text.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                at = LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidInputException("asOf", "okr.error.asOf");
            }
        }
        return Checks.instant(at, "asOf");
    }
}
