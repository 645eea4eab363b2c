package dev.northstar.okr.keyresult;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.JsonInput;
import dev.northstar.okr.reading.FocusMetricRule;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

/**
 * How a key result is measured, and the ratings of its initiatives: read by whoever may browse the KR issue,
 * changed by its editors. The rules are the domain's ({@link KeyResultSettings}, {@link Initiative}); this class
 * reads input onto the stored values. The class path is the bare "keyresults", shared with the read resource's
 * {@code GET /keyresults/{key}}: JAX-RS picks one root resource per request by its path alone, so a class path of
 * "keyresults/{key}" would take that GET and answer it 404 (the playground, serving every resource together, showed it).
 */
@Path("keyresults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class KeyResultResource {
    private final KeyResultSettingsRepository settings;
    private final InitiativeRepository initiatives;
    private final Guard guard;
    private final JqlCheck jqlCheck;
    private final FocusMetricRule focusRule;

    @Inject
    public KeyResultResource(KeyResultSettingsRepository settings, InitiativeRepository initiatives, Guard guard,
                             JqlCheck jqlCheck, FocusMetricRule focusRule) {
        this.settings = settings;
        this.initiatives = initiatives;
        this.guard = guard;
        this.jqlCheck = jqlCheck;
        this.focusRule = focusRule;
    }

    /**
     * The KR's settings (defaults until configured) and its visible initiatives' ratings; the stored JQL only for
     * those who may edit the KR ({@code null} for the others: a query may name issues they cannot see). 200; 401; 404.
     */
    @GET
    @Path("{key}/settings")
    @LicensedOnly
    public KeyResultSettingsView get(@PathParam("key") String key) {
        Caller caller = guard.browser(key);
        return view(caller, key);
    }

    /**
     * Changes the KR's settings; fields left out keep their value ({@code "low": null} clears a band end). The caller
     * becomes the owner of the KR's query, which then runs with their permissions, so a query (sent or kept) is
     * checked by Jira as the caller on every save. 200 with the settings as GET answers them; 400 naming the field at
     * fault (a {@code jql} Jira refuses for the caller, with Jira's messages); 401; 403 without edit permission; 404;
     * 409 when marking it the focus metric while another key result of the same owner and cycle is the focus (named
     * only if the caller may browse it), or when another change of it took too long.
     */
    @PUT
    @Path("{key}/settings")
    @LicensedOnly
    public KeyResultSettingsView put(@PathParam("key") String key, String body) {
        Caller caller = guard.editor(key);
        JsonInput in = JsonInput.parse(body);
        // merged onto the settings as stored when the change runs: one change at a time per KR, whatever node
        settings.change(key, now -> merged(caller, key, in, now));
        return view(caller, key);
    }

    /** The body read onto the stored settings, checked as the caller; throws (storing nothing) when refused. */
    private KeyResultSettings merged(Caller caller, String key, JsonInput in, KeyResultSettings now) {
        // read in the order of the fields, so that the first bad one is the one reported
        KeyResultSettings changed = new KeyResultSettings(key,
                in.optionalText("kind").map(KeyResultKind::fromId).orElse(now.kind()),
                new KeyResultSettings.MetricGoal(
                        in.optionalText("direction").map(Direction::fromId).orElse(now.goal().direction()),
                        in.present("low") ? in.optionalNumber("low").orElse(null) : now.goal().low(),
                        in.present("high") ? in.optionalNumber("high").orElse(null) : now.goal().high()),
                Weight.of(in.number("weight", now.weight().value())),
                // whoever saves the settings owns the query: it runs with their permissions from now on
                new KeyResultSettings.Source(in.text("jql", now.source().jql()),
                        in.optionalText("metricFrom").map(KeyResultIds::metricFrom).orElse(now.source().metricFrom()),
                        in.text("aggregateField", now.source().aggregateField()), caller.key()),
                statusWeights(in, now.statusWeights()),
                in.bool("focusMetric", now.focusMetric()));
        if (!changed.source().jql().isEmpty()) {
            // on every save, sent or kept: the caller becomes the query's owner, so it must run for them
            List<String> problems = jqlCheck.problems(changed.source().jql());
            if (!problems.isEmpty()) {
                throw new InvalidInputException("jql", "okr.error.jqlInvalid", String.join(" ", problems));
            }
        }
        if (in.present("focusMetric") && changed.focusMetric()) {
            // only when someone marks it: stored data that breaks the rule must not block unrelated changes
            focusRule.focusTakenBy(key).ifPresent(other -> {
                throw guard.mayBrowse(caller, other)
                        ? new ConflictException("focusMetric", "okr.error.focusTaken", other)
                        : new ConflictException("focusMetric", "okr.error.focusMetric");
            });
        }
        return changed;
    }

    /**
     * How many issues a query finds for the caller, before they store it (body {@code {"jql": "..."}}): Jira checks it
     * as on a save (its parser, then its validator, as the caller), then searches as the caller, so the count never
     * includes an issue they may not browse. Stores nothing. 200 with the count; 400 field {@code jql} (required, too
     * long, or {@code okr.error.jqlInvalid} with Jira's messages); 401; 403 without edit permission on the KR; 404.
     */
    @POST
    @Path("{key}/jql-preview")
    @LicensedOnly
    public JqlPreviewView preview(@PathParam("key") String key, String body) {
        guard.editor(key);
        String jql = JsonInput.parse(body).text("jql", "").strip();
        if (jql.isEmpty()) {
            throw new InvalidInputException("jql", "okr.error.required");
        }
        if (jql.length() > KeyResultSettings.MAX_JQL) {
            throw new InvalidInputException("jql", "okr.error.textTooLong", KeyResultSettings.MAX_JQL);
        }
        JqlCheck.Preview preview = jqlCheck.preview(jql);
        if (!preview.valid()) {
            throw new InvalidInputException("jql", "okr.error.jqlInvalid", String.join(" ", preview.problems()));
        }
        return new JqlPreviewView(key, jql, preview.count());
    }

    /**
     * The key result's own status weights after a change: unchanged when the body names none of the three, cleared
     * (the admin's default applies) when it sets one to null, else the given ones over the current own weights (or
     * done-only when it had none).
     */
    private static StatusWeights statusWeights(JsonInput in, StatusWeights now) {
        List<String> fields = List.of("weightToDo", "weightInProgress", "weightDone");
        if (fields.stream().noneMatch(in::present)) {
            return now;
        }
        if (fields.stream().anyMatch(f -> in.present(f) && !in.has(f))) {
            return null;
        }
        StatusWeights base = now == null ? StatusWeights.DONE_ONLY : now;
        return new StatusWeights(in.number("weightToDo", base.toDo()), in.number("weightInProgress", base.inProgress()),
                in.number("weightDone", base.done()));
    }

    /**
     * Rates one initiative of the KR: {@code scope} (must-have, nice-to-have, not-in-scope), {@code impact} and
     * {@code effort} (1 to 5, 0 for not scored); fields left out keep their value. The initiative must be an issue
     * the caller may browse. 200 with the rating; 400 naming the field at fault; 401; 403 without edit permission
     * on the KR; 404 for a KR or initiative the caller cannot browse.
     */
    @PUT
    @Path("{key}/initiatives/{initiativeKey}")
    @LicensedOnly
    public KeyResultSettingsView.InitiativeView rate(@PathParam("key") String key,
                                                     @PathParam("initiativeKey") String initiativeKey, String body) {
        guard.editor(key);
        guard.browser(initiativeKey, "initiativeKey");
        if (initiativeKey.equals(key)) {
            throw new InvalidInputException("initiativeKey", "okr.error.initiativeIsKeyResult");
        }
        JsonInput in = JsonInput.parse(body);
        Initiative rated = initiatives.change(key, initiativeKey, now -> initiative(initiativeKey,
                in.optionalText("scope").map(KeyResultIds::scope).orElse(now.scope()),
                in.integer("impact", now.impact()), in.integer("effort", now.effort())));
        return KeyResultSettingsView.InitiativeView.of(rated);
    }

    private KeyResultSettingsView view(Caller caller, String key) {
        Optional<KeyResultSettings> stored = settings.find(key);
        return KeyResultSettingsView.of(stored.orElseGet(() -> KeyResultSettings.defaults(key)), stored.isPresent(),
                guard.mayEdit(caller, key),
                initiatives.list(key).stream().filter(i -> guard.mayBrowse(caller, i.issueKey())).toList());
    }

    /** The domain names its fields {@code initiative.impact} and so on; in a request they are {@code impact}. */
    private static Initiative initiative(String key, dev.northstar.okr.domain.InitiativeScope scope, int impact,
                                         int effort) {
        return InvalidInputException.withoutFieldPrefix("initiative.",
                () -> new Initiative(key, scope, impact, effort));
    }
}
