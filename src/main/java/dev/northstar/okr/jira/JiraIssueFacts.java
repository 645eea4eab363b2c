package dev.northstar.okr.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.user.util.UserManager;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.OddValues;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.reading.FactRequest;
import dev.northstar.okr.reading.FactSet;
import dev.northstar.okr.reading.FieldChoice;
import dev.northstar.okr.reading.IssueFacts;
import dev.northstar.okr.reading.JqlMatch;
import dev.northstar.okr.schema.OkrSchema;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira issues as the OKR engine's facts, the same whoever asks (figures count issues the caller may not see, and
 * reads are cached for everyone; visibility is asked separately).
 *
 * <p>Each issue is cached on its own and dropped by its own events ({@link IssueRecords}, {@link #forget}), and so are
 * an initiative's children and a sprint's issues; a read takes what is cached and searches only for what is missing:
 * issues by key, children of the initiatives not cached, the sprint's issues when not cached, each batched and paged
 * by {@link JqlPages}, plus one search per query of a key result's own JQL, whose result is kept a minute
 * ({@link JqlResults}). Change history is read in batches for the issues that need it: the status moves of issues not
 * to do now, a key result's current value over time, and the field a JQL sum or average reads. The facts are made
 * from the cached entries ({@link FactAssembly}): a read whose entries are all the very ones of the last same read
 * gets the same facts, looking each entry up once.
 *
 * <p>Epic children are found through Jira Software's Epic Link field when this Jira has one (recognised by its field
 * type, or by the name "Epic Link"); otherwise through {@code parent}, where non-sub-task children are the
 * initiative's children and sub-tasks count through their parent, as everywhere else.
 */
public class JiraIssueFacts implements IssueFacts {
    static final String EPIC_LINK_TYPE = JiraFields.EPIC_LINK_TYPE;
    static final int MAX_JQL_ISSUES = JqlResults.MAX_ISSUES;

    private final JiraFields fields;
    private final IssueRecords records;
    private final StaleEntries stale;
    private final JqlResults jqlResults;
    private final FactAssembly assembly;

    public JiraIssueFacts(JqlPages pages, CustomFieldManager fields, ChangeHistoryManager history,
                          StatusManager statuses, UserManager users, OkrCache cache, Clock clock) {
        IssueHistory changes = new IssueHistory(history);
        this.fields = new JiraFields(fields, statuses, cache);
        this.records = new IssueRecords(pages, changes, this.fields, cache);
        this.stale = new StaleEntries(this.fields, cache);
        this.jqlResults = new JqlResults(pages, changes, this.fields, users, cache, clock);
        this.assembly = new FactAssembly(cache, this.fields);
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
        FactAssembly.Check last = assembly.check(request, jqlResults.now());
        if (last.facts() != null) {
            return last.facts();
        }
        String epicLink = request.expand().isEmpty() ? null : fields.epicLinkFieldId();
        String sprintField = blank(request.sprintField()) ? null : request.sprintField();
        String pointsField = blank(request.storyPointsField()) ? null : request.storyPointsField();
        FactAssembly.Roles roles = new FactAssembly.Roles(epicLink == null ? null : "E:" + epicLink,
                sprintField == null ? null : "S:" + sprintField, pointsField == null ? null : "P:" + pointsField);
        IssueRecords.Read read = records.read(need(request, epicLink, sprintField, pointsField), last.reuse());
        String clause = epicLink == null ? "parent" : "cf[" + JiraFields.number(epicLink) + "]";
        java.util.function.Function<Issue, String> owner = epicLink == null
                ? issue -> keyOf(issue.getParentObject()) : new EpicOf(fields, epicLink)::of;
        OkrSchema schema = request.schema();
        java.util.function.Function<IssueRecord, dev.northstar.okr.reading.KeyResultValues> krValues =
                issue -> FactAssembly.keyResultValues(issue, schema, fields);
        if (last.last() != null) {
            FactSet spliced = FactSplice.splice(request, assembly, last.last(), last.reuse().changed(), read, roles,
                    clause, owner, krValues);
            if (spliced != null) {
                return spliced;
            }
        }

        Map<String, IssueRecord> byKey = new LinkedHashMap<>();
        collect(byKey, read.byKeys(request.issues()).values());
        Map<String, String> initiativeOf = new HashMap<>();
        if (!request.expand().isEmpty()) {
            Map<String, List<String>> children = read.children(request.expand(), clause, owner);
            Set<String> childKeys = new LinkedHashSet<>();
            children.values().forEach(childKeys::addAll);
            Map<String, IssueRecord> candidates = read.byKeys(childKeys);
            // each initiative's children in the order the search found them, initiatives in key order
            children.forEach((initiative, keys) -> keys.forEach(k -> {
                initiativeOf.putIfAbsent(k, initiative);
                if (childOf(candidates.get(k), initiative, roles.epic())) {
                    byKey.putIfAbsent(k, candidates.get(k));
                }
            }));
        }
        if (request.sprintId() != null && sprintField != null && fields.names(sprintField).exists()) {
            List<String> candidates = read.sprint(request.sprintId(), "cf[" + JiraFields.number(sprintField) + "]");
            Map<String, IssueRecord> found = read.byKeys(candidates);
            candidates.stream().filter(k -> inSprint(found.get(k), roles.sprint(), request.sprintId()))
                    .forEach(k -> byKey.putIfAbsent(k, found.get(k)));
        }
        Map<String, JqlMatch> jql = new HashMap<>();
        Map<String, Map<String, NumericHistory>> aggregated = new HashMap<>();
        Map<String, List<String>> aggregatedNotes = new HashMap<>();
        request.jql().forEach((kr, query) -> {
            JqlResults.JqlRecord found = jqlResults.find(query, read);
            jql.put(kr, found.match());
            read.byKeys(found.match().keys()).values().stream().filter(IssueRecord::exists)
                    .forEach(r -> byKey.putIfAbsent(r.key(), r));
            found.aggregated().forEach((key, values) -> aggregated.computeIfAbsent(key, k -> new HashMap<>())
                    .put(found.match().fieldId(), values));
            if (!found.match().fieldId().equals(pointsField)) { // an odd estimate has its own note
                found.notes().forEach((key, note) -> aggregatedNotes.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(note));
            }
        });
        return assembly.assemble(request, read, byKey, request.expand(), initiativeOf, roles, jql, aggregated,
                aggregatedNotes, krValues);
    }

    /** The Epic Link field's value of search results, the field looked up once when first needed. */
    private static final class EpicOf {
        private final JiraFields fields;
        private final String fieldId;
        private CustomField field;

        EpicOf(JiraFields fields, String fieldId) {
            this.fields = fields;
            this.fieldId = fieldId;
        }

        String of(Issue issue) {
            if (field == null) {
                field = fields.field(fieldId);
            }
            return epicKeyIn(issue, field);
        }
    }

    /** What each issue must hold for this request: its points and sprints, the epic it names, a KR's numbers. */
    private IssueNeed need(FactRequest request, String epicLink, String sprintField, String pointsField) {
        List<IssueNeed.Wanted> values = new ArrayList<>();
        if (epicLink != null) {
            values.add(new IssueNeed.Wanted("E", epicLink, "epic"));
        }
        if (pointsField != null) {
            values.add(new IssueNeed.Wanted("P", pointsField, "points"));
        }
        if (sprintField != null) {
            values.add(new IssueNeed.Wanted("S", sprintField, "sprint"));
        }
        OkrSchema schema = request.schema();
        List<IssueNeed.Wanted> krValues = List.of();
        List<String> krHistories = List.of();
        if (!request.keyResults().isEmpty() && schema != null) {
            krValues = List.of(new IssueNeed.Wanted("N", schema.startFieldId(), "start"),
                    new IssueNeed.Wanted("N", schema.targetFieldId(), "target"),
                    new IssueNeed.Wanted("N", schema.currentFieldId(), "current"),
                    new IssueNeed.Wanted("T", schema.unitFieldId(), "unit"));
            JiraFields.FieldNames current = fields.names(schema.currentFieldId());
            krHistories = current.exists() ? names(current) : List.of();
        }
        return new IssueNeed(values, krValues.isEmpty() ? null : schema.keyResultTypeId(), krValues, krHistories);
    }

    /** A field's names in the change history: as stored, then as shown when that differs. */
    static List<String> names(JiraFields.FieldNames field) {
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
     * Drops what an issue event makes stale, on every node ({@link StaleEntries}).
     *
     * @param sprintField the sprint field in force, to tell the sprints the issue is in now; null when there is none
     */
    void forget(Issue issue, String key, Collection<ChangeItemBean> items, String sprintField) {
        stale.forget(issue, key, items, sprintField);
    }

    private static void collect(Map<String, IssueRecord> byKey, Collection<IssueRecord> found) {
        for (IssueRecord issue : found) {
            if (issue != null && issue.exists()) {
                byKey.putIfAbsent(issue.key(), issue);
            }
        }
    }

    /** Whether the issue names the initiative: in its Epic Link ({@code epicRole}), or else as its parent. */
    static boolean childOf(IssueRecord record, String initiative, String epicRole) {
        if (record == null || !record.exists()) {
            return false;
        }
        String owner = epicRole == null ? record.core().parentKey() : record.keyValue(epicRole);
        return owner != null && owner.equalsIgnoreCase(initiative);
    }

    private static boolean inSprint(IssueRecord record, String sprintRole, int sprintId) {
        return record != null && record.exists() && record.value(sprintRole) instanceof List<?> sprints
                && sprints.stream().anyMatch(s -> ((Sprint) s).id() == sprintId);
    }

    /** The epic an issue names in the Epic Link field. */
    static String epicKeyIn(Issue issue, CustomField field) {
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        return value instanceof Issue e ? e.getKey() : value instanceof String s ? s : null;
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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
