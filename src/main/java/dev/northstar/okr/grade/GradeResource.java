package dev.northstar.okr.grade;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Grades of a closed cycle: given by the graded issue's editors, listed to anyone who may see the cycle, but only
 * for issues the caller may browse (a grade must not reveal an issue).
 */
@Path("cycles/{id}/grades")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class GradeResource {
    private final GradeService grades;
    private final CycleService cycles;
    private final Guard guard;

    @Inject
    public GradeResource(GradeService grades, CycleService cycles, Guard guard) {
        this.grades = grades;
        this.cycles = cycles;
        this.guard = guard;
    }

    /** The cycle's grades of issues the caller may browse. 200; 401; 404 for a cycle the caller cannot see. */
    @GET
    @LicensedOnly
    public GradesView list(@PathParam("id") String id) {
        Caller caller = guard.loggedIn();
        StoredCycle cycle = cycles.requireVisible(caller, id);
        return new GradesView(cycle.id(), grades.inCycle(cycle).stream()
                .filter(grade -> guard.mayBrowse(caller, grade.issueKey()))
                .map(GradeView::of).toList());
    }

    /**
     * Grades an objective or key result: {@code score} 0.0 to 1.0, {@code note} optional. A re-grade replaces the
     * grade. 200 with the grade; 400 naming the field at fault; 401; 403 without edit permission on the issue;
     * 404 for a cycle or issue the caller cannot see; 409 while the cycle is open.
     */
    @PUT
    @Path("{issueKey}")
    @LicensedOnly
    public GradeView grade(@PathParam("id") String id, @PathParam("issueKey") String issueKey, String body) {
        Caller caller = guard.loggedIn();
        StoredCycle cycle = cycles.requireVisible(caller, id);
        guard.editor(issueKey);
        JsonInput in = JsonInput.parse(body);
        return GradeView.of(grades.grade(cycle, issueKey, in.number("score"), in.text("note", ""), caller.key()));
    }
}
