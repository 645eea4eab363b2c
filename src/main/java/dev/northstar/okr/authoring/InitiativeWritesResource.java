package dev.northstar.okr.authoring;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
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

import java.util.Locale;

/**
 * An initiative (an epic or any issue) driving key results, linked from the initiative's side ("drive a key result"
 * on its panel): Jira checks the Link Issues permission on the initiative.
 */
@Path("initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class InitiativeWritesResource {
    private final LinkWrites links;
    private final Guard guard;

    @Inject
    public InitiativeWritesResource(LinkWrites links, Guard guard) {
        this.links = links;
        this.guard = guard;
    }

    /**
     * Makes the issue drive a key result: {@code keyResult} (a key). 200; 400 when the issue is an objective or a key
     * result; 401; 403 when Jira does not let the caller link the issue; 404 for an issue or key result the caller
     * cannot browse.
     */
    @POST
    @Path("{key}/keyresults")
    @LicensedOnly
    public KeyResultWritesResource.InitiativeLinkView drive(@PathParam("key") String key, String body) {
        Caller caller = guard.browser(key, "key");
        String keyResult = JsonInput.parse(body).text("keyResult").strip().toUpperCase(Locale.ROOT);
        guard.browser(keyResult, "keyResult");
        links.linkInitiative(caller, keyResult, key, true);
        return new KeyResultWritesResource.InitiativeLinkView(keyResult, key);
    }

    /** Stops the issue driving the key result, acting from the issue. 204; 400; 401; 403; 404. */
    @DELETE
    @Path("{key}/keyresults/{keyResult}")
    @LicensedOnly
    public void stop(@PathParam("key") String key, @PathParam("keyResult") String keyResult) {
        Caller caller = guard.browser(key, "key");
        guard.browser(keyResult, "keyResult");
        links.unlinkInitiative(caller, keyResult, key, true);
    }
}
