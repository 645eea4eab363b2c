package dev.northstar.okr.authoring;

import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.ForbiddenException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;
import dev.northstar.okr.settings.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Creates an objective with its key results in one go, as the user, through Jira's issue and link services: the
 * Objective issue, a Key Result issue per key result (a metric's start, target and unit in its own Jira fields), the
 * "measures" link from each key result to the objective, and the app's settings of each (cycle, commitment, owner,
 * weights, kinds).
 *
 * <p>Nothing is half made silently. Everything the app can check, and Jira's own validation of every issue, is done
 * before the first issue is created. Should Jira still refuse a step (or anything fail) once issues exist, the issues
 * already created are deleted again, as the user, newest first, and the request answers Jira's refusal as if nothing
 * had been tried. Only when Jira refuses to delete them too (the user may create issues without the Delete Issues
 * permission) does the answer change: 409, naming each issue that was kept, so that the user can finish or delete
 * them in Jira.
 */
public class ObjectiveCreation {
    public static final int MAX_KEY_RESULTS = 5;
    /** Jira's summary field holds 255 characters. */
    static final int MAX_SUMMARY = 255;
    /** Jira's number field refuses 10^14 and beyond. */
    static final long MAX_VALUE = 99_999_999_999_999L;
    private static final Logger LOG = LoggerFactory.getLogger(ObjectiveCreation.class);

    private final IssueWrites writes;
    private final OkrSchemaStore schemas;
    private final SettingsService settings;
    private final CycleService cycles;
    private final ObjectiveSettingsRepository objectiveSettings;
    private final KeyResultSettingsRepository keyResultSettings;
    private final OkrReadService reads;

    public ObjectiveCreation(IssueWrites writes, OkrSchemaStore schemas, SettingsService settings, CycleService cycles,
                             ObjectiveSettingsRepository objectiveSettings,
                             KeyResultSettingsRepository keyResultSettings, OkrReadService reads) {
        this.writes = writes;
        this.schemas = schemas;
        this.settings = settings;
        this.cycles = cycles;
        this.objectiveSettings = objectiveSettings;
        this.keyResultSettings = keyResultSettings;
        this.reads = reads;
    }

    /** Whether the caller may create objectives in the project: OKRs enabled there, and Jira lets them create. */
    public boolean mayCreateIn(String projectKey) {
        return schemas.current().complete() && settings.current().enabledProjects().contains(projectKey)
                && writes.mayCreate(projectKey) && writes.mayLinkIn(projectKey);
    }

    /**
     * Creates the objective and its key results. Refuses (creating nothing) with 400 naming the field at fault, 403
     * when Jira does not let the caller create or link issues in the project, 409 when OKRs are not enabled there,
     * setup is incomplete or the cycle is closed; see the class comment for a refusal once issues exist.
     */
    public CreatedObjective create(Caller caller, ObjectiveDraft draft) {
        OkrSchema schema = schemas.current();
        if (!schema.complete()) {
            throw new ConflictException(null, "okr.error.setupIncomplete");
        }
        String project = draft.project();
        if (!settings.current().enabledProjects().contains(project)) {
            throw new ConflictException("project", "okr.error.projectNotEnabled", project);
        }
        if (!writes.mayCreate(project)) {
            throw new ForbiddenException("project", "okr.error.createRequired", project);
        }
        if (!draft.keyResults().isEmpty() && !writes.mayLinkIn(project)) {
            throw new ForbiddenException("keyResults", "okr.error.linkRequiredIn", project);
        }
        StoredCycle cycle = cycle(caller, draft);
        String summary = summary("summary", draft.summary());
        // the app's settings, checked before anything is made: the key is filled in once Jira has given one
        ObjectiveSettings objective = new ObjectiveSettings("NEW-1", cycle.id(), draft.committed(),
                Weight.of(draft.weight()), draft.owner());
        if (draft.keyResults().size() > MAX_KEY_RESULTS) {
            throw new InvalidInputException("keyResults", "okr.error.tooManyKeyResults", MAX_KEY_RESULTS);
        }
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < draft.keyResults().size(); i++) {
            planned.add(plan(schema, project, draft.keyResults().get(i), "keyResults[" + i + "]."));
        }
        NewIssue objectiveIssue = new NewIssue(project, schema.objectiveTypeId(), summary, List.of());
        Map<String, String> objectiveFields = Map.of("summary", "summary", "pid", "project", "issuetype", "project");
        // Jira's own validation of every issue, before the first is created
        refuseUnless(writes.check(objectiveIssue), objectiveFields, "summary", null);
        for (Planned kr : planned) {
            refuseUnless(writes.check(kr.issue()), kr.fields(), kr.prefix() + "summary", null);
        }
        List<String> created = new ArrayList<>();
        try {
            String objectiveKey = made(writes.create(objectiveIssue), objectiveFields, "summary");
            created.add(objectiveKey);
            List<String> krKeys = new ArrayList<>();
            for (Planned kr : planned) {
                String key = made(writes.create(kr.issue()), kr.fields(), kr.prefix() + "summary");
                created.add(key);
                krKeys.add(key);
            }
            for (int i = 0; i < krKeys.size(); i++) {
                Written<Void> linked = writes.link(new LinkChange(krKeys.get(i), objectiveKey,
                        schema.measuresLinkTypeId(), true));
                refuseUnless(linked, Map.of(), "keyResults[" + i + "]", krKeys.get(i));
            }
            objectiveSettings.save(new ObjectiveSettings(objectiveKey, objective.cycleId(), objective.committed(),
                    objective.weight(), objective.owner()));
            List<CreatedObjective.IssueView> views = new ArrayList<>();
            for (int i = 0; i < krKeys.size(); i++) {
                KeyResultSettings s = planned.get(i).settings();
                keyResultSettings.save(new KeyResultSettings(krKeys.get(i), s.kind(), s.goal(), s.weight(),
                        s.source(), s.statusWeights(), s.focusMetric()));
                views.add(new CreatedObjective.IssueView(krKeys.get(i), planned.get(i).issue().summary(),
                        s.kind().id()));
            }
            created.forEach(key -> reads.forgetIssue(key, created));
            return new CreatedObjective(new CreatedObjective.IssueView(objectiveKey, summary, null), views,
                    cycle.id());
        } catch (RefusedException refused) {
            throw undone(created, refused);
        } catch (RuntimeException failed) {
            RefusedException kept = undone(created, null);
            if (kept != null) {
                LOG.error("Northstar OKR could not finish creating an objective; kept {}", created, failed);
                throw kept;
            }
            throw failed;
        }
    }

    /** A key result's issue and settings, checked: the Jira fields its values go to, and the request's names. */
    private record Planned(NewIssue issue, KeyResultSettings settings, Map<String, String> fields, String prefix) {
    }

    private Planned plan(OkrSchema schema, String project, KeyResultDraft kr, String prefix) {
        String summary = summary(prefix + "summary", kr.summary());
        KeyResultKind kind = kr.kind() == null ? KeyResultKind.ISSUE_COUNT : kr.kind();
        List<FieldValue> values = new ArrayList<>();
        Direction direction = Direction.INCREASE;
        if (kind == KeyResultKind.METRIC) {
            if (kr.start() == null) {
                throw new InvalidInputException(prefix + "start", "okr.error.metricValuesMissing");
            }
            if (kr.target() == null) {
                throw new InvalidInputException(prefix + "target", "okr.error.metricValuesMissing");
            }
            number(prefix + "start", kr.start());
            number(prefix + "target", kr.target());
            if (kr.start().equals(kr.target())) {
                throw new InvalidInputException(prefix + "target", "okr.error.targetEqualsStart");
            }
            direction = kr.target() < kr.start() ? Direction.DECREASE : Direction.INCREASE;
            values.add(FieldValue.number(schema.startFieldId(), kr.start()));
            values.add(FieldValue.number(schema.targetFieldId(), kr.target()));
            values.add(FieldValue.number(schema.currentFieldId(), kr.start()));
            String unit = kr.unit() == null ? "" : kr.unit().strip();
            if (unit.length() > MAX_SUMMARY) {
                throw new InvalidInputException(prefix + "unit", "okr.error.textTooLong", MAX_SUMMARY);
            }
            if (!unit.isEmpty()) {
                values.add(FieldValue.text(schema.unitFieldId(), unit));
            }
        }
        Direction chosen = direction;
        KeyResultSettings checked = prefixed(prefix, () -> new KeyResultSettings("NEW-1", kind,
                new KeyResultSettings.MetricGoal(chosen, null, null), Weight.of(kr.weight()),
                KeyResultSettings.Source.NONE, null, false));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("summary", prefix + "summary");
        fields.put(schema.startFieldId(), prefix + "start");
        fields.put(schema.targetFieldId(), prefix + "target");
        fields.put(schema.currentFieldId(), prefix + "start");
        fields.put(schema.unitFieldId(), prefix + "unit");
        return new Planned(new NewIssue(project, schema.keyResultTypeId(), summary, values), checked, fields, prefix);
    }

    private StoredCycle cycle(Caller caller, ObjectiveDraft draft) {
        StoredCycle cycle = cycles.visible(caller, Long.toString(draft.cycleId()))
                .filter(c -> c.global() || c.projectKey().equals(draft.project()))
                .orElseThrow(() -> new InvalidInputException("cycleId", "okr.error.cycleNotFound", draft.cycleId()));
        if (cycle.closed()) {
            throw new ConflictException("cycleId", "okr.error.cycleClosed", cycle.cycle().name());
        }
        return cycle;
    }

    private static String summary(String field, String text) {
        String summary = text == null ? "" : text.strip();
        if (summary.isEmpty()) {
            throw new InvalidInputException(field, "okr.error.required");
        }
        if (summary.length() > MAX_SUMMARY) {
            throw new InvalidInputException(field, "okr.error.textTooLong", MAX_SUMMARY);
        }
        return summary;
    }

    static void number(String field, Double value) {
        if (value != null && Math.abs(value) > MAX_VALUE) {
            throw new InvalidInputException(field, "okr.error.valueTooLarge", MAX_VALUE);
        }
    }

    /** Runs {@code build}; a refusal of the domain's is re-thrown naming the item's field ({@code keyResults[0].}). */
    private static <T> T prefixed(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.field() == null ? null : prefix + invalid.field(),
                    invalid.messageKey(), invalid.arguments());
        }
    }

    private static String made(Written<String> written, Map<String, String> fields, String fallback) {
        refuseUnless(written, fields, fallback, null);
        return written.value();
    }

    private static void refuseUnless(Written<?> written, Map<String, String> fields, String fallback, String key) {
        if (!written.ok()) {
            throw Refusals.of(written, fields, fallback, key);
        }
    }

    /**
     * Deletes what was created, newest first, as the user. Answers the refusal to report: {@code refused} itself when
     * everything was deleted (or nothing was created), else a conflict naming the issues kept.
     */
    private RefusedException undone(List<String> created, RefusedException refused) {
        List<String> kept = new ArrayList<>();
        for (int i = created.size() - 1; i >= 0; i--) {
            String key = created.get(i);
            Written<Void> deleted;
            try {
                deleted = writes.delete(key);
            } catch (RuntimeException failed) {
                LOG.warn("Northstar OKR could not delete {} again", key, failed);
                deleted = Written.refused(Written.Refusal.INVALID, List.of(), Map.of());
            }
            if (!deleted.ok()) {
                kept.add(0, key);
            }
        }
        for (String key : created) {
            if (!kept.contains(key)) {
                objectiveSettings.delete(key);
                keyResultSettings.delete(key);
            }
            reads.forgetIssue(key, created);
        }
        if (kept.isEmpty()) {
            return refused;
        }
        return new ConflictException(refused == null ? null : refused.field(), "okr.error.authoring.partial",
                refused == null ? "" : Refusals.jiraText(refused), String.join(", ", kept));
    }
}
