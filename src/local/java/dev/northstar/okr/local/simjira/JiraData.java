package dev.northstar.okr.local.simjira;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.Sprint;

import java.time.Instant;
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

    /**
     * A key result's own numbers (Jira: its start, target, current value and unit fields). {@code history} is the
     * current value's history as the data set gives it; changes made since through the issue service are in the
     * issue's {@link #changes} instead, as Jira's change history keeps them.
     */
    public record MetricValues(Double start, Double target, Double current, String unit, NumericHistory history) {
        public static final MetricValues NONE = new MetricValues(null, null, null, null, NumericHistory.empty());
    }

    /**
     * One change item recorded by an edit made through the simulated Jira's services: a custom field's value (its name,
     * as Jira's history names it) or a link ({@code Link}), with the values before and after as Jira stores them.
     */
    public record Change(String fieldType, String field, String from, String fromText, String to, String toText,
                         Instant at) {
    }

    private final Map<String, Issue> issues;
    private final Map<Long, String> keysById = new HashMap<>();
    private final Map<String, List<String>> byEpic = new HashMap<>();
    private final Map<String, List<String>> byEpicOrParent = new HashMap<>();
    private final Map<Integer, List<String>> bySprint = new HashMap<>();
    private long version;
    private final Map<String, String> projects;
    private final Map<Integer, Sprint> sprints;
    private final JiraLinks links;
    private final Map<String, MetricValues> metrics;
    private final Map<String, List<Change>> changes = new HashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private long lastId;
    private final Map<String, String> customFields;
    private final Map<Integer, Integer> sprintBoards;

    /**
     * @param projects     project key to name
     * @param measures     key result to the objective it measures (these three: the data set's links, see
     *                     {@link JiraLinks})
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
        issues.values().forEach(this::counted);
        this.projects = Map.copyOf(projects);
        this.sprints = Map.copyOf(sprints);
        this.links = new JiraLinks(measures, drives, aligns);
        this.metrics = Collections.synchronizedMap(new HashMap<>(metrics));
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

    /**
     * Adds a new issue under the next key of its project (Jira never gives a number twice, deleted issues' included)
     * and the next id; answers it as added.
     *
     * @param make builds the issue from its key and id
     */
    public synchronized Issue add(String projectKey, java.util.function.BiFunction<String, Long, Issue> make) {
        int number = lastNumber.merge(projectKey, 1, Integer::sum);
        Issue issue = make.apply(projectKey + "-" + number, ++lastId);
        if (issues.containsKey(issue.key())) {
            throw new IllegalStateException("issue " + issue.key() + " exists already");
        }
        issues.put(issue.key(), issue);
        index(issue);
        version++;
        return issue;
    }

    /** Puts back an issue created earlier (replayed from the settings file), under its own key and id. */
    public synchronized void restore(Issue issue) {
        if (!issues.containsKey(issue.key())) {
            issues.put(issue.key(), issue);
            index(issue);
            counted(issue);
            version++;
        }
    }

    /** Deletes the issue with its links, values and recorded changes; answers it as it was, or null. */
    public synchronized Issue remove(String key) {
        Issue gone = issues.remove(key);
        if (gone != null) {
            unindex(gone);
            keysById.remove(gone.id());
            links.removeAll(key);
            metrics.remove(key);
            changes.remove(key);
            version++;
        }
        return gone;
    }

    /** Remembers the highest issue number of each project and the highest id, so that new issues get new ones. */
    private void counted(Issue issue) {
        lastId = Math.max(lastId, issue.id());
        String key = issue.key();
        int dash = key.lastIndexOf('-');
        if (dash > 0) {
            try {
                lastNumber.merge(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1)), Math::max);
            } catch (NumberFormatException notNumbered) {
                // a key without a number: nothing to count
            }
        }
    }

    /** The issue's links, made by the data set or through the link service since. */
    public JiraLinks links() {
        return links;
    }

    /** Sets a key result's values (an edit through the issue service), with the change items it recorded. */
    public synchronized void setMetric(String key, MetricValues values, List<Change> recorded) {
        metrics.put(key, values);
        record(key, recorded);
        version++;
    }

    /** Records change items on the issue (an edit or a link change made through the services). */
    public synchronized void record(String key, List<Change> recorded) {
        if (!recorded.isEmpty() && issues.containsKey(key)) {
            changes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(recorded);
        }
    }

    /** The change items recorded on the issue by edits made through the services, oldest first. */
    public synchronized List<Change> changes(String key) {
        return List.copyOf(changes.getOrDefault(key, List.of()));
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
        return links.objectiveOf(keyResult);
    }

    public List<String> keyResultsOf(String objective) {
        return links.keyResultsOf(objective);
    }

    public List<String> initiativesOf(String keyResult) {
        return links.initiativesOf(keyResult);
    }

    public List<String> keyResultsDrivenBy(String initiative) {
        return links.keyResultsDrivenBy(initiative);
    }

    public Optional<String> parentOf(String objective) {
        return links.parentOf(objective);
    }

    public List<String> alignedTo(String objective) {
        return links.alignedTo(objective);
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
