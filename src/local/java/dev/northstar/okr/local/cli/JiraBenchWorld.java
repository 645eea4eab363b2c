package dev.northstar.okr.local.cli;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.local.export.FieldConfig;
import dev.northstar.okr.local.export.IssueExport;
import dev.northstar.okr.local.export.JiraIssueReader;
import dev.northstar.okr.local.export.SprintListReader;
import dev.northstar.okr.local.simjira.JiraData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The enterprise Jira of {@code jira-bench}: the real export replicated to about a million issues (copy c shifts issue
 * numbers and sprint ids by c * 100000, as {@code bench} does), each replicated epic an initiative of one of the
 * key results (so their scopes add up to every replicated epic's children), and two OKR plans over the same epics:
 * project {@value #PROJECT} with {@code krs} key results and project {@value #FEW} with a tenth as many, each over
 * ten times as many epics, to show that what a view asks of Jira does not follow the number of key results. The
 * cycle surrounds the started sprint with the most issues in scope, which the sprint review reviews.
 */
final class JiraBenchWorld {
    static final String PROJECT = "OKR";
    static final String FEW = "OKF";
    private static final KeyResultKind[] KINDS = {KeyResultKind.ISSUE_COUNT, KeyResultKind.STORY_POINTS,
            KeyResultKind.MILESTONE};

    /** A key result of the plan: its key, kind, whether it gives partial credit, and its initiatives. */
    record Kr(String key, String objective, KeyResultKind kind, boolean partial, List<String> initiatives) {
    }

    /** An objective: key, owner, parent (null for a root) and whether committed. */
    record Okr(String key, String owner, String parent, boolean committed) {
    }

    final JiraData data;
    final int realIssues;
    final int copies;
    final List<Okr> objectives;
    final List<Kr> keyResults;
    final List<Okr> fewObjectives;
    final List<Kr> fewKeyResults;
    /** Every issue in some key result's scope: the initiatives and their children. */
    final List<String> inScope;
    /** Issues in no scope, no reviewed sprint and no epic: where an edit concerns no view. */
    final List<String> elsewhere;
    final Sprint sprint;
    final Cycle cycle;
    final Instant now;

    private JiraBenchWorld(JiraData data, int realIssues, int copies, List<String> inScope, List<String> elsewhere,
                           Sprint sprint, Cycle cycle, Instant now, List<Okr> objectives, List<Kr> keyResults,
                           List<Okr> fewObjectives, List<Kr> fewKeyResults) {
        this.data = data;
        this.objectives = List.copyOf(objectives);
        this.keyResults = List.copyOf(keyResults);
        this.fewObjectives = List.copyOf(fewObjectives);
        this.fewKeyResults = List.copyOf(fewKeyResults);
        this.realIssues = realIssues;
        this.copies = copies;
        this.inScope = inScope;
        this.elsewhere = elsewhere;
        this.sprint = sprint;
        this.cycle = cycle;
        this.now = now;
    }

    static JiraBenchWorld build(Path issuesFile, Path sprintsFile, Integer copiesWanted, int krCount) {
        IssueExport base = new JiraIssueReader(FieldConfig.defaults()).read(issuesFile);
        Map<Integer, Sprint> baseSprints = new HashMap<>(base.sprints());
        if (sprintsFile != null && Files.isRegularFile(sprintsFile)) {
            baseSprints.putAll(new SprintListReader().read(sprintsFile));
        }
        IssueTable real = base.table();
        List<String> realEpics = new ArrayList<>();
        int inScopePerCopy = 0;
        for (int r = 0; r < real.size(); r++) {
            if (real.present(r) && real.childCount(r) > 0) {
                realEpics.add(real.key(r));
            }
        }
        Set<String> realEpicSet = new HashSet<>(realEpics);
        for (int r = 0; r < real.size(); r++) {
            if (real.present(r) && (realEpicSet.contains(real.key(r)) || realEpicSet.contains(real.fact(r).epicKey()))) {
                inScopePerCopy++;
            }
        }
        // about a million issues, and at least 30,000 of them in the key results' scopes
        int copies = copiesWanted != null ? copiesWanted : Math.max((int) Math.ceil(1_000_000.0 / real.presentCount()),
                (int) Math.ceil(30_000.0 / Math.max(1, inScopePerCopy)));
        if (copies < 1 || copies > 2_000) {
            throw new UsageException("--copies must be between 1 and 2000");
        }
        List<String> epics = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (String epic : realEpics) {
                epics.add(BenchCommand.shift(epic, c * BenchCommand.OFFSET));
            }
        }
        if (krCount < 10 || krCount > epics.size()) {
            throw new UsageException("--krs must be between 10 and the number of replicated epics (" + epics.size()
                    + ")");
        }

        Map<String, JiraData.Issue> issues = new LinkedHashMap<>();
        Map<String, String> projects = new LinkedHashMap<>();
        Map<Integer, Sprint> sprints = new HashMap<>();
        Set<String> epicSet = new HashSet<>(epics);
        List<String> inScope = new ArrayList<>();
        long id = 10_000;
        for (int c = 0; c < copies; c++) {
            int off = c * BenchCommand.OFFSET;
            for (Sprint s : baseSprints.values()) {
                sprints.put(s.id() + off, new Sprint(s.id() + off, s.name() + " (copy " + c + ")", s.state(),
                        s.start(), s.end(), s.complete()));
            }
            for (int r = 0; r < real.size(); r++) {
                if (!real.present(r)) {
                    continue;
                }
                IssueFact f = real.fact(r);
                List<Integer> sprintIds = new ArrayList<>(f.sprintIds().size());
                f.sprintIds().forEach(s -> sprintIds.add(s + off));
                String key = BenchCommand.shift(f.key(), off);
                IssueFact fact = new IssueFact(key, f.type(), f.subtask(), true, f.statusCategory(), f.timeline(),
                        new IssueFact.Links(BenchCommand.shift(f.epicKey(), off), BenchCommand.shift(f.parentKey(), off)),
                        new IssueFact.Planning(f.storyPoints(), sprintIds), Map.of());
                String project = IssueKey.parse(key).project();
                projects.putIfAbsent(project, project);
                issues.put(key, new JiraData.Issue(id++, key, "", project, f.type().isEmpty() ? "Task" : f.type(),
                        f.subtask(), statusName(f.statusCategory()), null, JiraData.Role.ISSUE, fact));
                if (epicSet.contains(key) || fact.epicKey() != null && epicSet.contains(fact.epicKey())) {
                    inScope.add(key);
                }
            }
        }

        Sprint sprint = busiestSprint(issues, inScope, sprints);
        Instant start = sprint.start().minus(Duration.ofDays(28));
        Cycle cycle = new Cycle("Bench quarter", start, start.plus(Duration.ofDays(91)));
        Instant end = sprint.complete() != null ? sprint.complete() : sprint.end() != null ? sprint.end()
                : sprint.start().plus(Duration.ofDays(14));
        Instant now = end.plus(Duration.ofDays(1));
        if (!now.isBefore(cycle.end())) {
            now = cycle.end().minusSeconds(3600);
        }

        Set<String> inScopeSet = new HashSet<>(inScope);
        Set<String> inSprint = new HashSet<>();
        issues.values().stream().filter(i -> i.fact().sprintIds().contains(sprint.id()))
                .forEach(i -> inSprint.add(i.key()));
        List<String> elsewhere = new ArrayList<>();
        Random random = new Random(14);
        for (JiraData.Issue issue : issues.values()) {
            if (!inScopeSet.contains(issue.key()) && !inSprint.contains(issue.key()) && issue.fact().epicKey() == null
                    && random.nextInt(20) == 0) {
                elsewhere.add(issue.key());
            }
        }

        Map<String, String> measures = new LinkedHashMap<>();
        Map<String, List<String>> drives = new LinkedHashMap<>();
        Map<String, String> aligns = new LinkedHashMap<>();
        projects.put(PROJECT, "OKRs");
        projects.put(FEW, "OKRs with fewer key results");
        List<Okr> objectives = new ArrayList<>();
        List<Kr> keyResults = new ArrayList<>();
        List<Okr> fewObjectives = new ArrayList<>();
        List<Kr> fewKeyResults = new ArrayList<>();
        long[] next = {id};
        plan(PROJECT, krCount, epics, issues, measures, drives, aligns, objectives, keyResults, next, cycle.start());
        plan(FEW, Math.max(3, krCount / 10), epics, issues, measures, drives, aligns, fewObjectives, fewKeyResults,
                next, cycle.start());
        JiraData data = new JiraData(issues, projects, sprints, measures, drives, aligns, Map.of(), Map.of(), Map.of());
        return new JiraBenchWorld(data, real.presentCount(), copies, inScope, elsewhere, sprint, cycle, now,
                objectives, keyResults, fewObjectives, fewKeyResults);
    }

    /**
     * {@code krCount} key results in {@code project}, three per objective (ten root objectives, the rest aligned under
     * them), sharing out every epic; every other one gives partial credit (to do 0, in progress 0.5, done 1).
     */
    private static void plan(String project, int krCount, List<String> epics, Map<String, JiraData.Issue> issues,
                      Map<String, String> measures, Map<String, List<String>> drives, Map<String, String> aligns,
                      List<Okr> objectives, List<Kr> krs, long[] id, Instant created) {
        int objectiveCount = (krCount + 2) / 3;
        int number = 1;
        for (int o = 0; o < objectiveCount; o++) {
            String key = project + "-" + number++;
            String parent = o < 10 ? null : project + "-" + (o % 10 + 1);
            objectives.add(new Okr(key, "team " + (o % 10), parent, o % 2 == 0));
            issues.put(key, virtual(id[0]++, key, "Objective " + (o + 1), project, JiraData.OBJECTIVE_TYPE,
                    JiraData.Role.OBJECTIVE, created));
            if (parent != null) {
                aligns.put(key, parent);
            }
        }
        List<List<String>> shares = new ArrayList<>();
        for (int k = 0; k < krCount; k++) {
            shares.add(new ArrayList<>());
        }
        for (int e = 0; e < epics.size(); e++) {
            shares.get(e % krCount).add(epics.get(e));
        }
        for (int k = 0; k < krCount; k++) {
            String key = project + "-" + number++;
            String objective = objectives.get(k / 3).key();
            krs.add(new Kr(key, objective, KINDS[k % KINDS.length], k % 2 == 1, shares.get(k)));
            issues.put(key, virtual(id[0]++, key, "Key result " + (k + 1), project, JiraData.KEY_RESULT_TYPE,
                    JiraData.Role.KEY_RESULT, created));
            measures.put(key, objective);
            drives.put(key, List.copyOf(shares.get(k)));
        }
    }

    private static JiraData.Issue virtual(long id, String key, String summary, String project, String type,
                                          JiraData.Role role, Instant created) {
        IssueFact fact = IssueFact.builder(key).type(type).statusCategory(StatusCategory.TO_DO).created(created)
                .updated(created).build();
        return new JiraData.Issue(id, key, summary, project, type, false, "To Do", null, role, fact);
    }

    /** The started sprint with the most issues in scope. */
    private static Sprint busiestSprint(Map<String, JiraData.Issue> issues, List<String> inScope,
                                        Map<Integer, Sprint> sprints) {
        Map<Integer, Integer> hits = new HashMap<>();
        for (String key : inScope) {
            for (int s : issues.get(key).fact().sprintIds()) {
                hits.merge(s, 1, Integer::sum);
            }
        }
        Sprint best = null;
        int bestHits = -1;
        for (Map.Entry<Integer, Integer> h : hits.entrySet()) {
            Sprint s = sprints.get(h.getKey());
            if (s != null && s.start() != null && (h.getValue() > bestHits
                    || h.getValue() == bestHits && s.id() < best.id())) {
                best = s;
                bestHits = h.getValue();
            }
        }
        if (best == null) {
            throw new IllegalStateException("no started sprint holds an issue in scope");
        }
        return best;
    }

    static String statusName(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
    }
}
