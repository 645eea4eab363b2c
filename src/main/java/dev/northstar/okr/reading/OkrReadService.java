package dev.northstar.okr.reading;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.checkin.CheckInRepository;
import dev.northstar.okr.checkin.CheckInSubject;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.host.Texts;
import dev.northstar.okr.keyresult.InitiativeRepository;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.progress.Measurement;
import dev.northstar.okr.progress.ObjectiveProgress;
import dev.northstar.okr.progress.PlanProgress;
import dev.northstar.okr.progress.SprintReview;
import dev.northstar.okr.progress.SprintReviewer;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import dev.northstar.okr.reading.OkrViews.SprintReviewView;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static dev.northstar.okr.reading.ViewValues.cycle;
import static dev.northstar.okr.reading.ViewValues.iso;
import static dev.northstar.okr.reading.ViewValues.measurement;

/**
 * Reads a cycle's OKRs from Jira and the app's storage, measures them with the OKR engine and hands out views: the
 * objective tree, one key result with the issues behind its figures, and a sprint review. Figures count every issue
 * in scope; an issue the caller may not browse is counted as hidden and never named, in any list or note.
 *
 * <p>Jira is read in a fixed number of searches per view (objectives, issues by key, initiatives' children, the
 * sprint's issues, and one for what the caller may browse), whatever the number of key results: the engine then
 * works in memory. Those reads are cached cluster-wide, issue by issue ({@link SharedReads}): Jira's side of a cycle
 * for everyone, the caller's visibility per caller; a repeated view costs no search, and after an issue changes only
 * what that issue touched is read again ({@link #forgetIssue}).
 */
public class OkrReadService {
    private final CycleRepository cycles;
    private final ObjectiveSettingsRepository objectiveSettings;
    private final OkrSchemaStore schemaStore;
    private final SettingsService settings;
    private final OkrStructure structure;
    private final IssueFacts issueFacts;
    private final Texts texts;
    private final Clock clock;
    private final SharedReads reads;
    private final PlanLoader loader;
    private final Access access;
    private final KeyResultViews keyResultViews;
    private final ObjectiveViews objectiveViews;
    private final CheckInRepository checkIns;
    private final KeyResultSettingsRepository keyResultSettings;

    public OkrReadService(CycleRepository cycles, ObjectiveSettingsRepository objectiveSettings,
                          KeyResultSettingsRepository keyResultSettings, InitiativeRepository initiativeRatings,
                          CheckInRepository checkIns, OkrSchemaStore schemaStore, SettingsService settings,
                          OkrStructure structure, IssueFacts issueFacts, Texts texts, Clock clock, OkrCache cache,
                          Access access) {
        this.cycles = cycles;
        this.objectiveSettings = objectiveSettings;
        this.schemaStore = schemaStore;
        this.settings = settings;
        this.structure = structure;
        this.issueFacts = issueFacts;
        this.texts = texts;
        this.clock = clock;
        this.access = access;
        this.reads = new SharedReads(cache, structure, issueFacts, access, clock);
        this.loader = new PlanLoader(objectiveSettings, keyResultSettings, initiativeRatings, checkIns, settings,
                structure, issueFacts, texts, reads);
        this.keyResultViews = new KeyResultViews(texts);
        this.objectiveViews = new ObjectiveViews(texts, keyResultViews);
        this.checkIns = checkIns;
        this.keyResultSettings = keyResultSettings;
    }

    /**
     * The objective tree of a cycle in a project, measured now while the cycle runs (or has not started: its starting
     * point, without pace), and at its end once it ended or was closed. 404 for a cycle unknown to the project.
     */
    public ObjectiveTree objectiveTree(long cycleId, String projectKey) {
        StoredCycle cycle = cycleOf(cycleId, projectKey);
        OkrSchema schema = schema();
        Loaded loaded = loader.load(cycle, objectives(cycle, projectKey, schema), null, schema, null, List.of());
        Instant now = clock.instant();
        Measurement at = measurement(cycle, now, null);
        PlanProgress progress = loaded.engine().evaluate(loaded.resolved(), at.at(), false);
        return objectiveViews.tree(cycle(cycle, now), projectKey, at, loaded, progress);
    }

    /**
     * One key result measured at {@code asOf} (when null: now while its cycle runs, at the cycle's end once it ended or
     * was closed), with the issues and values behind its figures. 404 when the issue is not a key result the caller
     * may browse, or belongs to no cycle.
     */
    public KeyResultDetail keyResult(String key, Instant asOf) {
        MeasuredKeyResult m = loadKeyResult(key);
        Instant now = clock.instant();
        Measurement at = measurement(m.cycle(), now, asOf);
        String objectiveKey = m.loaded().hidden(m.objective().key()) ? null
                : m.loaded().plan().objectives().get(0).key();
        PlanProgress progress = m.loaded().engine().evaluate(m.loaded().resolved(), at.at(), true);
        return keyResultViews.detail(cycle(m.cycle(), now), objectiveKey, at, m.loaded(),
                progress.keyResult(m.kr().key()));
    }

    /**
     * What Jira knows about a key result since its last check-in, or since its cycle began before the first: progress
     * then and now, the issues completed since, and the issues that entered or left its scope
     * ({@link SinceLastCheckIns}), up to the instant its figures are measured at now. 404 as {@link #keyResult}.
     */
    public SinceLastCheckIn sinceLastCheckIn(String key) {
        MeasuredKeyResult m = loadKeyResult(key);
        String krKey = m.kr().key();
        List<CheckIn> last = checkIns.latest(krKey, 1);
        CheckIn lastCheckIn = last.isEmpty() ? null : last.get(0);
        Optional<List<String>> recorded = lastCheckIn == null ? Optional.empty()
                : checkIns.scopeAt(krKey, lastCheckIn.time());
        SinceLastCheckIns since = new SinceLastCheckIns(m.loaded(), krKey, HiddenIssues.leftOut(settings.current()),
                structure::browsable);
        return since.since(m.cycle().cycle().start(), measurement(m.cycle(), clock.instant(), null), lastCheckIn,
                recorded, valueUse(krKey).name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * The key result as a check-in records it: what a reported value is for, and the keys of the issues in its scope
     * now (as the caller's figures count them), null for a metric or a key result that cannot be measured now.
     */
    CheckInSubject.Subject checkInSubject(String key) {
        CheckInSubject.ValueUse use = valueUse(key);
        List<String> scope = null;
        if (use == CheckInSubject.ValueUse.NONE) {
            try {
                MeasuredKeyResult m = loadKeyResult(key);
                boolean measured = m.loaded().plan().objectives().stream().flatMap(o -> o.keyResults().stream())
                        .anyMatch(kr -> kr.key().equals(m.kr().key()) && kr.kind() != KeyResultKind.METRIC);
                scope = measured ? SinceLastCheckIns.scopeKeys(m.loaded(), m.kr().key()) : null;
            } catch (RefusedException notMeasured) {
                scope = null; // in no cycle, or before setup: nothing to record, and the check-in still counts
            }
        }
        return new CheckInSubject.Subject(use, scope);
    }

    /** What a value reported with a check-in is for, from the key result's settings. */
    private CheckInSubject.ValueUse valueUse(String key) {
        KeyResultSettings s = keyResultSettings.find(key).orElseGet(() -> KeyResultSettings.defaults(key));
        if (s.kind() != KeyResultKind.METRIC) {
            return CheckInSubject.ValueUse.NONE;
        }
        return switch (s.source().metricFrom()) {
            case FIELD -> CheckInSubject.ValueUse.FIELD;
            case CHECK_IN -> CheckInSubject.ValueUse.CHECK_IN;
            default -> CheckInSubject.ValueUse.COMPUTED;
        };
    }

    /** A key result found and loaded as the caller may see it, with the objective and cycle it is measured in. */
    private record MeasuredKeyResult(OkrIssue kr, StoredCycle cycle, OkrIssue objective, Loaded loaded) {
    }

    /** Loads a key result the caller may browse; 404 when it is none, or belongs to no cycle. */
    private MeasuredKeyResult loadKeyResult(String key) {
        OkrSchema schema = schema();
        OkrIssue kr = structure.issue(key)
                .filter(i -> i.visible() && i.typeId().equals(schema.keyResultTypeId()))
                .orElseThrow(() -> new NotFoundException("key", "okr.error.keyResultNotFound", key));
        KeyResultCycles.Placement placed = KeyResultCycles.placement(kr, schema, structure, objectiveSettings, cycles)
                .orElseThrow(() -> new NotFoundException("key", "okr.error.keyResultNotInCycle", key));
        Loaded loaded = loader.load(placed.cycle(), List.of(placed.objective()), kr.key(), schema, null, List.of());
        return new MeasuredKeyResult(kr, placed.cycle(), placed.objective(), loaded);
    }

    /**
     * The review of a sprint: the key results its issues serve, wherever those key results live (the objectives placed
     * in every cycle the sprint started in, global or of any project; those the caller may not see are counted), so
     * that the review is the same whichever project was used to find the board ({@code projectKey} is only echoed).
     * 404 for a sprint no issue is in, a sprint none of whose issues' projects the caller may browse (its boards are not
     * theirs to see: it looks missing, name, dates and totals included) or a sprint that started in no cycle; 409 when the sprint field cannot be found
     * or the sprint has not started.
     */
    public SprintReviewView sprintReview(int sprintId, String projectKey) {
        OkrSchema schema = schema();
        AppSettings app = settings.current();
        FieldChoice sprintField = issueFacts.sprintField(app.sprintField());
        if (!sprintField.ok()) {
            throw new ConflictException(null, sprintField.problem().messageKey(), sprintField.messageArguments());
        }
        FieldChoice points = issueFacts.storyPointsField(app.storyPointsField());
        FactSet members = reads.facts("sprint-" + sprintId, new FactRequest(Set.of(), Set.of(), Set.of(), sprintId,
                points.id(), sprintField.id(), schema));
        Sprint sprint = members.sprints().get(sprintId);
        if (sprint == null || !browsesAnyProjectOf(members)) {
            // a sprint of boards the caller cannot see looks exactly like one that does not exist
            throw new NotFoundException("sprintId", "okr.error.sprintNotFound", String.valueOf(sprintId));
        }
        if (sprint.start() == null) {
            throw new ConflictException("sprintId", "okr.error.sprintNotStarted", sprint.name());
        }
        List<StoredCycle> started = SprintCycles.startedIn(cycles.list(null), sprint.start());
        if (started.isEmpty()) {
            throw new NotFoundException("sprintId", "okr.error.sprintOutsideCycles", sprint.name());
        }
        StoredCycle cycle = SprintCycles.named(started, access);
        List<OkrIssue> objectives = new ArrayList<>();
        Map<String, StoredCycle> cycleOfObjective = new LinkedHashMap<>();
        for (StoredCycle c : started) {
            for (OkrIssue o : objectivesOfEveryProject(c, schema)) {
                if (cycleOfObjective.putIfAbsent(o.key(), c) == null) {
                    objectives.add(o);
                }
            }
        }
        Loaded loaded = loader.load(cycle, objectives, null, schema, sprintField.id(), members.facts());
        SprintReview review = new SprintReviewer(loaded.engine()).review(loaded.resolved(), sprint, clock.instant());
        List<String> warnings = new ArrayList<>(loaded.warnings());
        if (!points.ok()) {
            warnings.add(texts.text(points.problem().messageKey(), points.messageArguments()));
        }
        return SprintReviewViews.review(sprint, projectKey, cycle(cycle, clock.instant()), review, loaded, warnings,
                SprintCycles.ofKeyResults(loaded.plan(), cycleOfObjective));
    }

    /** The objectives placed in a cycle, in every project (one read per project that has any). */
    private List<OkrIssue> objectivesOfEveryProject(StoredCycle cycle, OkrSchema schema) {
        List<OkrIssue> found = new ArrayList<>();
        SprintCycles.byProject(objectiveSettings.inCycle(cycle.id())).forEach((project, keys) ->
                found.addAll(reads.objectives(cycle.id(), project, keys, schema)));
        return found;
    }

    /**
     * Each objective of a cycle in a project as of each of {@code instants}, for the overview's trend chart. One read
     * of Jira (the same searches as the tree): the engine then evaluates the loaded plan as of every instant, so an
     * issue counts from the moment it was done and a metric from the moment its value was set. Objectives the caller
     * may not browse are left out. 404 as {@link #objectiveTree}.
     */
    public ProgressSeries progressSeries(long cycleId, String projectKey, List<Instant> instants) {
        StoredCycle cycle = cycleOf(cycleId, projectKey);
        OkrSchema schema = schema();
        Loaded loaded = loader.load(cycle, objectives(cycle, projectKey, schema), null, schema, null, List.of());
        return series(cycle, loaded, instants);
    }

    /**
     * The objective tree and, from the same read, the progress series at the instants {@code weeks} gives for the
     * instant the tree is measured at (the overview's trend chart): one plan loaded, not two.
     */
    public TreeAndSeries objectiveTreeAndSeries(long cycleId, String projectKey,
                                                Function<Instant, List<Instant>> weeks) {
        StoredCycle cycle = cycleOf(cycleId, projectKey);
        OkrSchema schema = schema();
        Loaded loaded = loader.load(cycle, objectives(cycle, projectKey, schema), null, schema, null, List.of());
        Instant now = clock.instant();
        Measurement at = measurement(cycle, now, null);
        PlanProgress progress = loaded.engine().evaluate(loaded.resolved(), at.at(), false);
        ObjectiveTree tree = objectiveViews.tree(cycle(cycle, now), projectKey, at, loaded, progress);
        return new TreeAndSeries(tree, series(cycle, loaded, weeks.apply(at.at())));
    }

    /** An objective tree and its objectives' progress over time. */
    public record TreeAndSeries(ObjectiveTree tree, ProgressSeries series) {
    }

    private ProgressSeries series(StoredCycle cycle, Loaded loaded, List<Instant> instants) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (Instant t : instants) {
            for (ObjectiveProgress o : loaded.engine().evaluate(loaded.resolved(), t, false).flatten()) {
                if (!loaded.hidden(o.key())) {
                    series.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o.progress());
                }
            }
        }
        return new ProgressSeries(cycle(cycle, clock.instant()), instants.stream().map(ViewValues::iso).toList(), series);
    }

    /**
     * Whether the caller may browse at least one project the sprint's issues are in: a board's sprints hold the issues
     * of the board's projects, so these are the projects of its boards as far as Jira's issues tell them.
     */
    private boolean browsesAnyProjectOf(FactSet sprintIssues) {
        Optional<Caller> caller = access.caller();
        if (caller.isEmpty()) {
            return false;
        }
        Set<String> projects = new TreeSet<>();
        sprintIssues.facts().forEach(f -> projects.add(f.key().substring(0, f.key().lastIndexOf('-'))));
        return projects.stream().anyMatch(p -> access.canBrowseProject(caller.get(), p));
    }

    /**
     * Forgets what the read service shares about one issue, on every node: called by the Jira listener when the issue
     * changes, with the issues a change item says it was linked to or unlinked from.
     */
    public void forgetIssue(String issueKey, Collection<String> linkedKeys) {
        reads.forget(issueKey, linkedKeys);
    }

    /**
     * Forgets who may see what, for every caller on every node: called by the Jira listener when an issue's security
     * level or project changed.
     */
    public void forgetVisibility() {
        reads.forgetVisibility();
    }

    /** The objectives placed in the cycle, as Jira has them in the project. */
    private List<OkrIssue> objectives(StoredCycle cycle, String projectKey, OkrSchema schema) {
        List<String> keys = objectiveSettings.inCycle(cycle.id()).stream().map(ObjectiveSettings::issueKey).toList();
        return reads.objectives(cycle.id(), projectKey, keys, schema);
    }

    private OkrSchema schema() {
        OkrSchema schema = schemaStore.current();
        if (schema.objectiveTypeId() == null || schema.keyResultTypeId() == null
                || schema.measuresLinkTypeId() == null || schema.drivesLinkTypeId() == null) {
            throw new ConflictException(null, "okr.error.setupIncomplete");
        }
        return schema;
    }

    private StoredCycle cycleOf(long cycleId, String projectKey) {
        return cycles.get(cycleId)
                .filter(c -> c.global() || c.projectKey().equals(projectKey))
                .orElseThrow(() -> new NotFoundException("cycleId", "okr.error.cycleNotFound", String.valueOf(cycleId)));
    }
}
