package dev.northstar.okr.authoring;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/**
 * A key result's own Jira fields (start, target, current value, unit) and its initiatives' links, written into Jira
 * as the caller through Jira's issue and link services. The class path is the bare "keyresults", shared with the
 * settings and read resources (JAX-RS picks one root resource per request by its path alone, and merges resources of
 * the same path); the initiative's path names its key {@code initiativeKey} as the rating's does.
 */
@Path("keyresults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class KeyResultWritesResource {
    private final ValueWrites values;
    private final LinkWrites links;
    private final Guard guard;

    @Inject
    public KeyResultWritesResource(ValueWrites values, LinkWrites links, Guard guard) {
        this.values = values;
        this.links = links;
        this.guard = guard;
    }

    /** An initiative linked to the key result it drives. */
    public record InitiativeLinkView(String keyResult, String initiative) {
    }

    /**
     * Writes the key result's values into its own Jira fields: any of {@code start}, {@code target}, {@code current}
     * (numbers; null clears) and {@code unit} (text; empty or null clears); fields left out keep their value. Jira keeps
     * each change in the history. 204; 400 naming the field (Jira's words for what Jira refuses); 401; 403
     * without edit permission on the issue; 404 for an issue the caller cannot browse or that is no key result.
     */
    @PUT
    @Path("{key}/values")
    @LicensedOnly
    public void setValues(@PathParam("key") String key, String body) {
        Caller caller = guard.editor(key);
        JsonInput in = JsonInput.parse(body);
        values.set(caller, key, new ValueWrites.Change(number(in, "start"), number(in, "target"),
                number(in, "current"), in.present("unit") ? new ValueWrites.Named<>(in.text("unit", "")) : null));
    }

    private static ValueWrites.Named<Double> number(JsonInput in, String field) {
        return in.present(field) ? new ValueWrites.Named<>(in.optionalNumber(field).orElse(null)) : null;
    }

    /**
     * Links an initiative (an epic or any issue but an objective or key result) to the key result, acting from the key
     * result: {@code issueKey}. 200; 400 for the key result itself, an objective or a key result; 401; 403 when Jira
     * does not let the caller link the key result; 404 for an issue the caller cannot browse.
     */
    @POST
    @Path("{key}/initiatives")
    @LicensedOnly
    public InitiativeLinkView link(@PathParam("key") String key, String body) {
        Caller caller = guard.browser(key, "key");
        String initiative = JsonInput.parse(body).text("issueKey").strip().toUpperCase(Locale.ROOT);
        guard.browser(initiative, "issueKey");
        links.linkInitiative(caller, key, initiative, false);
        return new InitiativeLinkView(key, initiative);
    }

    /** Unlinks an initiative from the key result, acting from the key result. 204; 400; 401; 403; 404. */
    @DELETE
    @Path("{key}/initiatives/{initiativeKey}")
    @LicensedOnly
    public void unlink(@PathParam("key") String key, @PathParam("initiativeKey") String initiativeKey) {
        Caller caller = guard.browser(key, "key");
        guard.browser(initiativeKey, "initiativeKey");
        links.unlinkInitiative(caller, key, initiativeKey, false);
    }
}
