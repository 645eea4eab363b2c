package dev.northstar.okr.objective;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Weight;
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


/** An objective's cycle, commitment, weight and owner: read by whoever may browse the issue, set by its editors. */
@Path("objectives/{key}/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ObjectiveResource {
    private final ObjectiveSettingsRepository settings;
    private final CycleService cycles;
    private final Guard guard;

    @Inject
    public ObjectiveResource(ObjectiveSettingsRepository settings, CycleService cycles, Guard guard) {
        this.settings = settings;
        this.cycles = cycles;
        this.guard = guard;
    }

    /** The objective's settings. 200; 401; 404 for an issue the caller cannot browse. */
    @GET
    @LicensedOnly
    public ObjectiveSettingsView get(@PathParam("key") String key) {
        guard.browser(key);
        return settings.find(key).map(ObjectiveSettingsView::of)
                .orElseGet(() -> ObjectiveSettingsView.unconfigured(key));
    }

    /**
     * Changes the objective's settings: {@code cycleId} (required the first time; a cycle the caller may see),
     * {@code committed}, {@code weight}, {@code owner}; fields left out keep their value. 200; 400 naming the field
     * at fault; 401; 403 without edit permission; 404.
     */
    @PUT
    @LicensedOnly
    public ObjectiveSettingsView put(@PathParam("key") String key, String body) {
        Caller caller = guard.editor(key);
        JsonInput in = JsonInput.parse(body);
        Long cycleId = null;
        if (in.has("cycleId")) {
            int id = in.integer("cycleId", 0);
            StoredCycle cycle = cycles.visible(caller, Integer.toString(id))
                    .orElseThrow(() -> new InvalidInputException("cycleId", "okr.error.cycleNotFound", id));
            cycleId = cycle.id();
        }
        Long chosen = cycleId;
        // merged onto the settings as stored when the change runs: one change at a time per objective
        return ObjectiveSettingsView.of(settings.change(key, now -> new ObjectiveSettings(key,
                chosen != null ? chosen : now.map(ObjectiveSettings::cycleId)
                        .orElseThrow(() -> new InvalidInputException("cycleId", "okr.error.required")),
                in.bool("committed", now.map(ObjectiveSettings::committed).orElse(false)),
                Weight.of(in.number("weight", now.map(s -> s.weight().value()).orElse(1.0))),
                in.text("owner", now.map(ObjectiveSettings::owner).orElse("")))));
    }
}
