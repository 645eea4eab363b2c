package dev.northstar.okr.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.reading.FactRequest;
import dev.northstar.okr.reading.FactSet;
import dev.northstar.okr.reading.FieldChoice;
import dev.northstar.okr.reading.IssueFacts;
import dev.northstar.okr.reading.JqlMatch;
import dev.northstar.okr.reading.JqlRequest;
import dev.northstar.okr.reading.KeyResultValues;
import dev.northstar.okr.schema.OkrSchema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Jira issues as the OKR engine's facts, the same whoever asks (figures count issues the caller may not see, and
 * reads are cached for everyone; visibility is asked separately).
 *
 * <p>Each issue is cached on its own and dropped by its own events ({@link IssueRecords}, {@link #forget}), and so are
 * an initiative's children and a sprint's issues; a read takes what is cached and searches only for what is missing:
 * issues by key, children of the initiatives not cached, the sprint's issues when not cached, each batched and paged
 * by {@link JqlPages}, plus one search per key result with its own JQL, whose result is kept {@value #JQL_SECONDS}
 * seconds (which issues a user's query finds cannot be told from one issue's event). Change history is read in
 * batches for the issues that need it: the status moves of issues not to do now, a key result's current value over
 * time, and the field a JQL sum or average reads. The facts are then made from the cached entries; a read whose
 * entries are all the very ones of the last same read returns the same facts without making them again.
 *
 * <p>Epic children are found through Jira Software's Epic Link field when this Jira has one (recognised by its field
 * type, or by the name "Epic Link"); otherwise through {@code parent}, where non-sub-task children are the
 * initiative's children and sub-tasks count through their parent, as everywhere else.
 */
public class JiraIssueFacts implements IssueFacts {
    static final String EPIC_LINK_TYPE = JiraFields.EPIC_LINK_TYPE;
    /**
     * Most issues one key result's JQL may find: 10 pages. A query finding more gives the key result an error
     * rather than a figure from part of its issues, and keeps one view from reading a whole instance.
     */
    static final int MAX_JQL_ISSUES = 5000;
    /** How long what a key result's own JQL found is kept. */
    static final int JQL_SECONDS = 60;
    static final String JQL = "okr:jql:";
    private static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]+");
    private static final int MEMO = 32;

    private final JqlPages pages;
    private final IssueHistory history;
    private final JiraFields fields;
    private final IssueRecords records;
    private final OkrCache cache;
    private final Clock clock;
    private final Map<FactRequest, Memo> memo = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FactRequest, Memo> eldest) {
            return size() > MEMO;
        }
    });

    public JiraIssueFacts(JqlPages pages, CustomFieldManager fields, ChangeHistoryManager history, OkrCache cache,
                          Clock clock) {
        this.pages = pages;
        this.history = new IssueHistory(history);
        this.fields = new JiraFields(fields, cache);
        this.records = new IssueRecords(pages, this.history, this.fields, cache);
        this.cache = cache;
        this.clock = clock;
    }

    /** The facts made last for a request, and the cached entries they were made from. */
    private record Memo(List<Object> used, FactSet facts) {
    }

    /** What a key result's own JQL found, when, and the history of the field it sums or averages, by issue key. */
    record JqlRecord(Instant readAt, JqlMatch match, Map<String, NumericHistory> aggregated) {
        JqlRecord {
            aggregated = Map.copyOf(aggregated);
        }
    }

    @Override
    public FieldChoice storyPointsField(String override) {
        return fields.choose(override, FieldChoice.STORY_POINTS_NAMES);
    }

    @Override
    public FieldChoice sprintField(String override) {
        return fields.choose(override, FieldChoice.SPRINT_NAMES);
    }

    @Override
    public FactSet read(FactRequest request) {
        String epicLink = request.expand().isEmpty() ? null : fields.epicLinkFieldId();
        String sprintField = blank(request.sprintField()) ? null : request.sprintField();
        String pointsField = blank(request.storyPointsField()) ? null : request.storyPointsField();
        IssueRecords.Read read = records.read(need(request, epicLink, sprintField, pointsField));

        Map<String, IssueRecord> byKey = new LinkedHashMap<>();
        collect(byKey, read.byKeys(request.issues()).values());
        Map<String, List<String>> children = Map.of();
        if (!request.expand().isEmpty()) {
            String clause = epicLink == null ? "parent" : "cf[" + JiraFields.number(epicLink) + "]";
            children = read.children(request.expand(), clause, epicLink == null
                    ? issue -> keyOf(issue.getParentObject()) : issue -> epicKeyIn(issue, epicLink));
            Set<String> childKeys = new TreeSet<>(IssueKey.KEY_ORDER);
            children.values().forEach(childKeys::addAll);
            Map<String, IssueRecord> candidates = read.byKeys(childKeys);
            List<String> members = new ArrayList<>();
            children.forEach((initiative, keys) -> keys.stream().filter(k -> childOf(candidates.get(k), initiative,
                    epicLink)).forEach(members::add));
            members.sort(IssueKey.KEY_ORDER);
            members.forEach(k -> byKey.putIfAbsent(k, candidates.get(k)));
        }
        if (request.sprintId() != null && sprintField != null && fields.names(sprintField).exists()) {
            String wanted = "S:" + sprintField;
            List<String> candidates = read.sprint(request.sprintId(), "cf[" + JiraFields.number(sprintField) + "]");
            Map<String, IssueRecord> found = read.byKeys(candidates);
            candidates.stream().filter(k -> inSprint(found.get(k), wanted, request.sprintId()))
                    .forEach(k -> byKey.putIfAbsent(k, found.get(k)));
        }
        Map<String, JqlMatch> jql = new HashMap<>();
        Map<String, Map<String, NumericHistory>> aggregated = new HashMap<>();
        request.jql().forEach((kr, query) -> {
            JqlRecord found = jql(query, read);
            read.used().add(found);
            jql.put(kr, found.match());
            read.byKeys(found.match().keys()).values().stream().filter(IssueRecord::exists)
                    .forEach(r -> byKey.putIfAbsent(r.key(), r));
            found.aggregated().forEach((key, values) -> aggregated.computeIfAbsent(key, k -> new HashMap<>())
                    .put(found.match().fieldId(), values));
        });

        Memo last = memo.get(request);
        if (last != null && same(last.used(), read.used())) {
            return last.facts();
        }
        FactSet facts = assemble(request, byKey, children.isEmpty() ? Set.of() : request.expand(), epicLink,
                sprintField, pointsField, jql, aggregated);
        memo.put(request, new Memo(List.copyOf(read.used()), facts));
        return facts;
    }

    private FactSet assemble(FactRequest request, Map<String, IssueRecord> byKey, Set<String> initiatives,
                             String epicLink, String sprintField, String pointsField, Map<String, JqlMatch> jql,
                             Map<String, Map<String, NumericHistory>> aggregated) {
        // A done issue's done instant is its first move into any done status, and an issue's in-progress instant its
        // first move out of "to do"; the categories of statuses are known by the issues read that are in them.
        Set<String> doneStatuses = new HashSet<>();
        Set<String> startedStatuses = new HashSet<>();
        for (IssueRecord issue : byKey.values()) {
            if (issue.category() != StatusCategory.TO_DO && issue.statusId() != null) {
                startedStatuses.add(issue.statusId());
                if (issue.category() == StatusCategory.DONE) {
                    doneStatuses.add(issue.statusId());
                }
            }
        }
        Set<String> krKeys = request.keyResults();
        Map<String, KeyResultValues> values = new HashMap<>();
        Map<Integer, Sprint> sprints = new HashMap<>();
        List<IssueFact> facts = new ArrayList<>();
        for (IssueRecord issue : byKey.values()) {
            String key = issue.key();
            Map<String, NumericHistory> numeric = Map.of();
            if (krKeys.contains(key)) {
                KeyResultValues v = values(issue, request.schema());
                values.put(key, v);
                if (!v.history().isEmpty()) {
                    numeric = Map.of(v.currentField(), v.history());
                }
            }
            Map<String, NumericHistory> summed = aggregated.getOrDefault(key, Map.of());
            if (!summed.isEmpty()) {
                Map<String, NumericHistory> all = new HashMap<>(numeric);
                all.putAll(summed);
                numeric = all;
            }
            List<Integer> sprintIds = new ArrayList<>();
            if (sprintField != null && issue.value("S:" + sprintField) instanceof List<?> list) {
                for (Object o : list) {
                    Sprint s = (Sprint) o;
                    sprintIds.add(s.id());
                    sprints.putIfAbsent(s.id(), s);
                }
            }
            StatusCategory category = issue.category();
            Instant created = issue.created();
            Instant updated = issue.updated();
            Instant since = created != null ? created : updated != null ? updated : Instant.EPOCH;
            // one read of the status history serves both instants; issues to do now need neither
            List<IssueHistory.Change> moves = category == StatusCategory.TO_DO ? List.of()
                    : issue.history(IssueRecords.Need.STATUS);
            facts.add(IssueFact.builder(key).type(issue.typeName())
                    .subtask(issue.subtask()).statusCategory(category)
                    .created(since).resolved(issue.resolved()).updated(updated)
                    .firstDoneTransition(category == StatusCategory.DONE ? IssueHistory.firstInto(moves, doneStatuses) : null)
                    .firstInProgress(IssueHistory.firstInProgress(moves, startedStatuses, since))
                    .epicKey(epicOf(issue, epicLink, initiatives))
                    .parentKey(issue.subtask() ? issue.parentKey() : null)
                    .storyPoints(pointsField == null ? null : (Double) issue.value("P:" + pointsField))
                    .sprintIds(sprintIds).numericFields(numeric)
                    .build());
        }
        return new FactSet(facts, values, sprints, jql);
    }

    /** What each issue must hold for this request: its points and sprints, the epic it names, a KR's numbers. */
    private IssueRecords.Need need(FactRequest request, String epicLink, String sprintField, String pointsField) {
        List<IssueRecords.Wanted> values = new ArrayList<>();
        if (epicLink != null) {
            values.add(new IssueRecords.Wanted("E", epicLink, "epic"));
        }
        if (pointsField != null) {
            values.add(new IssueRecords.Wanted("P", pointsField, "points"));
        }
        if (sprintField != null) {
            values.add(new IssueRecords.Wanted("S", sprintField, "sprint"));
        }
        OkrSchema schema = request.schema();
        List<IssueRecords.Wanted> krValues = List.of();
        List<String> krHistories = List.of();
        if (!request.keyResults().isEmpty() && schema != null) {
            krValues = List.of(new IssueRecords.Wanted("N", schema.startFieldId(), "start"),
                    new IssueRecords.Wanted("N", schema.targetFieldId(), "target"),
                    new IssueRecords.Wanted("N", schema.currentFieldId(), "current"),
                    new IssueRecords.Wanted("T", schema.unitFieldId(), "unit"));
            JiraFields.FieldNames current = fields.names(schema.currentFieldId());
            krHistories = current.exists() ? names(current) : List.of();
        }
        return new IssueRecords.Need(values, krValues.isEmpty() ? null : schema.keyResultTypeId(), krValues,
                krHistories);
    }

    private static List<String> names(JiraFields.FieldNames field) {
        Set<String> names = new LinkedHashSet<>();
        if (field.untranslatedName() != null) {
            names.add(field.untranslatedName());
        }
        if (field.name() != null) {
            names.add(field.name());
        }
        return List.copyOf(names);
    }

    /**
     * What a key result's own query finds, from the cache while younger than {@value #JQL_SECONDS} seconds, else run
     * (security overridden, as every figure): Jira parses the user's text, and its own messages explain a query it
     * refuses. For a sum or an average, the summed field's history of each issue found is read with it.
     */
    private JqlRecord jql(JqlRequest request, IssueRecords.Read read) {
        String key = JQL + digest(request.jql() + "\u0000" + request.aggregateField());
        Instant now = clock.instant();
        JqlRecord cached = cache.get(key, JqlRecord.class, () -> readJql(request, read, now));
        if (cached.readAt().plusSeconds(JQL_SECONDS).isBefore(now)) {
            cache.invalidate(key);
            cached = cache.get(key, JqlRecord.class, () -> readJql(request, read, now));
        }
        return cached;
    }

    private JqlRecord readJql(JqlRequest request, IssueRecords.Read read, Instant now) {
        CustomField field = null;
        if (!request.aggregateField().isEmpty()) {
            String name = request.aggregateField();
            FieldChoice choice = fields.choose(FIELD_ID.matcher(name).matches() ? name : null, List.of(name));
            if (!choice.ok()) {
                return new JqlRecord(now, JqlMatch.problem("aggregateField",
                        choice.problem() == FieldChoice.Problem.AMBIGUOUS
                                ? "okr.error.aggregateFieldAmbiguous" : "okr.error.aggregateFieldMissing",
                        choice.name(), String.join(", ", choice.candidates())), Map.of());
            }
            field = fields.field(choice.id());
        }
        JqlPages.Parsed parsed = pages.parse(request.jql());
        if (!parsed.valid()) {
            return new JqlRecord(now, JqlMatch.problem("jql", "okr.error.jqlInvalid",
                    String.join(" ", parsed.errors())), Map.of());
        }
        JqlPages.Found found;
        try {
            found = pages.upTo(parsed.query(), MAX_JQL_ISSUES);
        } catch (JqlPages.SearchFailed failed) {
            return new JqlRecord(now, JqlMatch.problem("jql", "okr.error.jqlInvalid",
                    String.valueOf(failed.getMessage())), Map.of());
        }
        if (found.total() > MAX_JQL_ISSUES) {
            return new JqlRecord(now, JqlMatch.problem("jql", "okr.error.jqlTooMany", String.valueOf(found.total()),
                    String.valueOf(MAX_JQL_ISSUES)), Map.of());
        }
        List<Issue> issues = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (Issue issue : found.issues()) {
            if (issue != null && JqlPages.isIssueKey(issue.getKey())) {
                keys.add(issue.getKey());
                if (distinct.add(issue.getKey())) {
                    issues.add(issue);
                }
            }
        }
        read.store(issues);
        Map<String, NumericHistory> aggregated = new HashMap<>();
        if (field != null) {
            String untranslated = field.getUntranslatedName();
            String translated = field.getName() != null && !field.getName().equals(untranslated) ? field.getName()
                    : null;
            List<String> names = translated == null ? List.of(untranslated) : List.of(untranslated, translated);
            Map<Long, Map<String, List<IssueHistory.Change>>> changes = history.read(issues, names);
            for (Issue issue : issues) {
                Map<String, List<IssueHistory.Change>> own = changes.getOrDefault(issue.getId(), Map.of());
                aggregated.put(issue.getKey(), IssueHistory.values(IssueHistory.instant(issue.getCreated()),
                        own.getOrDefault(untranslated, List.of()),
                        translated == null ? null : own.getOrDefault(translated, List.of()),
                        IssueHistory.number(issue.getCustomFieldValue(field))));
            }
        }
        return new JqlRecord(now, JqlMatch.found(keys, field == null ? "" : field.getId()), aggregated);
    }

    /**
     * Drops what an issue event makes stale, on every node: the issue's own entry, and the children of its epic (or
     * parent) and the issues of its sprints, now and before the change (before: as this node cached the issue, and as
     * the event's change items say). Nothing else: an edit elsewhere drops nothing another view uses.
     *
     * @param sprintField the sprint field in force, to tell the sprints the issue is in now; null when there is none
     */
    void forget(Issue issue, String key, Collection<ChangeItemBean> items, String sprintField) {
        Set<String> drop = new LinkedHashSet<>();
        drop.add(IssueRecords.ISSUE + key);
        String epicLink = fields.epicLinkFieldId();
        CustomField epicField = epicLink == null ? null : fields.field(epicLink);
        if (issue != null) {
            if (epicField != null) {
                String epic = epicKeyIn(issue, epicLink);
                if (epic != null) {
                    drop.add(IssueRecords.CHILDREN + epic);
                }
            }
            String parent = keyOf(issue.getParentObject());
            if (parent != null) {
                drop.add(IssueRecords.CHILDREN + parent);
            }
            CustomField sprints = sprintField == null ? null : fields.field(sprintField);
            if (sprints != null) {
                SprintValues.read(issue.getCustomFieldValue(sprints)).forEach(s -> drop.add(IssueRecords.SPRINT + s.id()));
            }
        }
        cache.peek(IssueRecords.ISSUE + key, IssueRecord.class).ifPresent(before -> {
            if (before.parentKey() != null) {
                drop.add(IssueRecords.CHILDREN + before.parentKey());
            }
            before.values().forEach((role, value) -> {
                if (role.startsWith("E:") && value instanceof String epic) {
                    drop.add(IssueRecords.CHILDREN + epic);
                } else if (role.startsWith("S:") && value instanceof List<?> list) {
                    list.forEach(s -> drop.add(IssueRecords.SPRINT + ((Sprint) s).id()));
                }
            });
        });
        for (ChangeItemBean item : items) {
            String field = item.getField() == null ? "" : item.getField().toLowerCase(Locale.ROOT);
            if (field.equals("epic link") || field.equals("parent") || field.equals("parent issue")) {
                for (String text : new String[] {item.getFromString(), item.getFrom()}) {
                    if (JqlPages.isIssueKey(text)) {
                        drop.add(IssueRecords.CHILDREN + text);
                    }
                }
            } else if (field.equals("sprint") && item.getFrom() != null) {
                for (String id : item.getFrom().split(",")) {
                    if (id.trim().matches("[0-9]{1,9}")) {
                        drop.add(IssueRecords.SPRINT + id.trim());
                    }
                }
            }
        }
        drop.forEach(cache::invalidate);
    }

    private static boolean same(List<Object> before, List<Object> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Map<String, IssueRecord> byKey, Collection<IssueRecord> found) {
        for (IssueRecord issue : found) {
            if (issue != null && issue.exists()) {
                byKey.putIfAbsent(issue.key(), issue);
            }
        }
    }

    private static boolean childOf(IssueRecord record, String initiative, String epicLink) {
        if (record == null || !record.exists()) {
            return false;
        }
        String owner = epicLink == null ? record.parentKey() : record.keyValue("E:" + epicLink);
        return owner != null && owner.equalsIgnoreCase(initiative);
    }

    private static boolean inSprint(IssueRecord record, String wanted, int sprintId) {
        return record != null && record.exists() && record.value(wanted) instanceof List<?> sprints
                && sprints.stream().anyMatch(s -> ((Sprint) s).id() == sprintId);
    }

    /** The epic an issue names in the Epic Link field. */
    private String epicKeyIn(Issue issue, String epicLink) {
        CustomField field = fields.field(epicLink);
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        return value instanceof Issue e ? e.getKey() : value instanceof String s ? s : null;
    }

    private static String epicOf(IssueRecord issue, String epicLink, Set<String> initiatives) {
        String epic;
        if (epicLink != null) {
            epic = issue.keyValue("E:" + epicLink);
        } else {
            // Without Jira Software's epics, a non-sub-task's parent is its initiative; sub-tasks keep their parent.
            epic = issue.subtask() ? null : issue.parentKey();
        }
        return epic != null && initiatives.contains(epic) ? epic : null;
    }

    static String keyOf(Issue issue) {
        return issue == null || !JqlPages.isIssueKey(issue.getKey()) ? null : issue.getKey();
    }

    static StatusCategory category(Issue issue) {
        if (issue.getStatus() == null || issue.getStatus().getStatusCategory() == null) {
            return StatusCategory.TO_DO;
        }
        return StatusCategory.fromKey(issue.getStatus().getStatusCategory().getKey());
    }

    static Double points(Object value) {
        if (!(value instanceof Number n)) {
            return null;
        }
        double points = n.doubleValue();
        return Double.isFinite(points) && points >= 0 ? points : null;
    }

    private KeyResultValues values(IssueRecord issue, OkrSchema schema) {
        Double now = (Double) issue.value("N:" + key(schema.currentFieldId(), "current"));
        JiraFields.FieldNames current = fields.names(schema.currentFieldId());
        NumericHistory values = !current.exists() ? NumericHistory.empty()
                : IssueHistory.values(issue.created(), issue.history(names(current).get(0)),
                names(current).size() > 1 ? issue.history(names(current).get(1)) : null, now);
        Object unit = issue.value("T:" + key(schema.unitFieldId(), "unit"));
        return new KeyResultValues((Double) issue.value("N:" + key(schema.startFieldId(), "start")),
                (Double) issue.value("N:" + key(schema.targetFieldId(), "target")), now,
                unit == null ? "" : unit.toString(), values, current.exists() ? current.name() : "", issue.missing());
    }

    private static String key(String fieldId, String role) {
        return fieldId == null ? "-" + role : fieldId;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A short, stable digest of a text: SHA-256, 128 bits in hex. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
