package dev.northstar.okr.jira;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.OddValues;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.reading.FactRequest;
import dev.northstar.okr.reading.FactSet;
import dev.northstar.okr.reading.FieldChoice;
import dev.northstar.okr.reading.IssueFacts;
import dev.northstar.okr.reading.JqlMatch;
import dev.northstar.okr.reading.JqlRequest;
import dev.northstar.okr.reading.KeyResultValues;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Jira issues as the OKR engine's facts, the same whoever asks (figures count issues the caller may not see, and
 * reads are cached for everyone; visibility is asked separately). Three searches at most per read (issues by key,
 * children of every initiative, the sprint's issues), each batched and paged by {@link JqlPages}, plus one per key
 * result with its own JQL (a user's query cannot be merged with others'); change history is read per issue not to
 * do now (first move out of "to do", first move into a done status), per key result (its current value over time)
 * and per issue a JQL sum or average reads (the field's value over time), which is not a search.
 *
 * <p>Epic children are found through Jira Software's Epic Link field when this Jira has one (recognised by its field
 * type, or by the name "Epic Link"); otherwise through {@code parent}, where non-sub-task children are the
 * initiative's children and sub-tasks count through their parent, as everywhere else.
 */
public class JiraIssueFacts implements IssueFacts {
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    /**
     * Most issues one key result's JQL may find: 10 pages. A query finding more gives the key result an error
     * rather than a figure from part of its issues, and keeps one view from reading a whole instance.
     */
    static final int MAX_JQL_ISSUES = 5000;
    private static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]+");

    private final JqlPages pages;
    private final CustomFieldManager fields;
    private final IssueHistory history;
    private final StatusManager statuses;
    private final UserManager users;

    public JiraIssueFacts(JqlPages pages, CustomFieldManager fields, ChangeHistoryManager history,
                          StatusManager statuses, UserManager users) {
        this.pages = pages;
        this.fields = fields;
        this.history = new IssueHistory(history);
        this.statuses = statuses;
        this.users = users;
    }

    @Override
    public FieldChoice storyPointsField(String override) {
        return choose(override, FieldChoice.STORY_POINTS_NAMES);
    }

    @Override
    public FieldChoice sprintField(String override) {
        return choose(override, FieldChoice.SPRINT_NAMES);
    }

    /** The admin's field when set (it must exist), else the one field carrying the first name that any field has. */
    private FieldChoice choose(String override, List<String> names) {
        if (override != null && !override.isBlank()) {
            CustomField chosen = fields.getCustomFieldObject(override.trim());
            return chosen == null
                    ? FieldChoice.problem(override.trim(), FieldChoice.Problem.UNKNOWN_OVERRIDE, List.of())
                    : FieldChoice.found(chosen.getId(), chosen.getName());
        }
        for (String name : names) {
            Collection<CustomField> named = fields.getCustomFieldObjectsByName(name);
            List<CustomField> found = named == null ? List.of() : List.copyOf(named);
            if (found.size() == 1) {
                return FieldChoice.found(found.get(0).getId(), name);
            }
            if (found.size() > 1) {
                return FieldChoice.problem(name, FieldChoice.Problem.AMBIGUOUS,
                        found.stream().map(CustomField::getId).sorted().toList());
            }
        }
        return FieldChoice.problem(names.get(0), FieldChoice.Problem.MISSING, List.of());
    }

    @Override
    public FactSet read(FactRequest request) {
        Map<String, Issue> byKey = new LinkedHashMap<>();
        Set<String> krKeys = request.keyResults();
        CustomField epicLink = request.expand().isEmpty() ? null : epicLinkField();
        collect(byKey, pages.byKeys("issuekey in (%s)", request.issues()));
        if (!request.expand().isEmpty()) {
            String clause = epicLink == null ? "parent" : "cf[" + number(epicLink.getId()) + "]";
            collect(byKey, pages.byKeys(clause + " in (%s)", request.expand()));
        }
        CustomField sprintField = field(request.sprintField());
        if (request.sprintId() != null && sprintField != null) {
            collect(byKey, pages.all("cf[" + number(sprintField.getId()) + "] = " + request.sprintId()));
        }
        CustomField pointsField = field(request.storyPointsField());
        Map<String, JqlMatch> jql = new HashMap<>();
        Map<String, Set<CustomField>> aggregated = new HashMap<>();
        request.jql().forEach((kr, query) -> jql.put(kr, readJql(query, byKey, aggregated)));

        // A done issue's done instant is its first move into any done status, and an issue's in-progress instant its
        // first move out of "to do". Jira knows every status's category, also of statuses no issue is in any more.
        Set<String> doneStatuses = new HashSet<>();
        Set<String> startedStatuses = new HashSet<>();
        Collection<Status> all = statuses.getStatuses();
        for (Status status : all == null ? List.<Status>of() : all) {
            StatusCategory category = status == null || status.getStatusCategory() == null ? StatusCategory.TO_DO
                    : StatusCategory.fromKey(status.getStatusCategory().getKey());
            if (category != StatusCategory.TO_DO && status.getId() != null) {
                startedStatuses.add(status.getId());
                if (category == StatusCategory.DONE) {
                    doneStatuses.add(status.getId());
                }
            }
        }
        Map<String, KeyResultValues> values = new HashMap<>();
        Map<Integer, Sprint> sprints = new HashMap<>();
        List<IssueFact> facts = new ArrayList<>();
        for (Issue issue : byKey.values()) {
            String key = issue.getKey();
            List<String> notes = new ArrayList<>(); // values the figures cannot use, each naming the issue
            Map<String, NumericHistory> numeric = Map.of();
            if (krKeys.contains(key)) {
                KeyResultValues v = values(issue, request.schema(), notes);
                values.put(key, v);
                if (!v.history().isEmpty()) {
                    numeric = Map.of(v.currentField(), v.history());
                }
            }
            numeric = withAggregated(numeric, issue, aggregated.getOrDefault(key, Set.of()), pointsField, notes);
            List<Integer> sprintIds = new ArrayList<>();
            if (sprintField != null) {
                for (Sprint s : SprintValues.read(issue.getCustomFieldValue(sprintField))) {
                    sprintIds.add(s.id());
                    sprints.putIfAbsent(s.id(), s);
                }
            }
            StatusCategory category = category(issue);
            Instant created = IssueHistory.instant(issue.getCreated());
            Instant updated = IssueHistory.instant(issue.getUpdated());
            Instant since = created != null ? created : updated != null ? updated : Instant.EPOCH;
            // one read of the status history serves both instants; issues to do now need neither
            List<ChangeItemBean> moves = category == StatusCategory.TO_DO ? List.of() : history.changes(issue, "status");
            // a done issue was done no later than its resolution was first set (a migration may have moved statuses)
            List<ChangeItemBean> resolutions = category == StatusCategory.DONE ? history.changes(issue, "resolution")
                    : List.of();
            facts.add(IssueFact.builder(key).type(issue.getIssueType() == null ? "" : issue.getIssueType().getName())
                    .subtask(issue.isSubTask()).statusCategory(category)
                    .created(since).resolved(IssueHistory.instant(issue.getResolutionDate())).updated(updated)
                    .firstDoneTransition(category == StatusCategory.DONE ? IssueHistory.firstInto(moves, doneStatuses) : null)
                    .firstInProgress(IssueHistory.firstInProgress(moves, startedStatuses, since))
                    .firstResolutionSet(IssueHistory.firstSet(resolutions))
                    .epicKey(epicOf(issue, epicLink, request.expand()))
                    .parentKey(issue.isSubTask() ? keyOf(issue.getParentObject()) : null)
                    .storyPoints(points(issue, pointsField, notes)).sprintIds(sprintIds).numericFields(numeric)
                    .notes(notes).build());
        }
        return new FactSet(facts, values, sprints, jql);
    }

    /**
     * Runs one key result's query as the user who last saved its settings, with that user's permissions (never
     * overridden: a query cannot count what its author may not see), and adds what it finds to the issues read; for a
     * sum or an average, marks the issues whose field history to read. When that user is gone or Jira no longer runs
     * the query for them, the key result's error asks an editor to save it again: Jira's own messages would quote the
     * query, which only its editors may read.
     */
    private JqlMatch readJql(JqlRequest request, Map<String, Issue> byKey, Map<String, Set<CustomField>> aggregated) {
        CustomField field = null;
        if (!request.aggregateField().isEmpty()) {
            String name = request.aggregateField();
            FieldChoice choice = choose(FIELD_ID.matcher(name).matches() ? name : null, List.of(name));
            if (!choice.ok()) {
                return JqlMatch.problem("aggregateField", choice.problem() == FieldChoice.Problem.AMBIGUOUS
                                ? "okr.error.aggregateFieldAmbiguous" : "okr.error.aggregateFieldMissing",
                        choice.name(), String.join(", ", choice.candidates()));
            }
            field = fields.getCustomFieldObject(choice.id());
        }
        ApplicationUser owner = request.owner().isEmpty() ? null : users.getUserByKey(request.owner());
        if (owner == null || !owner.isActive()) {
            return JqlMatch.problem("jql", "okr.error.jqlOwner");
        }
        JqlPages.Parsed parsed = pages.parse(request.jql(), owner);
        if (!parsed.valid() || !pages.validate(parsed.query(), owner).isEmpty()) {
            return JqlMatch.problem("jql", "okr.error.jqlOwner");
        }
        JqlPages.Found found;
        try {
            found = pages.upTo(parsed.query(), MAX_JQL_ISSUES, owner);
        } catch (JqlPages.SearchFailed failed) {
            return JqlMatch.problem("jql", "okr.error.jqlOwner");
        }
        if (found.total() > MAX_JQL_ISSUES) {
            return JqlMatch.problem("jql", "okr.error.jqlTooMany", String.valueOf(found.total()),
                    String.valueOf(MAX_JQL_ISSUES));
        }
        List<String> keys = new ArrayList<>();
        for (Issue issue : found.issues()) {
            if (issue != null && JqlPages.isIssueKey(issue.getKey())) {
                byKey.putIfAbsent(issue.getKey(), issue);
                keys.add(issue.getKey());
                if (field != null) {
                    aggregated.computeIfAbsent(issue.getKey(), k -> new HashSet<>()).add(field);
                }
            }
        }
        return JqlMatch.found(keys, field == null ? "" : field.getId());
    }

    /** The issue's numeric values plus the history of each aggregated field, under the field's id. */
    private Map<String, NumericHistory> withAggregated(Map<String, NumericHistory> numeric, Issue issue,
                                                       Set<CustomField> aggregated, CustomField points,
                                                       List<String> notes) {
        if (aggregated.isEmpty()) {
            return numeric;
        }
        Map<String, NumericHistory> all = new HashMap<>(numeric);
        for (CustomField field : aggregated) {
            if (points == null || !field.getId().equals(points.getId())) {
                noteOddValue(issue, field, notes); // a value a sum cannot use is left out with a note (estimates have theirs)
            }
            all.put(field.getId(), history.values(issue, field, IssueHistory.number(issue.getCustomFieldValue(field))));
        }
        return all;
    }

    private static void collect(Map<String, Issue> byKey, List<Issue> found) {
        for (Issue issue : found) {
            if (issue != null && JqlPages.isIssueKey(issue.getKey())) {
                byKey.putIfAbsent(issue.getKey(), issue);
            }
        }
    }

    /** Jira Software's Epic Link field, when this Jira has one. */
    private CustomField epicLinkField() {
        List<CustomField> all = fields.getCustomFieldObjects();
        for (CustomField field : all == null ? List.<CustomField>of() : all) {
            if (field.getCustomFieldType() != null && EPIC_LINK_TYPE.equals(field.getCustomFieldType().getKey())) {
                return field;
            }
        }
        Collection<CustomField> named = fields.getCustomFieldObjectsByName(FieldChoice.EPIC_LINK_NAMES.get(0));
        return named != null && named.size() == 1 ? named.iterator().next() : null;
    }

    private CustomField field(String id) {
        return id == null || id.isBlank() ? null : fields.getCustomFieldObject(id);
    }

    /** The number of customfield_10008, for the {@code cf[10008]} clause that works whatever the field's name. */
    static long number(String fieldId) {
        return Long.parseLong(fieldId.substring(fieldId.lastIndexOf('_') + 1));
    }

    private static String epicOf(Issue issue, CustomField epicLink, Set<String> initiatives) {
        String epic;
        if (epicLink != null) {
            Object value = issue.getCustomFieldValue(epicLink);
            epic = value instanceof Issue e ? e.getKey() : value instanceof String s ? s : null;
        } else {
            // Without Jira Software's epics, a non-sub-task's parent is its initiative; sub-tasks keep their parent.
            epic = issue.isSubTask() ? null : keyOf(issue.getParentObject());
        }
        return epic != null && initiatives.contains(epic) ? epic : null;
    }

    private static String keyOf(Issue issue) {
        return issue == null || !JqlPages.isIssueKey(issue.getKey()) ? null : issue.getKey();
    }

    private static StatusCategory category(Issue issue) {
        if (issue.getStatus() == null || issue.getStatus().getStatusCategory() == null) {
            return StatusCategory.TO_DO;
        }
        return StatusCategory.fromKey(issue.getStatus().getStatusCategory().getKey());
    }

    /**
     * The estimate: a finite, non-negative number. Jira's number fields accept a negative one: such a value (or one that
     * is no number) makes the issue unestimated, with a note naming it, and the rest of the figures stand.
     */
    private static Double points(Issue issue, CustomField field, List<String> notes) {
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        if (value == null) {
            return null;
        }
        boolean readable = value instanceof Number || value instanceof String;
        if (!readable || OddValues.oddEstimate(value)) {
            notes.add(OddValues.estimateNote(issue.getKey(), value));
        }
        return readable ? OddValues.estimate(value) : null;
    }

    /** A key result's start, target or current value that is set but no finite number is left out with a note. */
    private static void noteOddValue(Issue issue, CustomField field, List<String> notes) {
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        if (OddValues.oddNumber(value)) {
            notes.add(OddValues.valueNote(issue.getKey(), field.getName(), value));
        }
    }

    private KeyResultValues values(Issue issue, OkrSchema schema, List<String> notes) {
        List<String> missing = new ArrayList<>();
        CustomField start = schemaField(schema.startFieldId(), "start", missing);
        CustomField target = schemaField(schema.targetFieldId(), "target", missing);
        CustomField current = schemaField(schema.currentFieldId(), "current", missing);
        CustomField unit = schemaField(schema.unitFieldId(), "unit", missing);
        noteOddValue(issue, start, notes);
        noteOddValue(issue, target, notes);
        noteOddValue(issue, current, notes);
        Double now = current == null ? null : IssueHistory.number(issue.getCustomFieldValue(current));
        NumericHistory values = current == null ? NumericHistory.empty() : history.values(issue, current, now);
        Object unitValue = unit == null ? null : issue.getCustomFieldValue(unit);
        return new KeyResultValues(start == null ? null : IssueHistory.number(issue.getCustomFieldValue(start)),
                target == null ? null : IssueHistory.number(issue.getCustomFieldValue(target)), now,
                unitValue == null ? "" : unitValue.toString(), values, current == null ? "" : current.getName(),
                missing);
    }

    private CustomField schemaField(String id, String role, List<String> missing) {
        CustomField field = id == null ? null : fields.getCustomFieldObject(id);
        if (field == null) {
            missing.add(id == null ? role : id);
        }
        return field;
    }

}
