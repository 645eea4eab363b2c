package dev.northstar.okr.reading;

import dev.northstar.okr.errors.NotFoundException;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A cycle's objective tree for a project. Licensed users only (REST v2 refuses others first); the guard then
 * requires that the caller may browse the project, and the service hides every issue the caller may not browse.
 */
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CycleObjectivesResource {
    private final OkrReadService okrs;
    private final Guard guard;

    @Inject
    public CycleObjectivesResource(OkrReadService okrs, Guard guard) {
        this.okrs = okrs;
        this.guard = guard;
    }

    /**
     * The objectives of cycle {@code cycleId} in project {@code project}, measured now. 200; 400 without a project;
     * 401 anonymous; 404 for a project the caller cannot browse or a cycle unknown to the project; 409 before the
     * app's Jira setup has run.
     */
    @GET
    @Path("{cycleId}/objectives")
    public ObjectiveTree objectives(@PathParam("cycleId") String cycleId, @QueryParam("project") String project) {
        guard.projectBrowser(project);
        return okrs.objectiveTree(id(cycleId), project);
    }

    static long id(String cycleId) {
        try {
            return Long.parseLong(cycleId);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException("cycleId", "okr.error.cycleNotFound", cycleId);
        }
    }
}
