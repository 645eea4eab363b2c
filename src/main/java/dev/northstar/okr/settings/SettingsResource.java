package dev.northstar.okr.settings;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The app's settings, for Jira administrators only: REST v2 refuses others before the call, and the guard checks
 * again (401 anonymous, 403 not an admin) so the rule holds wherever the resource runs.
 */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class SettingsResource {
    private final SettingsService settings;
    private final Guard guard;

    @Inject
    public SettingsResource(SettingsService settings, Guard guard) {
        this.settings = settings;
        this.guard = guard;
    }

    /** The settings in force. 200; 401 anonymous; 403 not a Jira admin. */
    @GET
    public AppSettings get() {
        guard.administrator();
        return settings.current();
    }

    /**
     * Changes settings. Fields left out keep their current value. 200 with the stored settings; 400 with the
     * field at fault for malformed JSON, a wrong type, NaN or a value out of range; 401; 403.
     */
    @PUT
    public AppSettings put(String body) {
        guard.administrator();
        JsonInput in = JsonInput.parse(body);
        // merged onto the settings stored when the change runs: one settings change at a time, on every node
        return settings.update(now -> new AppSettings(
                in.number("paceOnTrack", now.paceOnTrack()),
                in.number("paceAtRisk", now.paceAtRisk()),
                in.number("justStartedBelow", now.justStartedBelow()),
                in.integer("staleDays", now.staleDays()),
                in.texts("enabledProjects", now.enabledProjects()),
                in.text("storyPointsField", now.storyPointsField()),
                in.text("sprintField", now.sprintField()),
                in.number("weightToDo", now.weightToDo()),
                in.number("weightInProgress", now.weightInProgress()),
                in.number("weightDone", now.weightDone()),
                in.text("hiddenIssues", now.hiddenIssues())));
    }
}
