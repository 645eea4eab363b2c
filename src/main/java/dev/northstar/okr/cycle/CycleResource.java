package dev.northstar.okr.cycle;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Objects;

/**
 * Cycles: listed for anyone logged in (a project's only for its browsers), managed (created, changed, closed,
 * deleted) by Jira administrators (global cycles) and project administrators (their project's). The rules are {@link CycleService}'s; this class reads
 * input and asks the guard.
 */
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CycleResource {
    private final CycleService cycles;
    private final Guard guard;

    @Inject
    public CycleResource(CycleService cycles, Guard guard) {
        this.cycles = cycles;
        this.guard = guard;
    }

    /**
     * Global cycles and the project's (without a project: of every project the caller may browse), newest start
     * first. 200; 401; 404 for a project that does not exist or that the caller cannot browse.
     */
    @GET
    @LicensedOnly
    public CyclesView list(@QueryParam("project") String project) {
        String projectKey = blankToNull(project);
        Caller caller = projectKey == null ? guard.loggedIn() : guard.projectBrowser(projectKey, "project");
        return new CyclesView(cycles.list(caller, projectKey).stream().map(c -> view(caller, c)).toList());
    }

    /** One cycle. 200; 401; 404 for an unknown cycle or one of a project the caller cannot browse. */
    @GET
    @Path("{id}")
    @LicensedOnly
    public CycleView get(@PathParam("id") String id) {
        Caller caller = guard.loggedIn();
        return view(caller, cycles.requireVisible(caller, id));
    }

    /**
     * Creates a cycle: {@code name}, {@code start}, {@code end} (ISO instants or dates), {@code project} (a key, or
     * null / left out for a global cycle). 201 with the cycle; 400 naming the field at fault (end not after start
     * included); 401; 403 when the caller may not manage cycles there; 404 for a project the caller cannot
     * browse.
     */
    @POST
    @LicensedOnly
    public Response create(String body) {
        Caller caller = guard.loggedIn();
        JsonInput in = JsonInput.parse(body);
        String projectKey = blankToNull(in.text("project", null));
        mayManage(projectKey);
        Cycle cycle = CycleService.cycle(in.text("name"), CycleDates.start("start", in.text("start")),
                CycleDates.end("end", in.text("end")));
        StoredCycle created = cycles.create(cycle, projectKey);
        return Response.status(Response.Status.CREATED).entity(view(caller, created)).build();
    }

    /**
     * Changes an open cycle. Fields left out keep their value; {@code "project": null} makes it global (moving a
     * cycle needs the right to manage cycles in both places). 200; 400; 401; 403; 404; 409 for a closed cycle.
     */
    @PUT
    @Path("{id}")
    @LicensedOnly
    public CycleView update(@PathParam("id") String id, String body) {
        Caller caller = guard.loggedIn();
        StoredCycle visible = cycles.requireVisible(caller, id);
        mayManage(visible.projectKey());
        JsonInput in = JsonInput.parse(body);
        // merged onto the cycle as stored when the change runs (one at a time per cycle), asking again who may
        // manage it there: another change may have moved it meanwhile
        StoredCycle changed = cycles.update(visible.id(), current -> {
            if (!Objects.equals(current.projectKey(), visible.projectKey())) {
                mayManage(current.projectKey());
            }
            String projectKey = in.present("project") ? blankToNull(in.text("project", null)) : current.projectKey();
            if (!Objects.equals(projectKey, current.projectKey())) {
                mayManage(projectKey);
            }
            Instant start = in.optionalText("start").map(t -> CycleDates.start("start", t))
                    .orElse(current.cycle().start());
            Instant end = in.optionalText("end").map(t -> CycleDates.end("end", t)).orElse(current.cycle().end());
            Cycle cycle = CycleService.cycle(in.text("name", current.cycle().name()), start, end);
            return new StoredCycle(current.id(), cycle, projectKey, current.closedAt());
        });
        return view(caller, changed);
    }

    /**
     * Closes an open cycle now, so that its OKRs can be graded. No body needed. 200 with the closed cycle; 401;
     * 403; 404; 409 when it is closed already (the first close stays).
     */
    @POST
    @Path("{id}/close")
    @LicensedOnly
    public CycleView close(@PathParam("id") String id) {
        Caller caller = guard.loggedIn();
        StoredCycle current = cycles.requireVisible(caller, id);
        mayManage(current.projectKey());
        return view(caller, cycles.close(current));
    }

    /**
     * Deletes a cycle, open or closed, when nothing is placed in it. No body needed (send {@code {}} or the
     * {@code X-Atlassian-Token: no-check} header). 204; 401; 403 when the caller may not manage cycles there; 404;
     * 409 naming what is placed in it (the objectives the caller may browse, the others counted; or its grades).
     */
    @DELETE
    @Path("{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") String id) {
        Caller caller = guard.loggedIn();
        StoredCycle visible = cycles.requireVisible(caller, id);
        mayManage(visible.projectKey());
        cycles.delete(caller, visible.id(), current -> {
            // moved meanwhile: the right to manage it where it is now counts
            if (!Objects.equals(current.projectKey(), visible.projectKey())) {
                mayManage(current.projectKey());
            }
        });
        return Response.noContent().build();
    }

    /** 404 for a project the caller cannot see, else 403 unless they may manage its cycles. */
    private void mayManage(String projectKey) {
        if (projectKey == null) {
            guard.permitted(caller -> cycles.mayManage(caller, null), "okr.error.adminRequired");
        } else {
            guard.projectBrowser(projectKey, "project");
            guard.permitted(caller -> cycles.mayManage(caller, projectKey), "okr.error.projectAdminRequired",
                    projectKey);
        }
    }

    private CycleView view(Caller caller, StoredCycle cycle) {
        return CycleView.of(cycle, cycles.mayManage(caller, cycle.projectKey()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
