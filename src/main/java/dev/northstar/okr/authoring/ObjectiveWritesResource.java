package dev.northstar.okr.authoring;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Objectives written into Jira as the caller: a new objective with its key results, and its alignment to a parent
 * objective. Every change is made through Jira's issue and link services, so Jira's permissions and validation apply;
 * what Jira refuses is answered in Jira's words. The class path is the bare "objectives", next to the settings
 * resource's "objectives/{key}/settings".
 */
@Path("objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ObjectiveWritesResource {
    private final ObjectiveCreation creation;
    private final LinkWrites links;
    private final Guard guard;

    @Inject
    public ObjectiveWritesResource(ObjectiveCreation creation, LinkWrites links, Guard guard) {
        this.creation = creation;
        this.links = links;
        this.guard = guard;
    }

    /** An objective aligned to its parent. */
    public record AlignmentView(String key, String parent) {
    }

    /**
     * Creates an objective with up to five key results: {@code project} (a key), {@code cycleId}, {@code summary},
     * {@code owner}, {@code committed}, {@code weight}, and {@code keyResults}, each with {@code summary},
     * {@code kind} (issue-count, story-points, metric, milestone), {@code weight} and, for a metric, {@code start},
     * {@code target} and {@code unit}. 201 with the issues made; 400 naming the field at fault (Jira's words for what
     * Jira refuses); 401; 403 when Jira does not let the caller create or link issues in the project; 404 for a
     * project the caller cannot browse; 409 when OKRs are not enabled in the project, setup is incomplete, the cycle is
     * closed, or (rarely) Jira refused a later step and kept issues it would not delete again (named in the message).
     */
    @POST
    @LicensedOnly
    public Response create(String body) {
        Caller caller = guard.loggedIn();
        JsonInput in = JsonInput.parse(body);
        String project = in.text("project").strip().toUpperCase(Locale.ROOT);
        guard.projectBrowser(project, "project");
        long cycleId = in.integer("cycleId", -1);
        if (cycleId < 0) {
            throw new InvalidInputException("cycleId", "okr.error.required");
        }
        List<KeyResultDraft> keyResults = new ArrayList<>();
        for (JsonInput kr : in.objects("keyResults")) {
            String kind = kr.text("kind", KeyResultKind.ISSUE_COUNT.id());
            keyResults.add(new KeyResultDraft(kr.text("summary", ""), kind(kr, kind), kr.number("weight", 1.0),
                    kr.optionalNumber("start").orElse(null), kr.optionalNumber("target").orElse(null),
                    kr.text("unit", "")));
        }
        ObjectiveDraft draft = new ObjectiveDraft(project, cycleId, in.text("summary", ""), in.text("owner", ""),
                in.bool("committed", false), in.number("weight", 1.0), keyResults);
        CreatedObjective created = creation.create(caller, draft);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The kind a key result names, refused naming the item's field. */
    private static KeyResultKind kind(JsonInput kr, String kind) {
        try {
            return KeyResultKind.fromId(kind);
        } catch (InvalidInputException unknown) {
            // the domain names its field "kind"; the request's is the item's
            throw new InvalidInputException(kr.fieldName("kind"), unknown.messageKey(), unknown.arguments());
        }
    }

    /**
     * Aligns the objective to a parent objective: {@code parent} (a key). 200; 400 when the parent is no objective or
     * would close a loop; 401; 403 when Jira does not let the caller link the objective; 404 for an objective or parent
     * the caller cannot browse; 409 when it aligns to another parent already.
     */
    @POST
    @Path("{key}/parent")
    @LicensedOnly
    public AlignmentView align(@PathParam("key") String key, String body) {
        Caller caller = guard.browser(key, "key");
        String parent = JsonInput.parse(body).text("parent").strip().toUpperCase(Locale.ROOT);
        guard.browser(parent, "parent");
        links.alignToParent(caller, key, parent);
        return new AlignmentView(key, parent);
    }

    /** Removes the objective's alignment to its parent. 204 (also when it aligned to none); 401; 403; 404. */
    @DELETE
    @Path("{key}/parent")
    @LicensedOnly
    public void unalign(@PathParam("key") String key) {
        Caller caller = guard.browser(key, "key");
        links.unlinkParent(caller, key);
    }

    /**
     * Lets go of an objective aligned to this one, acting from this one (Jira checks the Link Issues permission on it).
     * 204; 401; 403; 404 when the child does not align to it or the caller cannot browse either.
     */
    @DELETE
    @Path("{key}/children/{childKey}")
    @LicensedOnly
    public void unlinkChild(@PathParam("key") String key, @PathParam("childKey") String childKey) {
        Caller caller = guard.browser(key, "key");
        guard.browser(childKey, "childKey");
        links.unlinkChild(caller, key, childKey);
    }
}
