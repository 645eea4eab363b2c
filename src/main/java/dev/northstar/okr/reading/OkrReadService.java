package dev.northstar.okr.reading;

import dev.northstar.okr.checkin.CheckInRepository;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InvalidKeyResult;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.MetricSource;
import dev.northstar.okr.domain.MetricSpec;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.TimedValue;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.host.Texts;
import dev.northstar.okr.keyresult.InitiativeRepository;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.keyresult.MetricFrom;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.progress.CheckInSummary;
import dev.northstar.okr.progress.EngineOptions;
import dev.northstar.okr.progress.IssueEvidence;
import dev.northstar.okr.progress.KeyResultProgress;
import dev.northstar.okr.progress.MetricReading;
import dev.northstar.okr.progress.ObjectiveProgress;
import dev.northstar.okr.progress.OkrEngine;
import dev.northstar.okr.progress.Pace;
import dev.northstar.okr.progress.PlanProgress;
import dev.northstar.okr.progress.ResolvedPlan;
import dev.northstar.okr.progress.RollupTerm;
import dev.northstar.okr.progress.Scope;
import dev.northstar.okr.progress.SprintReview;
import dev.northstar.okr.progress.SprintReviewer;
import dev.northstar.okr.rest.ApiException;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;
import dev.northstar.okr.reading.OkrViews.AlignmentView;
import dev.northstar.okr.reading.OkrViews.CheckInView;
import dev.northstar.okr.reading.OkrViews.CompletedView;
import dev.northstar.okr.reading.OkrViews.CycleView;
import dev.northstar.okr.reading.OkrViews.EvidenceView;
import dev.northstar.okr.reading.OkrViews.InitiativeView;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.MetricView;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import dev.northstar.okr.reading.OkrViews.ObjectiveView;
import dev.northstar.okr.reading.OkrViews.PaceView;
import dev.northstar.okr.reading.OkrViews.SprintKeyResultView;
import dev.northstar.okr.reading.OkrViews.SprintReviewView;
import dev.northstar.okr.reading.OkrViews.SprintView;
import dev.northstar.okr.reading.OkrViews.TermView;
import dev.northstar.okr.reading.OkrViews.ValueView;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a cycle's OKRs from Jira and the app's storage, measures them with the OKR engine and hands out views: the
 * objective tree, one key result with the issues behind its figures, and a sprint review. Figures count every issue
 * in scope; an issue the caller may not browse is counted as hidden and never named, in any list or note.
 *
 * <p>Jira is read in a fixed number of searches per view (objectives, issues by key, initiatives' children, the
 * sprint's issues, and one for what the caller may browse), whatever the number of key results: the engine then
 * works in memory. Those reads are cached cluster-wide ({@link SharedReads}): Jira's side of a cycle for everyone,
 * the caller's visibility per caller; a repeated view costs no search until an issue changes.
 */
public class OkrReadService {
    /** Check-ins read per key result: about a year of weekly check-ins, enough for trend and staleness. */
    static final int CHECK_INS = 60;
    private static final Pattern ISSUE_KEY = Pattern.compile("\\b[A-Z][A-Z0-9_]*-[0-9]+\\b");

    private final CycleRepository cycles;
    private final ObjectiveSettingsRepository objectiveSettings;
    private final KeyResultSettingsRepository keyResultSettings;
    private final InitiativeRepository initiativeRatings;
    private final CheckInRepository checkIns;
    private final OkrSchemaStore schemaStore;
    private final SettingsService settings;
    private final OkrStructure structure;
    private final IssueFacts issueFacts;
    private final Texts texts;
    private final Clock clock;
    private final SharedReads reads;

    public OkrReadService(CycleRepository cycles, ObjectiveSettingsRepository objectiveSettings,
                          KeyResultSettingsRepository keyResultSettings, InitiativeRepository initiativeRatings,
                          CheckInRepository checkIns, OkrSchemaStore schemaStore, SettingsService settings,
                          OkrStructure structure, IssueFacts issueFacts, Texts texts, Clock clock, OkrCache cache,
                          Access access) {
        this.cycles = cycles;
        this.objectiveSettings = objectiveSettings;
        this.keyResultSettings = keyResultSettings;
        this.initiativeRatings = initiativeRatings;
        this.checkIns = checkIns;
        this.schemaStore = schemaStore;
        this.settings = settings;
        this.structure = structure;
        this.issueFacts = issueFacts;
        this.texts = texts;
        this.clock = clock;
        this.reads = new SharedReads(cache, structure, issueFacts, access);
    }

    /** The objective tree of a cycle in a project, measured now. 404 for a cycle unknown to the project. */
    public ObjectiveTree objectiveTree(long cycleId, String projectKey) {
        StoredCycle cycle = cycleOf(cycleId, projectKey);
        OkrSchema schema = schema();
        List<String> keys = objectiveSettings.inCycle(cycleId).stream().map(ObjectiveSettings::issueKey).toList();
        List<OkrIssue> objectives = reads.objectives(cycle.id(), projectKey, keys, schema);
        Loaded loaded = load(cycle, objectives, null, schema, null, List.of());
        Instant now = clock.instant();
        PlanProgress progress = loaded.engine().evaluate(loaded.resolved(), now, false);
        List<ObjectiveView> roots = new ArrayList<>();
        int hiddenRoots = 0;
        for (ObjectiveProgress root : progress.roots()) {
            ObjectiveView view = objectiveView(loaded, root);
            if (view == null) {
                hiddenRoots++;
            } else {
                roots.add(view);
            }
        }
        return new ObjectiveTree(cycleView(cycle), projectKey, iso(now), roots, hiddenRoots, loaded.warnings());
    }

    /**
     * One key result measured at {@code asOf} (now when null), with the issues and values behind its figures. 404 when
     * the issue is not a key result the caller may browse, or belongs to no cycle.
     */
    public KeyResultDetail keyResult(String key, Instant asOf) {
        OkrSchema schema = schema();
        OkrIssue kr = structure.issue(key)
                .filter(i -> i.visible() && i.typeId().equals(schema.keyResultTypeId()))
                .orElseThrow(() -> ApiException.notFound("key", "okr.error.keyResultNotFound", key));
        OkrLinks links = structure.links(List.of(kr), schema).getOrDefault(kr.key(), OkrLinks.NONE);
        OkrIssue objective = null;
        StoredCycle cycle = null;
        for (OkrIssue candidate : links.objectives()) {
            Optional<ObjectiveSettings> placed = objectiveSettings.find(candidate.key());
            Optional<StoredCycle> stored = placed.flatMap(s -> cycles.get(s.cycleId()));
            if (stored.isPresent()) {
                objective = candidate;
                cycle = stored.get();
                break;
            }
        }
        if (cycle == null) {
            throw ApiException.notFound("key", "okr.error.keyResultNotInCycle", key);
        }
        Loaded loaded = load(cycle, List.of(objective), kr.key(), schema, null, List.of());
        Instant at = asOf == null ? clock.instant() : asOf;
        Objective def = loaded.plan().objectives().get(0);
        PlanProgress progress = loaded.engine().evaluate(loaded.resolved(), at, true);
        KeyResultProgress p = progress.keyResult(kr.key());
        KeyResultView view = keyResultView(loaded, p);
        List<EvidenceView> evidence = new ArrayList<>();
        int hiddenIssues = 0;
        int hiddenDone = 0;
        double hiddenCredit = 0;
        for (IssueEvidence e : p.explanation().evidence()) {
            if (loaded.hidden(e.key())) {
                hiddenIssues++;
                hiddenDone += e.asOf().done() ? 1 : 0;
                hiddenCredit += e.asOf().credit();
                continue;
            }
            String via = e.via() == null || loaded.hidden(e.via()) ? null : e.via();
            IssueEvidence.Dates d = e.dates();
            evidence.add(new EvidenceView(e.key(), e.type(), via, iso(d.created()), e.asOf().inScope(),
                    e.asOf().done(), iso(d.doneAt()), d.doneSource().name().toLowerCase(java.util.Locale.ROOT),
                    e.points(), e.asOf().credit(), iso(d.inProgressAt()),
                    d.inProgressSource().name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<String> notes = new ArrayList<>(p.explanation().notes());
        notes.addAll(loaded.warnings()); // such as several focus metrics of the objective's owner
        return new KeyResultDetail(cycleView(cycle), loaded.hidden(objective.key()) ? null : def.key(), iso(at), view,
                evidence, hiddenIssues, hiddenDone, visibleNotes(loaded, notes), hiddenCredit);
    }

    /**
     * The review of a sprint for a project's OKRs, in the cycle the sprint started in. 404 for a sprint no issue is
     * in or a sprint outside the project's cycles; 409 when the sprint field cannot be found or the sprint has not
     * started.
     */
    public SprintReviewView sprintReview(int sprintId, String projectKey) {
        OkrSchema schema = schema();
        AppSettings app = settings.current();
        FieldChoice sprintField = issueFacts.sprintField(app.sprintField());
        if (!sprintField.ok()) {
            throw ApiException.conflict(null, sprintField.problem().messageKey(), sprintField.messageArguments());
        }
        FieldChoice points = issueFacts.storyPointsField(app.storyPointsField());
        FactSet members = reads.facts("sprint-" + sprintId, new FactRequest(Set.of(), Set.of(), Set.of(), sprintId,
                points.id(), sprintField.id(), schema));
        Sprint sprint = members.sprints().get(sprintId);
        if (sprint == null) {
            throw ApiException.notFound("sprintId", "okr.error.sprintNotFound", String.valueOf(sprintId));
        }
        if (sprint.start() == null) {
            throw ApiException.conflict("sprintId", "okr.error.sprintNotStarted", sprint.name());
        }
        StoredCycle cycle = cycles.list(projectKey).stream()
                .filter(c -> !sprint.start().isBefore(c.cycle().start()) && sprint.start().isBefore(c.cycle().end()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("sprintId", "okr.error.sprintOutsideCycles", sprint.name()));
        List<String> keys = objectiveSettings.inCycle(cycle.id()).stream().map(ObjectiveSettings::issueKey).toList();
        List<OkrIssue> objectives = reads.objectives(cycle.id(), projectKey, keys, schema);
        Loaded loaded = load(cycle, objectives, null, schema, sprintField.id(), members.facts());
        Instant now = clock.instant();
        SprintReview review = new SprintReviewer(loaded.engine()).review(loaded.resolved(), sprint, now);
        List<SprintKeyResultView> krs = new ArrayList<>();
        int hiddenKrs = 0;
        for (SprintReview.KrSprintDelta d : review.keyResults()) {
            if (loaded.hidden(d.key())) {
                hiddenKrs++;
                continue;
            }
            List<CompletedView> completed = new ArrayList<>();
            int hiddenCompleted = 0;
            for (SprintReview.CompletedIssue c : d.completed()) {
                if (loaded.hidden(c.key())) {
                    hiddenCompleted++;
                } else {
                    completed.add(new CompletedView(c.key(), c.points(), iso(c.doneAt())));
                }
            }
            List<String> notDone = d.notDone().stream().filter(k -> !loaded.hidden(k)).toList();
            List<String> started = d.started().stream().filter(k -> !loaded.hidden(k)).toList();
            krs.add(new SprintKeyResultView(d.key(), d.title(), d.progressAtStart(), d.progressAtEnd(), d.delta(),
                    completed, hiddenCompleted, d.pointsCompleted(), notDone, d.notDone().size() - notDone.size(),
                    pace(d.paceAtEnd()), checkIn(d.checkIns()), started, d.started().size() - started.size()));
        }
        SprintReview.Alignment a = review.alignment();
        List<String> warnings = new ArrayList<>(loaded.warnings());
        if (!points.ok()) {
            warnings.add(texts.text(points.problem().messageKey(), points.messageArguments()));
        }
        return new SprintReviewView(new SprintView(sprint.id(), sprint.name(), sprint.state(), iso(sprint.start()),
                iso(sprint.end()), iso(sprint.complete())), projectKey, cycleView(cycle), iso(review.start()),
                iso(review.end()), krs,
                hiddenKrs, new AlignmentView(a.completed(), a.aligned(), a.share(), a.points(), a.alignedPoints(),
                a.pointsShare(), a.unestimated()), warnings);
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
        List<String> keys = objectiveSettings.inCycle(cycleId).stream().map(ObjectiveSettings::issueKey).toList();
        List<OkrIssue> objectives = reads.objectives(cycle.id(), projectKey, keys, schema);
        Loaded loaded = load(cycle, objectives, null, schema, null, List.of());
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (Instant t : instants) {
            for (ObjectiveProgress o : loaded.engine().evaluate(loaded.resolved(), t, false).flatten()) {
                if (!loaded.hidden(o.key())) {
                    series.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o.progress());
                }
            }
        }
        return new ProgressSeries(cycleView(cycle), instants.stream().map(OkrReadService::iso).toList(), series);
    }

    // ---------------------------------------------------------------- loading

    /**
     * Everything one evaluation needs, with what the caller may see: {@code browsable} holds every key of the view
     * the caller may browse, so a key it lacks (or one no read knew about) is never named.
     */
    private record Loaded(OkrPlan plan, OkrEngine engine, ResolvedPlan resolved, Map<String, OkrIssue> issues,
                          Set<String> browsable, Map<String, List<OkrIssue>> initiativesOf,
                          Map<String, Map<String, Initiative>> ratings, Map<String, List<String>> orphans,
                          Map<String, Integer> hiddenOrphans, Map<String, Problem> problems,
                          Map<String, KeyResultValues> values, List<String> warnings, Set<String> jqlMetrics) {
        boolean hidden(String key) {
            return !browsable.contains(key);
        }
    }

    /** A translated problem with a key result's configuration. */
    private record Problem(String messageKey, Object... arguments) {
    }

    private Loaded load(StoredCycle cycle, List<OkrIssue> objectives, String onlyKeyResult, OkrSchema schema,
                        String sprintField, List<IssueFact> extraFacts) {
        AppSettings app = settings.current();
        List<String> warnings = new ArrayList<>();
        Map<String, OkrIssue> issues = new LinkedHashMap<>();
        objectives.forEach(o -> issues.put(o.key(), o));
        String scope = "cycle-" + cycle.id();
        SharedReads.Links cachedLinks = reads.links(scope, objectives, schema);
        Map<String, OkrLinks> objectiveLinks = cachedLinks.objectives();

        // key results measuring the objectives (one objective per KR: the first that claims it)
        Map<String, List<OkrIssue>> krsOf = new LinkedHashMap<>();
        Map<String, OkrIssue> krs = new LinkedHashMap<>();
        for (OkrIssue o : objectives) {
            List<OkrIssue> mine = new ArrayList<>();
            for (OkrIssue kr : objectiveLinks.getOrDefault(o.key(), OkrLinks.NONE).keyResults()) {
                boolean wanted = onlyKeyResult == null || onlyKeyResult.equals(kr.key());
                if (wanted && kr.typeId().equals(schema.keyResultTypeId()) && !krs.containsKey(kr.key())) {
                    krs.put(kr.key(), kr);
                    mine.add(kr);
                }
            }
            krsOf.put(o.key(), mine);
        }
        if (onlyKeyResult != null && krs.isEmpty()) {
            // the KR names the objective but the objective does not list it back: measure it on its own
            structure.issue(onlyKeyResult).ifPresent(kr -> {
                krs.put(kr.key(), kr);
                krsOf.put(objectives.get(0).key(), List.of(kr));
            });
        }
        issues.putAll(krs);
        Map<String, OkrLinks> krLinks = new HashMap<>(cachedLinks.keyResults());
        List<OkrIssue> unlinked = krs.values().stream().filter(kr -> !krLinks.containsKey(kr.key())).toList();
        if (!unlinked.isEmpty()) {
            krLinks.putAll(structure.links(unlinked, schema)); // the KR measured on its own, above
        }
        Map<String, List<OkrIssue>> initiativesOf = new LinkedHashMap<>();
        for (OkrIssue kr : krs.values()) {
            List<OkrIssue> linked = krLinks.getOrDefault(kr.key(), OkrLinks.NONE).initiatives();
            initiativesOf.put(kr.key(), linked);
            linked.forEach(i -> issues.putIfAbsent(i.key(), i));
        }

        Map<String, KeyResultSettings> krSettings = keyResultSettings.findAll(krs.keySet());
        Map<String, Map<String, Initiative>> ratings = initiativeRatings.ratings(krs.keySet());
        Map<String, ObjectiveSettings> objSettings = objectiveSettings.findAll(
                objectives.stream().map(OkrIssue::key).toList());

        // rated initiatives that are no longer linked: orphans, named only when deleted or visible
        Map<String, List<String>> orphans = new HashMap<>();
        Map<String, Integer> hiddenOrphans = new HashMap<>();
        Set<String> orphanKeys = new LinkedHashSet<>();
        ratings.forEach((kr, byKey) -> byKey.keySet().stream()
                .filter(k -> initiativesOf.getOrDefault(kr, List.of()).stream().noneMatch(i -> i.key().equals(k)))
                .forEach(orphanKeys::add));
        Map<String, Boolean> orphanVisibility = orphanKeys.isEmpty() ? Map.of() : structure.visibility(orphanKeys);
        ratings.forEach((kr, byKey) -> byKey.keySet().stream()
                .filter(orphanKeys::contains)
                .filter(k -> initiativesOf.getOrDefault(kr, List.of()).stream().noneMatch(i -> i.key().equals(k)))
                .sorted()
                .forEach(k -> {
                    if (orphanVisibility.getOrDefault(k, true)) {
                        orphans.computeIfAbsent(kr, x -> new ArrayList<>()).add(k);
                    } else {
                        hiddenOrphans.merge(kr, 1, Integer::sum);
                    }
                }));

        // read every issue behind the figures in one go
        boolean needsPoints = sprintField != null || krs.keySet().stream().anyMatch(k ->
                settingsOf(krSettings, k).kind() == KeyResultKind.STORY_POINTS);
        FieldChoice points = needsPoints ? issueFacts.storyPointsField(app.storyPointsField()) : null;
        Set<String> measured = new LinkedHashSet<>();
        initiativesOf.forEach((kr, list) -> list.forEach(i -> {
            Initiative rating = ratings.getOrDefault(kr, Map.of()).get(i.key());
            if (rating == null || rating.measured()) {
                measured.add(i.key());
            }
        }));
        Set<String> metricKrs = new LinkedHashSet<>();
        krs.keySet().forEach(k -> {
            KeyResultKind kind = settingsOf(krSettings, k).kind();
            if (kind == KeyResultKind.METRIC || kind == KeyResultKind.MILESTONE) {
                metricKrs.add(k);
            }
        });
        Set<String> byKey = new LinkedHashSet<>(measured);
        byKey.addAll(metricKrs);
        Map<String, JqlRequest> jql = new LinkedHashMap<>();
        krs.keySet().forEach(k -> JqlKeyResults.request(settingsOf(krSettings, k)).ifPresent(q -> jql.put(k, q)));
        FactSet facts = reads.facts(scope, new FactRequest(byKey, measured, metricKrs, null,
                points == null ? null : points.id(), sprintField, schema, jql));

        IssueTable.Builder table = IssueTable.builder();
        Set<String> inTable = new HashSet<>();
        for (IssueFact f : facts.facts()) {
            table.add(f);
            inTable.add(f.key());
        }
        for (IssueFact f : extraFacts) {
            if (inTable.add(f.key())) {
                table.add(f);
            }
        }
        Map<String, IssueFact> factsByKey = new HashMap<>();
        facts.facts().forEach(f -> factsByKey.put(f.key(), f));

        // the plan: objectives with their settings, key results as configured, parents inside the plan only
        Map<String, Problem> problems = new HashMap<>();
        Map<String, String> parents = parents(objectives, objectiveLinks, warnings);
        Map<String, List<String>> focusByOwner = FocusMetricRule.markedByOwner(objectives, objSettings, objectiveLinks,
                schema,
                onlyKeyResult == null ? krSettings : keyResultSettings.findAll(objectiveLinks.values().stream()
                        .flatMap(l -> l.keyResults().stream()).map(OkrIssue::key).distinct().toList()));
        List<Objective> planned = new ArrayList<>();
        for (OkrIssue o : objectives) {
            ObjectiveSettings os = objSettings.get(o.key());
            String owner = os == null ? "" : os.owner();
            List<KeyResult> valid = new ArrayList<>();
            List<InvalidKeyResult> invalid = new ArrayList<>();
            for (OkrIssue kr : krsOf.getOrDefault(o.key(), List.of())) {
                KeyResultSettings s = settingsOf(krSettings, kr.key());
                boolean focus = focusByOwner.getOrDefault(owner, List.of()).indexOf(kr.key()) == 0;
                List<Initiative> inits = new ArrayList<>();
                for (OkrIssue i : initiativesOf.getOrDefault(kr.key(), List.of())) {
                    inits.add(ratings.getOrDefault(kr.key(), Map.of()).getOrDefault(i.key(), Initiative.of(i.key())));
                }
                try {
                    JqlMatch match = facts.jql().get(kr.key());
                    valid.add(match == null
                            ? keyResult(kr, s, inits, focus, facts.values().get(kr.key()), points, schema)
                            : jqlKeyResult(kr, s, inits, focus, facts.values().get(kr.key()), points, match,
                            factsByKey, cycle.cycle().start(), schema));
                } catch (InvalidInputException bad) {
                    problems.putIfAbsent(kr.key(), new Problem(bad.messageKey(), bad.arguments()));
                    invalid.add(new InvalidKeyResult(kr.key(), kr.summary(), bad.messageKey(), bad.field(),
                            bad.getMessage()));
                }
            }
            planned.add(new Objective(o.key(), o.summary(), owner, parents.get(o.key()), os != null && os.committed(),
                    os == null ? Weight.ONE : os.weight(), valid, invalid));
        }
        List<CheckIn> checkInList = new ArrayList<>();
        for (String kr : krs.keySet()) {
            // oldest first, so that of two check-ins in one millisecond the later stays the latest in the plan
            List<CheckIn> newestFirst = checkIns.latest(kr, CHECK_INS);
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                checkInList.add(newestFirst.get(i));
            }
        }
        OkrPlan plan = new OkrPlan(cycle.cycle(), planned, checkInList);
        OkrEngine engine = new OkrEngine(table.build(), options(app));
        ResolvedPlan resolved = engine.resolve(plan);

        // what the caller may browse, among everything the view may name: its objectives, key results,
        // initiatives, the issues in every scope and the sprint's issues (issues a JQL metric only counts are never
        // named, so they are not asked about: an unknown key counts as hidden)
        Set<String> viewKeys = new HashSet<>(issues.keySet());
        IssueTable rows = engine.table();
        for (Objective o : plan.objectives()) {
            for (KeyResult k : o.keyResults()) {
                if (k.kind() != KeyResultKind.METRIC) {
                    Scope sc = resolved.scope(k.key());
                    for (int i = 0; i < sc.size(); i++) {
                        viewKeys.add(rows.key(sc.row(i)));
                    }
                }
            }
        }
        extraFacts.forEach(f -> viewKeys.add(f.key()));
        focusByOwner.values().forEach(marked -> viewKeys.add(marked.get(0))); // a warning may name it
        Set<String> browsable = reads.browsable(scope, viewKeys);
        focusByOwner.values().stream().filter(marked -> marked.size() > 1).forEach(marked -> warnings.add(
                browsable.contains(marked.get(0))
                        ? texts.text("okr.warning.focusConflict", marked.size(), marked.get(0))
                        : texts.text("okr.warning.focusConflictHidden", marked.size())));
        return new Loaded(plan, engine, resolved, issues, browsable, initiativesOf, ratings, orphans,
                hiddenOrphans, problems, facts.values(), warnings, jql.keySet().stream()
                .filter(k -> settingsOf(krSettings, k).kind() == KeyResultKind.METRIC).collect(Collectors.toSet()));
    }

    /**
     * A key result measured over its JQL ({@link JqlKeyResults}): a scope joined with the linked initiatives, or a
     * metric whose current value the query's issues make; start and target stay on the Key Result issue.
     */
    private static KeyResult jqlKeyResult(OkrIssue kr, KeyResultSettings s, List<Initiative> initiatives,
                                          boolean focus, KeyResultValues values, FieldChoice points, JqlMatch match,
                                          Map<String, IssueFact> facts, Instant cycleStart, OkrSchema schema) {
        if (s.kind() != KeyResultKind.METRIC) {
            return keyResult(kr, s, JqlKeyResults.scope(initiatives, match, facts), focus, values, points, schema);
        }
        MetricSource source = JqlKeyResults.metric(s.source().metricFrom(), match, facts, cycleStart);
        if (values == null) {
            throw new InvalidInputException("start", "okr.error.metricValuesMissing");
        }
        return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, metricSpec(s, values), source,
                null, focus);
    }

    private static KeyResultSettings settingsOf(Map<String, KeyResultSettings> stored, String key) {
        KeyResultSettings s = stored.get(key);
        return s == null ? KeyResultSettings.defaults(key) : s;
    }

    /**
     * A key result as configured. A configuration the engine cannot measure throws {@link InvalidInputException}
     * (the caller keeps the KR with its translated error, out of the roll-up).
     */
    private static KeyResult keyResult(OkrIssue kr, KeyResultSettings s, List<Initiative> initiatives, boolean focus,
                                       KeyResultValues values, FieldChoice points, OkrSchema schema) {
        switch (s.kind()) {
            case STORY_POINTS -> {
                if (points == null || !points.ok()) {
                    throw new InvalidInputException("storyPointsField", points == null
                            ? FieldChoice.Problem.MISSING.messageKey() : points.problem().messageKey(),
                            points == null ? new Object[] {"Story Points", ""} : points.messageArguments());
                }
                return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, null, null, null,
                        focus, s.statusWeights().credit());
            }
            case MILESTONE -> {
                // without initiatives the Key Result issue itself is the milestone
                return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, null, null,
                        initiatives.isEmpty() ? kr.key() : null, focus);
            }
            case METRIC -> {
                boolean fromCheckIns = s.source().metricFrom() == MetricFrom.CHECK_IN;
                if (s.source().metricFrom() != MetricFrom.FIELD && !fromCheckIns) {
                    throw new InvalidInputException("metricFrom", "okr.error.metricFromUnsupported",
                            s.source().metricFrom().name());
                }
                List<String> missing = new ArrayList<>(values == null ? List.of() : values.missingFields());
                if (fromCheckIns) {
                    // the current value comes from check-ins: only start and target (or the band) are needed
                    missing.remove(schema.currentFieldId() == null ? "current" : schema.currentFieldId());
                }
                if (values == null || !missing.isEmpty()) {
                    throw new InvalidInputException("current", "okr.error.field.missing",
                            String.join(", ", missing), "");
                }
                return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, metricSpec(s, values),
                        fromCheckIns ? MetricSource.checkInValues()
                                : MetricSource.issueField(kr.key(), values.currentField()), null, focus);
            }
            default -> {
                // issue count: each issue credited by its status category at the as-of instant
                return new KeyResult(kr.key(), kr.summary(), s.kind(), s.weight(), initiatives, null, null, null,
                        focus, s.statusWeights().credit());
            }
        }
    }

    /** A metric's direction with its band, or its start and target from the Key Result issue. */
    private static MetricSpec metricSpec(KeyResultSettings s, KeyResultValues values) {
        if (s.goal().direction() == Direction.MAINTAIN) {
            return MetricSpec.maintain(s.goal().low(), s.goal().high());
        }
        if (values.start() == null || values.target() == null) {
            throw new InvalidInputException(values.start() == null ? "start" : "target",
                    "okr.error.metricValuesMissing");
        }
        return new MetricSpec(s.goal().direction(), values.start(), values.target(), 0, 0);
    }

    /** Parents inside the plan only; a parent outside it (another project, cycle) makes a root. Loops are cut. */
    private Map<String, String> parents(List<OkrIssue> objectives, Map<String, OkrLinks> links, List<String> warnings) {
        Set<String> inPlan = new HashSet<>();
        objectives.forEach(o -> inPlan.add(o.key()));
        Map<String, String> parents = new HashMap<>();
        for (OkrIssue o : objectives) {
            links.getOrDefault(o.key(), OkrLinks.NONE).parents().stream()
                    .map(OkrIssue::key).filter(inPlan::contains).filter(p -> !p.equals(o.key()))
                    .findFirst().ifPresent(p -> parents.put(o.key(), p));
        }
        for (OkrIssue o : objectives) {
            Set<String> seen = new HashSet<>();
            String at = o.key();
            while (at != null && seen.add(at)) {
                at = parents.get(at);
            }
            if (at != null && parents.containsKey(o.key())) {
                parents.remove(o.key());
                warnings.add(texts.text("okr.warning.alignmentLoop"));
            }
        }
        return parents;
    }

    private static EngineOptions options(AppSettings app) {
        return new EngineOptions(false, app.paceOnTrack(), app.paceAtRisk(), app.justStartedBelow(),
                Duration.ofDays(app.staleDays()), true);
    }

    private OkrSchema schema() {
        OkrSchema schema = schemaStore.current();
        if (schema.objectiveTypeId() == null || schema.keyResultTypeId() == null
                || schema.measuresLinkTypeId() == null || schema.drivesLinkTypeId() == null) {
            throw ApiException.conflict(null, "okr.error.setupIncomplete");
        }
        return schema;
    }

    private StoredCycle cycleOf(long cycleId, String projectKey) {
        return cycles.get(cycleId)
                .filter(c -> c.global() || c.projectKey().equals(projectKey))
                .orElseThrow(() -> ApiException.notFound("cycleId", "okr.error.cycleNotFound", String.valueOf(cycleId)));
    }

    // ---------------------------------------------------------------- views

    /** The objective's view, or null when neither it nor anything under it may be shown. */
    private ObjectiveView objectiveView(Loaded loaded, ObjectiveProgress o) {
        List<ObjectiveView> children = new ArrayList<>();
        int hiddenChildren = 0;
        for (ObjectiveProgress c : o.children()) {
            ObjectiveView child = objectiveView(loaded, c);
            if (child == null) {
                hiddenChildren++;
            } else {
                children.add(child);
            }
        }
        boolean hidden = loaded.hidden(o.key());
        if (hidden && children.isEmpty()) {
            return null;
        }
        List<KeyResultView> krs = new ArrayList<>();
        int hiddenKrs = 0;
        if (!hidden) {
            for (KeyResultProgress k : o.keyResults()) {
                if (loaded.hidden(k.key())) {
                    hiddenKrs++;
                } else {
                    krs.add(keyResultView(loaded, k));
                }
            }
        } else {
            hiddenKrs = o.keyResults().size();
        }
        List<TermView> terms = new ArrayList<>();
        for (RollupTerm t : o.rollup().terms()) {
            terms.add(new TermView(t.source(), hidden || loaded.hidden(t.key()) ? null : t.key(), t.weight(),
                    t.cappedProgress(), t.included()));
        }
        List<String> warnings = new ArrayList<>();
        int count = o.keyResults().size();
        if (count > 5) {
            warnings.add(texts.text("okr.warning.keyResultsTooMany", count));
        } else if (count >= 4) {
            warnings.add(texts.text("okr.warning.keyResultsMany", count));
        }
        return new ObjectiveView(hidden ? null : o.key(), hidden ? null : o.title(), hidden ? null : o.owner(),
                o.committed(), hidden, o.weight(), o.progress(), pace(o.pace()), krs, hiddenKrs, children,
                hiddenChildren, terms, o.rollup().weightSum(), warnings);
    }

    private KeyResultView keyResultView(Loaded loaded, KeyResultProgress k) {
        Scope scope = k.kind() == null || k.kind() == KeyResultKind.METRIC ? null : loaded.resolved().scope(k.key());
        int hiddenIssues = 0;
        if (scope != null) {
            IssueTable table = loaded.engine().table();
            for (int i = 0; i < scope.size(); i++) {
                int row = scope.row(i);
                if (table.present(row) && loaded.hidden(table.key(row))) {
                    hiddenIssues++;
                }
            }
        }
        List<InitiativeView> initiatives = new ArrayList<>();
        int hiddenInitiatives = 0;
        for (OkrIssue i : loaded.initiativesOf().getOrDefault(k.key(), List.of())) {
            if (loaded.hidden(i.key())) {
                hiddenInitiatives++;
                continue;
            }
            Initiative r = loaded.ratings().getOrDefault(k.key(), Map.of()).getOrDefault(i.key(), Initiative.of(i.key()));
            initiatives.add(new InitiativeView(i.key(), i.summary(), r.scope().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'), r.impact(), r.effort()));
        }
        // initiatives linked but gone by the time the issues were read: orphans too, unless hidden
        List<String> orphans = new ArrayList<>(loaded.orphans().getOrDefault(k.key(), List.of()));
        int hiddenOrphans = loaded.hiddenOrphans().getOrDefault(k.key(), 0);
        for (String o : k.explanation().orphanInitiatives()) {
            if (loaded.hidden(o)) {
                hiddenOrphans++;
            } else if (!orphans.contains(o)) {
                orphans.add(o);
            }
        }
        Problem problem = loaded.problems().get(k.key());
        String error = problem == null ? null : texts.text(problem.messageKey(), problem.arguments());
        KeyResultProgress.IssueTally tally = k.issues();
        return new KeyResultView(k.key(), k.title(), k.kind() == null ? null : k.kind().id(), k.focusMetric(),
                k.weight(), k.progress(), k.capped(), tally.done(), tally.total(), hiddenIssues, tally.pointsDone(),
                tally.pointsTotal(), tally.unestimated(), error, problem == null ? null : problem.messageKey(),
                k.explanation().formula(), metric(loaded, k), pace(k.pace()), checkIn(k.checkIns()), initiatives,
                hiddenInitiatives, orphans, hiddenOrphans, tally.credit(), tally.pointsCredit());
    }

    private static MetricView metric(Loaded loaded, KeyResultProgress k) {
        MetricReading m = k.metric();
        if (m == null) {
            return null;
        }
        KeyResultValues v = loaded.values().get(k.key());
        List<ValueView> history = new ArrayList<>();
        Optional<List<TimedValue>> fromJql = JqlKeyResults.history(loaded.plan(), loaded.jqlMetrics(), k.key());
        if (fromJql.isPresent()) {
            for (TimedValue t : fromJql.get()) {
                history.add(new ValueView(iso(t.at()), t.value()));
            }
        } else if (readsCheckIns(loaded.plan(), k.key())) {
            // the values reported with check-ins, oldest first like a field's history
            for (CheckIn c : loaded.plan().checkInsOf(k.key())) {
                if (c.value() != null) {
                    history.add(new ValueView(iso(c.time()), c.value()));
                }
            }
        } else if (v != null) {
            for (TimedValue t : v.history().values()) {
                history.add(new ValueView(iso(t.at()), t.value()));
            }
        }
        return new MetricView(m.direction().name().toLowerCase(java.util.Locale.ROOT), m.value(), iso(m.setAt()),
                m.source(), m.start(), m.target(), m.low(), m.high(), m.outsideBy(), v == null ? "" : v.unit(),
                history);
    }

    private static boolean readsCheckIns(OkrPlan plan, String krKey) {
        return plan.objectives().stream().flatMap(o -> o.keyResults().stream())
                .anyMatch(kr -> kr.key().equals(krKey) && kr.metricSource() != null
                        && kr.metricSource().fromCheckIns());
    }

    private static PaceView pace(Pace pace) {
        if (pace == null) {
            return null;
        }
        return new PaceView(pace.expected(), Double.isFinite(pace.ratio()) ? pace.ratio() : null, pace.status().id());
    }

    private static CheckInView checkIn(CheckInSummary c) {
        return c == null ? null : new CheckInView(c.latestConfidence(), c.trend(), iso(c.lastCheckIn()), c.lastNote(),
                c.stale(), c.daysSinceCheckIn());
    }

    private static CycleView cycleView(StoredCycle c) {
        return new CycleView(c.id(), c.cycle().name(), iso(c.cycle().start()), iso(c.cycle().end()),
                c.closed());
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    /** The engine's notes, without any that names an issue the caller may not browse. */
    private static List<String> visibleNotes(Loaded loaded, Collection<String> notes) {
        List<String> visible = new ArrayList<>();
        for (String note : notes) {
            Matcher keys = ISSUE_KEY.matcher(note);
            boolean names = false;
            while (keys.find()) {
                names |= loaded.hidden(keys.group());
            }
            if (!names) {
                visible.add(note);
            }
        }
        return visible;
    }
}
