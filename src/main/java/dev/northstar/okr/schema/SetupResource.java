package dev.northstar.okr.schema;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.rest.Guard;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.regex.Pattern;

/**
 * The app's Jira setup, for Jira administrators only (REST v2 refuses others first; the guard checks again:
 * 401 anonymous, 403 not a Jira admin). The rules live in {@link OkrSetup}; this class only translates.
 */
@Path("setup")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SetupResource {
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    private final OkrSetup setup;
    private final Guard guard;

    @Inject
    public SetupResource(OkrSetup setup, Guard guard) {
        this.setup = setup;
        this.guard = guard;
    }

    /** What exists of the app's schema, what is missing, and which enabled projects are ready. 200; 401; 403. */
    @GET
    public SetupStatus status() {
        guard.administrator();
        return setup.status();
    }

    /**
     * Runs setup now (after an administrator deleted something, say). 200 with what was kept, adopted, created or
     * blocked; 401; 403; 409 when another setup run holds the lock.
     */
    @POST
    public SetupReport run() {
        guard.administrator();
        SetupReport report = setup.run();
        if (!report.ran()) {
            throw new SetupBusyException();
        }
        return report;
    }

    /**
     * Enables OKRs in a project: adds Objective and Key Result to its issue type scheme (once) and to the enabled
     * projects. 200 with the project's status; 400 for a malformed key; 401; 403; 404 for an unknown project;
     * 409 when another setup run holds the lock.
     */
    @POST
    @Path("projects/{projectKey}")
    public ProjectStatus enable(@PathParam("projectKey") String projectKey) {
        guard.administrator();
        if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
            throw new InvalidInputException("projectKey", "okr.error.settings.projectKey",
                    String.valueOf(projectKey));
        }
        // a busy setup lock: OkrSetup throws SetupBusyException, a conflict
        return setup.enableProject(projectKey).orElseThrow(() ->
                new NotFoundException("projectKey", "okr.error.setup.unknownProject", projectKey));
    }
}
