package dev.northstar.okr.local.simjira;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.Sprint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the simulated Jira holds about issues: the issues of a Jira REST export, plus the objectives and key results
 * of an OKR file as issues of their own (in project {@value #OKR_PROJECT} unless the file gives them Jira keys),
 * joined by the app's three link types. {@link SimulatedJira} serves it through Jira's own API; issue types, link
 * types and fields are matched by name to those the app's setup creates there, as if they had been in Jira all along.
 * The app's own data (cycles, check-ins, settings) lives in the embedded database.
 *
 * <p>Issues are indexed as Jira's search index holds them, so that a million issues answer the app's searches at
 * once: by key and id, by epic (the Epic Link field), by epic-or-parent (the {@code parent} clause) and by sprint. An
 * issue can be replaced ({@link #replace}, what an edit does): the indexes follow, and {@link #version()} counts the
 * changes. Reads and replacements are safe from several threads; {@link #issues()} is a live view for one thread.
 */
public final class JiraData {
    /** The project that holds objectives and key results whose keys in the OKR file are not Jira keys. */
    public static final String OKR_PROJECT = "OKR";
    public static final String OBJECTIVE_TYPE = "Objective";
    public static final String KEY_RESULT_TYPE = "Key Result";

    /** What an issue is to the app. */
    public enum Role {
        ISSUE, OBJECTIVE, KEY_RESULT
    }

    /**
     * One issue.
     *
     * @param securityLevel the issue security level's name, or null when anyone who browses the project sees it
     * @param fact          the engine's facts about it
     */
    public record Issue(long id, String key, String summary, String projectKey, String typeName, boolean subtask,
                        String statusName, String securityLevel, Role role, IssueFact fact) {
    }

    /** A key result's own numbers (Jira: its start, target, current value and unit fields, with history). */
    public record MetricValues(Double start, Double target, Double current, String unit, NumericHistory history) {
    }

    private final Map<String, Issue> issues;
    private final Map<Long, String> keysById = new HashMap<>();
    private final Map<String, List<String>> byEpic = new HashMap<>();
    private final Map<String, List<String>> byEpicOrParent = new HashMap<>();
    private final Map<Integer, List<String>> bySprint = new HashMap<>();
    private long version;
    private final Map<String, String> projects;
    private final Map<Integer, Sprint> sprints;
    private final Map<String, String> measures;
    private final Map<String, List<String>> drives;
    private final Map<String, String> aligns;
    private final Map<String, MetricValues> metrics;
    private final Map<String, String> customFields;
    private final Map<Integer, Integer> sprintBoards;

    /**
     * @param projects     project key to name
     * @param measures     key result to the objective it measures
     * @param drives       key result to the initiatives that drive it
     * @param aligns       objective to the objective it aligns to
     * @param customFields custom field id to name (story points, sprint, epic link as the export named them)
     * @param sprintBoards sprint id to the id of the board it was made on (the sprint list's originBoardId)
     */
    public JiraData(Map<String, Issue> issues, Map<String, String> projects, Map<Integer, Sprint> sprints,
                   Map<String, String> measures, Map<String, List<String>> drives, Map<String, String> aligns,
                   Map<String, MetricValues> metrics, Map<String, String> customFields,
                   Map<Integer, Integer> sprintBoards) {
        this.issues = Collections.synchronizedMap(new LinkedHashMap<>(issues));
        issues.values().forEach(this::index);
        this.projects = Map.copyOf(projects);
        this.sprints = Map.copyOf(sprints);
        this.measures = Map.copyOf(measures);
        this.drives = Map.copyOf(drives);
        this.aligns = Map.copyOf(aligns);
        this.metrics = Map.copyOf(metrics);
        this.customFields = Map.copyOf(customFields);
        this.sprintBoards = Map.copyOf(sprintBoards);
    }

    /** Sprint id to its board's id, for the sprints whose list names one. */
    public Map<Integer, Integer> sprintBoards() {
        return sprintBoards;
    }

    public Optional<Issue> issue(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(issues.get(key));
    }

    /** The key of the issue with this id, if any. */
    public synchronized Optional<String> keyOf(long id) {
        return Optional.ofNullable(keysById.get(id));
    }

    /** Every issue, in load order: a live view, for reading on one thread while nothing is replaced. */
    public Collection<Issue> issues() {
        return Collections.unmodifiableCollection(issues.values());
    }

    public int size() {
        return issues.size();
    }

    /** How many replacements were made so far: a search cached at one version is stale at the next. */
    public synchronized long version() {
        return version;
    }

    /**
     * Replaces an issue of the same key and id (an edit), moving it in every index. Returns the issue as it was.
     *
     * @throws IllegalArgumentException when there is no such issue, or the id differs
     */
    public synchronized Issue replace(Issue changed) {
        Issue before = issues.get(changed.key());
        if (before == null || before.id() != changed.id()) {
            throw new IllegalArgumentException("no issue " + changed.key() + " with id " + changed.id());
        }
        unindex(before);
        issues.put(changed.key(), changed);
        index(changed);
        version++;
        return before;
    }

    /** Keys of the issues whose Epic Link names this epic (any case), in no particular order. */
    public synchronized List<String> childrenOfEpic(String epicKey) {
        return copy(byEpic.get(upper(epicKey)));
    }

    /** Keys of the issues whose epic, or else parent, is this issue: what JQL's {@code parent} clause finds here. */
    public synchronized List<String> childrenOf(String key) {
        return copy(byEpicOrParent.get(upper(key)));
    }

    /** Keys of the issues that are or were in this sprint. */
    public synchronized List<String> inSprint(int sprintId) {
        return copy(bySprint.get(sprintId));
    }

    private void index(Issue issue) {
        keysById.put(issue.id(), issue.key());
        IssueFact fact = issue.fact();
        if (fact.epicKey() != null) {
            byEpic.computeIfAbsent(upper(fact.epicKey()), k -> new ArrayList<>(4)).add(issue.key());
        }
        String parent = fact.epicKey() != null ? fact.epicKey() : fact.parentKey();
        if (parent != null) {
            byEpicOrParent.computeIfAbsent(upper(parent), k -> new ArrayList<>(4)).add(issue.key());
        }
        for (int sprint : fact.sprintIds()) {
            bySprint.computeIfAbsent(sprint, k -> new ArrayList<>(4)).add(issue.key());
        }
    }

    private void unindex(Issue issue) {
        IssueFact fact = issue.fact();
        if (fact.epicKey() != null) {
            remove(byEpic, upper(fact.epicKey()), issue.key());
        }
        String parent = fact.epicKey() != null ? fact.epicKey() : fact.parentKey();
        if (parent != null) {
            remove(byEpicOrParent, upper(parent), issue.key());
        }
        for (int sprint : fact.sprintIds()) {
            remove(bySprint, sprint, issue.key());
        }
    }

    private static <K> void remove(Map<K, List<String>> index, K at, String key) {
        List<String> keys = index.get(at);
        if (keys != null) {
            keys.remove(key);
            if (keys.isEmpty()) {
                index.remove(at);
            }
        }
    }

    private static List<String> copy(List<String> keys) {
        return keys == null ? List.of() : List.copyOf(keys);
    }

    private static String upper(String key) {
        return key == null ? null : key.toUpperCase(Locale.ROOT);
    }

    public Map<String, String> projects() {
        return projects;
    }

    public Map<Integer, Sprint> sprints() {
        return sprints;
    }

    /** The objective a key result measures, if any. */
    public Optional<String> objectiveOf(String keyResult) {
        return Optional.ofNullable(measures.get(keyResult));
    }

    public List<String> keyResultsOf(String objective) {
        return measures.entrySet().stream().filter(e -> e.getValue().equals(objective)).map(Map.Entry::getKey)
                .sorted(dev.northstar.okr.domain.IssueKey.KEY_ORDER).toList();
    }

    public List<String> initiativesOf(String keyResult) {
        return drives.getOrDefault(keyResult, List.of());
    }

    public List<String> keyResultsDrivenBy(String initiative) {
        return drives.entrySet().stream().filter(e -> e.getValue().contains(initiative)).map(Map.Entry::getKey)
                .sorted(dev.northstar.okr.domain.IssueKey.KEY_ORDER).toList();
    }

    public Optional<String> parentOf(String objective) {
        return Optional.ofNullable(aligns.get(objective));
    }

    public List<String> alignedTo(String objective) {
        return aligns.entrySet().stream().filter(e -> e.getValue().equals(objective)).map(Map.Entry::getKey)
                .sorted(dev.northstar.okr.domain.IssueKey.KEY_ORDER).toList();
    }

    public Optional<MetricValues> metric(String keyResult) {
        return Optional.ofNullable(metrics.get(keyResult));
    }

    public Map<String, String> customFields() {
        return customFields;
    }

    /** Issue type names in the export and the app's, with whether they are sub-task types. */
    public Map<String, Boolean> issueTypes() {
        Map<String, Boolean> types = new java.util.TreeMap<>();
        for (Issue issue : issues.values()) {
            if (issue.role() == Role.ISSUE) {
                types.merge(issue.typeName(), issue.subtask(), Boolean::logicalOr);
            }
        }
        return types;
    }

    /** Keys of the objectives, in key order. */
    public List<String> objectives() {
        return issues.values().stream().filter(i -> i.role() == Role.OBJECTIVE).map(Issue::key)
                .sorted(dev.northstar.okr.domain.IssueKey.KEY_ORDER).toList();
    }

    public Set<String> securityLevels() {
        Set<String> levels = new java.util.TreeSet<>();
        issues.values().stream().map(Issue::securityLevel).filter(l -> l != null).forEach(levels::add);
        return levels;
    }
}
