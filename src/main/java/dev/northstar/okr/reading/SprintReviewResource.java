package dev.northstar.okr.reading;

import dev.northstar.okr.errors.NotFoundException;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.reading.OkrViews.SprintReviewView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A sprint seen through a project's OKRs: how far each key result moved and how much of the sprint served one. */
@Path("sprints")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SprintReviewResource {
    private final OkrReadService okrs;
    private final Guard guard;

    @Inject
    public SprintReviewResource(OkrReadService okrs, Guard guard) {
        this.okrs = okrs;
        this.guard = guard;
    }

    /**
     * The review of sprint {@code sprintId}: the key results its issues serve in every cycle it started in, the same
     * whichever {@code project} was used to find its board. 200; 400 without a project; 401 anonymous; 404 for a
     * project the caller cannot browse, a sprint no issue is in, or a sprint that started in no cycle; 409 when the
     * sprint field is missing or ambiguous, the sprint has not started, or the app's setup has not run.
     */
    @GET
    @Path("{sprintId}/review")
    public SprintReviewView review(@PathParam("sprintId") String sprintId, @QueryParam("project") String project) {
        guard.projectBrowser(project);
        return okrs.sprintReview(id(sprintId), project);
    }

    static int id(String sprintId) {
        try {
            return Integer.parseInt(sprintId);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException("sprintId", "okr.error.sprintNotFound", sprintId);
        }
    }
}
