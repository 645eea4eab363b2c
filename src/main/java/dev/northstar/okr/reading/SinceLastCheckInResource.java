package dev.northstar.okr.reading;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.rest.Guard;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What Jira knows about a key result since its last check-in: the evidence the Key Result panel's check-in form
 * starts from, for whoever may browse the key result. Its own root path, longer than the check-ins' own, so that it is
 * matched before them.
 */
@Path("keyresults/{key}/checkins/since")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SinceLastCheckInResource {
    private final OkrReadService okrs;
    private final Guard guard;

    @Inject
    public SinceLastCheckInResource(OkrReadService okrs, Guard guard) {
        this.okrs = okrs;
        this.guard = guard;
    }

    /**
     * Progress at the last check-in (at the cycle's start before the first) and now, the issues completed since and
     * those that entered or left the scope, issues the caller may not browse counted, not named. 200; 401 anonymous;
     * 404 for an issue that is not a key result, that the caller cannot browse, or that belongs to no cycle; 409
     * before the app's setup.
     */
    @GET
    @LicensedOnly
    public SinceLastCheckIn since(@PathParam("key") String key) {
        guard.browser(key);
        return okrs.sinceLastCheckIn(key);
    }
}
