package dev.northstar.okr.reading;

import dev.northstar.okr.checkin.CheckInRepository;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InvalidKeyResult;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.host.Texts;
import dev.northstar.okr.keyresult.InitiativeRepository;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.progress.EngineOptions;
import dev.northstar.okr.progress.OkrEngine;
import dev.northstar.okr.progress.ResolvedPlan;
import dev.northstar.okr.progress.Scope;
import dev.northstar.okr.reading.Loaded.InitiativeLinks;
import dev.northstar.okr.reading.Loaded.Problem;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what one view needs from the app's storage and (through {@link SharedReads}) from Jira, and builds the
 * engine's plan: objectives with their settings, key results as configured, parents inside the plan only. Jira is
 * read in a fixed number of searches whatever the number of key results; the engine then works in memory.
 */
final class PlanLoader {
    /** Check-ins read per key result: about a year of weekly check-ins, enough for trend and staleness. */
    static final int CHECK_INS = 60;

    private final ObjectiveSettingsRepository objectiveSettings;
    private final KeyResultSettingsRepository keyResultSettings;
    private final InitiativeRepository initiativeRatings;
    private final CheckInRepository checkIns;
    private final SettingsService settings;
    private final OkrStructure structure;
    private final IssueFacts issueFacts;
    private final Texts texts;
    private final SharedReads reads;
    /** The tables made lately from the same fact lists (this node only). */
    private final TableMemo tables = new TableMemo();

    PlanLoader(ObjectiveSettingsRepository objectiveSettings, KeyResultSettingsRepository keyResultSettings,
               InitiativeRepository initiativeRatings, CheckInRepository checkIns, SettingsService settings,
               OkrStructure structure, IssueFacts issueFacts, Texts texts, SharedReads reads) {
        this.objectiveSettings = objectiveSettings;
        this.keyResultSettings = keyResultSettings;
        this.initiativeRatings = initiativeRatings;
        this.checkIns = checkIns;
        this.settings = settings;
        this.structure = structure;
        this.issueFacts = issueFacts;
        this.texts = texts;
        this.reads = reads;
    }

    /**
     * The objectives of a cycle with their key results, or with {@code onlyKeyResult} that key result alone under its
     * objective; {@code sprintField} and {@code extraFacts} (the sprint's issues) when a sprint review needs them.
     */
    Loaded load(StoredCycle cycle, List<OkrIssue> objectives, String onlyKeyResult, OkrSchema schema,
                String sprintField, List<IssueFact> extraFacts) {
        return new Load(cycle, objectives, onlyKeyResult, schema, sprintField, extraFacts).run();
    }

    /** One load, step by step: each step reads what the steps before it found. */
    private final class Load {
        private final StoredCycle cycle;
        private final List<OkrIssue> objectives;
        private final String onlyKeyResult;
        private final OkrSchema schema;
        private final String sprintField;
        private final List<IssueFact> extraFacts;
        private final AppSettings app = settings.current();
        private final String scope;
        private final List<String> warnings = new ArrayList<>();
        /** Every objective, key result and initiative the view may name, in the order they were found. */
        private final Set<String> named = new LinkedHashSet<>();
        /** Key results measuring each objective (one objective per key result: the first that claims it). */
        private final Map<String, List<OkrIssue>> krsOf = new LinkedHashMap<>();
        private final Map<String, OkrIssue> krs = new LinkedHashMap<>();
        private final Map<String, List<OkrIssue>> initiativesOf = new LinkedHashMap<>();
        private final Map<String, Problem> problems = new HashMap<>();
        private Map<String, OkrLinks> objectiveLinks;
        private Map<String, KeyResultSettings> krSettings;
        private Map<String, Map<String, Initiative>> ratings;
        private Map<String, ObjectiveSettings> objSettings;
        private FieldChoice points;
        private FactSet facts;
        /** The facts behind the figures: all, or those the viewer may browse when the admin leaves out the rest. */
        private List<IssueFact> counted;
        private List<IssueFact> countedExtra;

        Load(StoredCycle cycle, List<OkrIssue> objectives, String onlyKeyResult, OkrSchema schema,
             String sprintField, List<IssueFact> extraFacts) {
            this.cycle = cycle;
            this.objectives = objectives;
            this.onlyKeyResult = onlyKeyResult;
            this.schema = schema;
            this.sprintField = sprintField;
            this.extraFacts = extraFacts;
            this.scope = "cycle-" + cycle.id();
            objectives.forEach(o -> named.add(o.key()));
        }

        Loaded run() {
            SharedReads.Links cachedLinks = reads.links(scope, objectives, schema);
            objectiveLinks = cachedLinks.objectives();
            claimKeyResults();
            linkInitiatives(cachedLinks.keyResults());
            krSettings = keyResultSettings.findAll(krs.keySet());
            ratings = initiativeRatings.ratings(krs.keySet());
            objSettings = objectiveSettings.findAll(objectives.stream().map(OkrIssue::key).toList());
            InitiativeLinks initiatives = orphans();
            Map<String, JqlRequest> jql = readFacts();

            Map<String, String> parents = parents(objectives, objectiveLinks, warnings);
            Map<String, List<String>> focusByOwner = focusByOwner();
            Visibility leavingOut = HiddenIssues.leftOut(app) ? leaveOutHidden(focusByOwner) : null;
            parents.keySet().removeIf(child -> leavingOut != null && !leavingOut.browsable(child)); // out of roll-ups
            counted = leavingOut == null ? facts.facts() : HiddenIssues.visible(facts.facts(), leavingOut);
            countedExtra = leavingOut == null ? extraFacts : HiddenIssues.visible(extraFacts, leavingOut);
            OkrPlan plan = new OkrPlan(cycle.cycle(), planned(parents, focusByOwner), checkInsOldestFirst());
            OkrEngine engine = new OkrEngine(table(), options(app));
            ResolvedPlan resolved = engine.resolve(plan);
            Visibility visibility = (leavingOut != null ? leavingOut : new Visibility(reads.browsable(scope,
                    viewKeys(plan, engine, resolved, focusByOwner)))).over(engine.table(), tables);
            focusWarnings(focusByOwner, visibility);
            Set<String> jqlMetrics = jql.keySet().stream()
                    .filter(k -> settingsOf(k).kind() == KeyResultKind.METRIC).collect(Collectors.toSet());
            return new Loaded(plan, engine, resolved, visibility, initiatives, problems, facts.values(), jqlMetrics,
                    warnings);
        }

        /** Hidden issues left out of the viewer's figures: one visibility question; hidden key results leave too. */
        private Visibility leaveOutHidden(Map<String, List<String>> focusByOwner) {
            Visibility visibility = new Visibility(reads.browsable(scope,
                    HiddenIssues.keys(named, facts.facts(), extraFacts, focusByOwner)));
            krsOf.replaceAll((objective, mine) -> mine.stream().filter(kr -> onlyKeyResult != null
                    || visibility.browsable(kr.key())).toList());
            return visibility;
        }

        private void claimKeyResults() {
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
            named.addAll(krs.keySet());
        }

        private void linkInitiatives(Map<String, OkrLinks> cachedKrLinks) {
            Map<String, OkrLinks> krLinks = new HashMap<>(cachedKrLinks);
            List<OkrIssue> unlinked = krs.values().stream().filter(kr -> !krLinks.containsKey(kr.key())).toList();
            if (!unlinked.isEmpty()) {
                krLinks.putAll(structure.links(unlinked, schema)); // a KR measured on its own
            }
            for (OkrIssue kr : krs.values()) {
                List<OkrIssue> linked = krLinks.getOrDefault(kr.key(), OkrLinks.NONE).initiatives();
                initiativesOf.put(kr.key(), linked);
                linked.forEach(i -> named.add(i.key()));
            }
        }

        /** Rated initiatives that are no longer linked: orphans, named only when deleted or visible. */
        private InitiativeLinks orphans() {
            Map<String, List<String>> orphans = new HashMap<>();
            Map<String, Integer> hiddenOrphans = new HashMap<>();
            Set<String> orphanKeys = new LinkedHashSet<>();
            ratings.forEach((kr, byKey) -> byKey.keySet().stream().filter(k -> unlinked(kr, k))
                    .forEach(orphanKeys::add));
            Map<String, Boolean> visible = orphanKeys.isEmpty() ? Map.of() : structure.visibility(orphanKeys);
            ratings.forEach((kr, byKey) -> byKey.keySet().stream()
                    .filter(orphanKeys::contains)
                    .filter(k -> unlinked(kr, k))
                    .sorted()
                    .forEach(k -> {
                        if (visible.getOrDefault(k, true)) {
                            orphans.computeIfAbsent(kr, x -> new ArrayList<>()).add(k);
                        } else {
                            hiddenOrphans.merge(kr, 1, Integer::sum);
                        }
                    }));
            return new InitiativeLinks(initiativesOf, ratings, orphans, hiddenOrphans);
        }

        private boolean unlinked(String kr, String initiative) {
            return initiativesOf.getOrDefault(kr, List.of()).stream().noneMatch(i -> i.key().equals(initiative));
        }

        /** Reads every issue behind the figures in one go; answers the key results' own queries. */
        private Map<String, JqlRequest> readFacts() {
            boolean needsPoints = sprintField != null || krs.keySet().stream().anyMatch(k ->
                    settingsOf(k).kind() == KeyResultKind.STORY_POINTS);
            points = needsPoints ? issueFacts.storyPointsField(app.storyPointsField()) : null;
            Set<String> measured = new LinkedHashSet<>();
            initiativesOf.forEach((kr, list) -> list.forEach(i -> {
                Initiative rating = ratings.getOrDefault(kr, Map.of()).get(i.key());
                if (rating == null || rating.measured()) {
                    measured.add(i.key());
                }
            }));
            Set<String> metricKrs = new LinkedHashSet<>();
            krs.keySet().forEach(k -> {
                KeyResultKind kind = settingsOf(k).kind();
                if (kind == KeyResultKind.METRIC || kind == KeyResultKind.MILESTONE) {
                    metricKrs.add(k);
                }
            });
            Set<String> byKey = new LinkedHashSet<>(measured);
            byKey.addAll(metricKrs);
            Map<String, JqlRequest> jql = new LinkedHashMap<>();
            krs.keySet().forEach(k -> JqlKeyResults.request(settingsOf(k)).ifPresent(q -> jql.put(k, q)));
            facts = reads.facts(scope, new FactRequest(byKey, measured, metricKrs, null,
                    points == null ? null : points.id(), sprintField, schema, jql));
            return jql;
        }

        private KeyResultSettings settingsOf(String key) {
            KeyResultSettings s = krSettings.get(key);
            return s == null ? KeyResultSettings.defaults(key) : s;
        }

        /** The focus metrics each owner marked; the one-KR view asks about every key result of its objective. */
        private Map<String, List<String>> focusByOwner() {
            return FocusMetricRule.markedByOwner(objectives, objSettings, objectiveLinks, schema,
                    onlyKeyResult == null ? krSettings : keyResultSettings.findAll(objectiveLinks.values().stream()
                            .flatMap(l -> l.keyResults().stream()).map(OkrIssue::key).distinct().toList()));
        }

        /** The plan's objectives; a key result the engine cannot measure is kept aside with its problem. */
        private List<Objective> planned(Map<String, String> parents, Map<String, List<String>> focusByOwner) {
            Map<String, IssueFact> factsByKey = new HashMap<>(); // the counted facts, filled once when a JQL needs them
            List<Objective> planned = new ArrayList<>();
            for (OkrIssue o : objectives) {
                ObjectiveSettings os = objSettings.get(o.key());
                String owner = os == null ? "" : os.owner();
                List<KeyResult> valid = new ArrayList<>();
                List<InvalidKeyResult> invalid = new ArrayList<>();
                for (OkrIssue kr : krsOf.getOrDefault(o.key(), List.of())) {
                    boolean focus = focusByOwner.getOrDefault(owner, List.of()).indexOf(kr.key()) == 0;
                    try {
                        valid.add(keyResult(kr, focus, factsByKey));
                    } catch (InvalidInputException bad) {
                        problems.putIfAbsent(kr.key(), new Problem(bad.messageKey(), bad.arguments()));
                        invalid.add(new InvalidKeyResult(kr.key(), kr.summary(), bad.messageKey(), bad.field(),
                                bad.getMessage()));
                    }
                }
                planned.add(new Objective(o.key(), o.summary(), owner, parents.get(o.key()),
                        os != null && os.committed(), os == null ? Weight.ONE : os.weight(), valid, invalid));
            }
            return planned;
        }

        private Map<String, IssueFact> byKey(Map<String, IssueFact> factsByKey) {
            if (factsByKey.isEmpty()) {
                counted.forEach(f -> factsByKey.put(f.key(), f));
            }
            return factsByKey;
        }

        private KeyResult keyResult(OkrIssue kr, boolean focus, Map<String, IssueFact> factsByKey) {
            KeyResultSettings s = settingsOf(kr.key());
            List<Initiative> initiatives = new ArrayList<>();
            for (OkrIssue i : initiativesOf.getOrDefault(kr.key(), List.of())) {
                initiatives.add(ratings.getOrDefault(kr.key(), Map.of()).getOrDefault(i.key(),
                        Initiative.of(i.key())));
            }
            KeyResultValues values = facts.values().get(kr.key());
            JqlMatch match = facts.jql().get(kr.key());
            // key results without weights of their own take the admin's default status-category credit
            StatusWeights defaultWeights = new StatusWeights(app.weightToDo(), app.weightInProgress(), app.weightDone());
            return match == null
                    ? KeyResultDefinitions.keyResult(kr, s, defaultWeights, initiatives, focus, values, points, schema)
                    : KeyResultDefinitions.jqlKeyResult(kr, s, defaultWeights, initiatives, focus, values, points,
                    match, byKey(factsByKey), cycle.cycle().start(), schema);
        }

        private List<CheckIn> checkInsOldestFirst() {
            List<CheckIn> oldestFirst = new ArrayList<>();
            Map<String, List<CheckIn>> newest = checkIns.latestOfEach(krs.keySet(), CHECK_INS); // one query for all
            for (String kr : krs.keySet()) {
                // oldest first, so that of two check-ins in one millisecond the later stays the latest in the plan
                List<CheckIn> mine = new ArrayList<>(newest.getOrDefault(kr, List.of()));
                java.util.Collections.reverse(mine);
                oldestFirst.addAll(mine);
            }
            return oldestFirst;
        }

        /**
         * The facts counted, then the sprint's issues that are not among them. The port hands out the very same fact
         * lists while nothing they were made from changed, so the table made from them last is used again (a viewer's
         * own lists, when hidden issues are left out, are new each time: never another viewer's table).
         */
        private IssueTable table() {
            return tables.table(counted, countedExtra);
        }

        /**
         * Everything the view may name: objectives, key results, initiatives, every scope's issues and those a JQL
         * metric found (its notes may name them), the sprint's issues and each owner's focus (a warning may name it).
         */
        private Set<String> viewKeys(OkrPlan plan, OkrEngine engine, ResolvedPlan resolved,
                                     Map<String, List<String>> focusByOwner) {
            String[] keys = tables.keysByRow(engine.table());
            Set<String> viewKeys = new HashSet<>((named.size() + keys.length + extraFacts.size()) * 2); // no rehash
            viewKeys.addAll(named);
            for (Objective o : plan.objectives()) {
                for (KeyResult k : o.keyResults()) {
                    JqlMatch found = facts.jql().get(k.key()); // a JQL metric's issues: its notes may name them
                    if (k.kind() == KeyResultKind.METRIC && found != null && found.ok()) {
                        viewKeys.addAll(found.keys());
                    } else if (k.kind() != KeyResultKind.METRIC) {
                        Scope sc = resolved.scope(k.key());
                        for (int i = 0; i < sc.size(); i++) {
                            viewKeys.add(keys[sc.row(i)]);
                        }
                    }
                }
            }
            extraFacts.forEach(f -> viewKeys.add(f.key()));
            focusByOwner.values().forEach(marked -> viewKeys.add(marked.get(0)));
            return viewKeys;
        }

        private void focusWarnings(Map<String, List<String>> focusByOwner, Visibility visibility) {
            focusByOwner.values().stream().filter(marked -> marked.size() > 1).forEach(marked -> warnings.add(
                    visibility.browsable(marked.get(0))
                            ? texts.text("okr.warning.focusConflict", marked.size(), marked.get(0))
                            : texts.text("okr.warning.focusConflictHidden", marked.size())));
        }
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
}
