package dev.northstar.okr.testing;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.northstar.okr.jira.JiraIssueFacts;
import dev.northstar.okr.jira.JiraOkrStructure;
import dev.northstar.okr.jira.JqlPages;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.schema.OkrSchema;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issues, custom fields, links and change history of a small Jira, on top of {@link JiraFixture}'s permissions
 * (its {@code secure(key)} hides an issue from everyone below project admin). Jira's search is a fake that
 * understands exactly the JQL the app writes and counts every search, so tests can prove that the number of
 * searches does not grow with the number of key results. The change history answers both one issue's read and the
 * batched read of many, and counts the calls ({@link #historyReads()}).
 *
 * <p>The app's Jira adapters read through the cache given, or through none ({@link #PASS_THROUGH}, the default: every
 * read goes to Jira, for tests that change issues without sending Jira's events).
 */
public final class JiraIssues {
    public static final String OBJECTIVE = "10100";
    public static final String KEY_RESULT = "10101";
    public static final String EPIC = "10000";
    public static final String STORY = "10001";
    public static final String SUBTASK = "10002";
    public static final long MEASURES = 11L;
    public static final long DRIVES = 12L;
    public static final long ALIGNS = 13L;
    public static final String TODO_STATUS = "1";
    public static final String PROGRESS_STATUS = "3";
    public static final String DONE_STATUS = "10001";
    public static final String CLOSED_STATUS = "6";

    public final OkrSchema schema = new OkrSchema(OBJECTIVE, KEY_RESULT, MEASURES, DRIVES, ALIGNS,
            "customfield_10401", "customfield_10402", "customfield_10403", "customfield_10404");

    public final CustomFieldManager fields = mock(CustomFieldManager.class);
    public final IssueLinkManager links = mock(IssueLinkManager.class);
    public final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    /** Jira's status list: every status with its category, also those no issue is in. */
    public final StatusManager statuses = mock(StatusManager.class);
    private final Map<String, String> statusCategories = new LinkedHashMap<>(Map.of(TODO_STATUS, "new",
            PROGRESS_STATUS, "indeterminate", DONE_STATUS, "done", CLOSED_STATUS, "done"));
    public final Search search = new Search();

    public final CustomField start = field("customfield_10401", "Start value", "float");
    public final CustomField target = field("customfield_10402", "Target value", "float");
    public final CustomField current = field("customfield_10403", "Current value", "float");
    public final CustomField unit = field("customfield_10404", "Unit", "textfield");
    public final CustomField storyPoints = field("customfield_10002", "Story Points", "float");
    public final CustomField sprint = field("customfield_10100", "Sprint", "com.pyxis.greenhopper.jira:gh-sprint");
    public final CustomField epicLink = field("customfield_10008", "Epic Link", "com.pyxis.greenhopper.jira:gh-epic-link");

    /** No caching: every lookup loads, nothing is kept. */
    public static final OkrCache PASS_THROUGH = new OkrCache() {
        @Override
        public <V> V get(String key, Class<V> type, java.util.function.Supplier<? extends V> loader) {
            return loader.get();
        }

        @Override
        public void invalidate(String key) {
        }

        @Override
        public void clear() {
        }
    };

    public final JqlPages pages;
    public final JiraOkrStructure structure;
    public final JiraIssueFacts facts;
    private int historyReads;

    private final JiraFixture jira;
    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private final Map<Long, Spec> byId = new HashMap<>();
    private final List<long[]> linkRows = new ArrayList<>();
    private final Map<String, List<ChangeItemBean>> changes = new HashMap<>();
    private final List<CustomField> allFields = new ArrayList<>(List.of(start, target, current, unit, storyPoints,
            sprint, epicLink));
    private final AtomicLong ids = new AtomicLong(20000);

    public JiraIssues(JiraFixture jira) {
        this(jira, PASS_THROUGH);
    }

    /** This Jira, its adapters reading through {@code cache} (their clock is the real one: JQL results expire). */
    public JiraIssues(JiraFixture jira, OkrCache cache) {
        this.jira = jira;
        when(fields.getCustomFieldObject(anyString())).thenAnswer(call -> allFields.stream()
                .filter(f -> f.getId().equals(call.getArgument(0))).findFirst().orElse(null));
        when(fields.getCustomFieldObjectsByName(anyString())).thenAnswer(call -> allFields.stream()
                .filter(f -> f.getName().equals(call.getArgument(0))).collect(Collectors.toList()));
        when(fields.getCustomFieldObjects()).thenAnswer(call -> new ArrayList<>(allFields));
        when(links.getInwardLinks(anyLong())).thenAnswer(call -> linksOf(call.getArgument(0), false));
        when(links.getOutwardLinks(anyLong())).thenAnswer(call -> linksOf(call.getArgument(0), true));
        when(history.getChangeItemsForField(any(), anyString())).thenAnswer(call -> {
            historyReads++;
            return new ArrayList<>(changes.getOrDefault(call.<Issue>getArgument(0).getKey() + "/" + call.getArgument(1),
                    List.of()));
        });
        when(history.getChangeItemsWithFieldsForIssues(anyCollection(), anyCollection())).thenAnswer(call -> {
            historyReads++;
            List<ChangeHistory> groups = new ArrayList<>();
            for (Issue issue : call.<Collection<Issue>>getArgument(0)) {
                for (String field : call.<Collection<String>>getArgument(1)) {
                    for (ChangeItemBean item : changes.getOrDefault(issue.getKey() + "/" + field, List.of())) {
                        groups.add(new Group(issue.getId(), item));
                    }
                }
            }
            return groups;
        });
        pages = new JqlPages(search, jira.authentication);
        structure = new JiraOkrStructure(pages, jira.issues, links, jira.permissions, jira.authentication);
        when(statuses.getStatuses()).thenAnswer(call -> statusCategories.entrySet().stream()
                .map(e -> statusOf(e.getKey(), e.getValue())).collect(Collectors.toList()));
        facts = new JiraIssueFacts(pages, fields, history, statuses, jira.userManager, cache, Clock.systemUTC());
    }

    private static Status statusOf(String id, String categoryKey) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        Status status = mock(Status.class);
        when(status.getId()).thenReturn(id);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }

    /** A status Jira no longer has (deleted after a workflow migration): its category cannot be known. */
    public JiraIssues forgetStatus(String id) {
        statusCategories.remove(id);
        return this;
    }

    /** A status Jira knows, of this category key ({@code new}, {@code indeterminate}, {@code done}). */
    public JiraIssues status(String id, String categoryKey) {
        statusCategories.put(id, categoryKey);
        return this;
    }

    private static CustomField field(String id, String name, String typeKey) {
        CustomField field = mock(CustomField.class, name);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        when(field.getUntranslatedName()).thenReturn(name);
        when(field.getCustomFieldType()).thenAnswer(call -> type);
        return field;
    }

    /** Adds a custom field (e.g. a second "Story Points" field, to make the name ambiguous). */
    public CustomField addField(String id, String name) {
        CustomField field = field(id, name, "float");
        allFields.add(field);
        return field;
    }

    /** Removes a custom field, as an admin deleting it would. */
    public JiraIssues removeField(CustomField field) {
        allFields.remove(field);
        return this;
    }

    /** This Jira has no Jira Software: no Epic Link field; children are found through parent. */
    public JiraIssues withoutEpicLink() {
        return removeField(epicLink);
    }

    /** The issue (created on first use, a to-do story created 2015-06-01). */
    public Spec issue(String key) {
        return specs.computeIfAbsent(key, Spec::new);
    }

    public Spec objective(String key) {
        return issue(key).type(OBJECTIVE, "Objective");
    }

    public Spec keyResult(String key, String objectiveKey) {
        Spec kr = issue(key).type(KEY_RESULT, "Key Result");
        link(key, MEASURES, objectiveKey);
        return kr;
    }

    public Spec epic(String key, String keyResultKey) {
        Spec epic = issue(key).type(EPIC, "Epic");
        link(key, DRIVES, keyResultKey);
        return epic;
    }

    /** An issue link of the given type from {@code source} to {@code destination}. */
    public JiraIssues link(String source, long type, String destination) {
        linkRows.add(new long[] {issue(source).id, type, issue(destination).id});
        return this;
    }

    /** A change history item, as Jira records it when a field changes. */
    public JiraIssues change(String key, String field, Instant at, String from, String to) {
        changes.computeIfAbsent(key + "/" + field, k -> new ArrayList<>())
                .add(new ChangeItemBean("jira", field, from, from, to, to, new Timestamp(at.toEpochMilli())));
        return this;
    }

    /** Deletes an issue: searches, links and lookups no longer find it. */
    public JiraIssues delete(String key) {
        Spec spec = specs.remove(key);
        if (spec != null) {
            byId.remove(spec.id);
            linkRows.removeIf(l -> l[0] == spec.id || l[2] == spec.id);
            jira.delete(key);
        }
        return this;
    }

    public int searches() {
        return search.count;
    }

    /** Calls to the change history, one issue's or many issues' at once. */
    public int historyReads() {
        return historyReads;
    }

    /** One change group of one item, as Jira's batched history read returns it. */
    private static final class Group extends ChangeHistory {
        private final Long issueId;
        private final ChangeItemBean item;

        Group(Long issueId, ChangeItemBean item) {
            super(null, null, null);
            this.issueId = issueId;
            this.item = item;
        }

        @Override
        public Long getIssueId() {
            return issueId;
        }

        @Override
        public List<ChangeItemBean> getChangeItemBeans() {
            return List.of(item);
        }

        @Override
        public Timestamp getTimePerformed() {
            return item.getCreated();
        }
    }

    private List<IssueLink> linksOf(long id, boolean outward) {
        List<IssueLink> found = new ArrayList<>();
        for (long[] row : linkRows) {
            if ((outward ? row[0] : row[2]) == id) {
                IssueLink link = mock(IssueLink.class);
                when(link.getLinkTypeId()).thenReturn(row[1]);
                when(link.getSourceObject()).thenAnswer(c -> byId.get(row[0]).issue);
                when(link.getDestinationObject()).thenAnswer(c -> byId.get(row[2]).issue);
                found.add(link);
            }
        }
        return found;
    }

    /** One issue's fields; setters stub the fixture's mock issue, so its permissions apply as declared there. */
    public final class Spec {
        public final String key;
        public final MutableIssue issue;
        final long id = ids.incrementAndGet();
        String typeId = STORY;
        String typeName = "Story";
        String statusId = TODO_STATUS;
        String category = "new";
        String epic;
        String parent;
        boolean subtask;
        Instant created = Instant.parse("2015-06-01T00:00:00Z");
        Instant resolved;
        Instant updated = created;
        final Set<String> labels = new java.util.HashSet<>();
        final Map<CustomField, Object> values = new HashMap<>();

        Spec(String key) {
            this.key = key;
            this.issue = jira.issue(key);
            byId.put(id, this);
            IssueType type = mock(IssueType.class);
            when(type.getId()).thenAnswer(c -> typeId);
            when(type.getName()).thenAnswer(c -> typeName);
            StatusCategory statusCategory = mock(StatusCategory.class);
            when(statusCategory.getKey()).thenAnswer(c -> category);
            Status status = mock(Status.class);
            when(status.getId()).thenAnswer(c -> statusId);
            when(status.getStatusCategory()).thenReturn(statusCategory);
            when(issue.getId()).thenReturn(id);
            when(issue.getSummary()).thenReturn("Summary of " + key);
            when(issue.getIssueType()).thenReturn(type);
            when(issue.getStatus()).thenReturn(status);
            when(issue.getProjectObject()).thenAnswer(c -> jira.project(key.substring(0, key.indexOf('-'))));
            when(issue.getCreated()).thenAnswer(c -> ts(created));
            when(issue.getUpdated()).thenAnswer(c -> ts(updated));
            when(issue.getResolutionDate()).thenAnswer(c -> ts(resolved));
            when(issue.isSubTask()).thenAnswer(c -> subtask);
            when(issue.getParentObject()).thenAnswer(c -> parent == null ? null : issue(parent).issue);
            when(issue.getCustomFieldValue(any())).thenAnswer(c -> {
                CustomField f = c.getArgument(0);
                if (f == epicLink && epic != null) {
                    return issue(epic).issue;
                }
                return values.get(f);
            });
        }

        public Spec type(String id, String name) {
            typeId = id;
            typeName = name;
            return this;
        }

        public Spec summary(String summary) {
            when(issue.getSummary()).thenReturn(summary);
            return this;
        }

        public Spec created(Instant at) {
            created = at;
            updated = at;
            return this;
        }

        /** Last updated at {@code at} (set after {@link #created} and {@link #done}, which set it too). */
        public Spec updated(Instant at) {
            updated = at;
            return this;
        }

        /** Done since {@code at}: resolved then, with the transition into Done in the change history. */
        public Spec done(Instant at) {
            statusId = DONE_STATUS;
            category = "done";
            resolved = at;
            updated = at;
            change(key, "status", at, PROGRESS_STATUS, DONE_STATUS);
            return this;
        }

        public Spec inProgress() {
            statusId = PROGRESS_STATUS;
            category = "indeterminate";
            return this;
        }

        /** A child of the epic through the Epic Link field (and through parent when there is no Epic Link). */
        public Spec in(String epicKey) {
            epic = epicKey;
            parent = epicKey;
            return this;
        }

        public Spec subtaskOf(String parentKey) {
            subtask = true;
            parent = parentKey;
            typeId = SUBTASK;
            typeName = "Sub-task";
            return this;
        }

        /** A label, for a key result's own JQL ({@code labels = okr}). */
        public Spec label(String label) {
            labels.add(label);
            return this;
        }

        public Spec points(double points) {
            values.put(storyPoints, points);
            return this;
        }

        public Spec value(CustomField field, Object value) {
            values.put(field, value);
            return this;
        }

        /** Sprint field value: the sprint objects this issue was in. */
        public Spec sprints(Object... sprints) {
            values.put(sprint, Arrays.asList(sprints));
            return this;
        }
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : new Timestamp(t.toEpochMilli());
    }

    /** A JQL text standing for Jira's parsed query. */
    record Jql(String text) implements Query {
    }

    /** Jira's parse errors. */
    record Errors(Set<String> errors) implements MessageSet {
        @Override
        public boolean hasAnyErrors() {
            return !errors.isEmpty();
        }

        @Override
        public Set<String> getErrorMessages() {
            return errors;
        }
    }

    /**
     * Jira's search over these issues, for exactly the clauses the app writes; counts searches (and those run with
     * the searcher's own permissions apart) and page sizes.
     */
    public final class Search implements SearchService {
        public int count;
        public int permissionChecked;
        public int largestPage;
        public final List<String> queries = new ArrayList<>();

        @Override
        public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager) {
            return run(query, pager, s -> true);
        }

        /** As Jira does: only issues the searcher may browse (project permissions and issue security). */
        @Override
        public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) {
            permissionChecked++;
            return run(query, pager, s -> jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS,
                    s.issue, searcher));
        }

        private SearchResults<Issue> run(Query query, PagerFilter pager, java.util.function.Predicate<Spec> allowed) {
            count++;
            largestPage = Math.max(largestPage, pager.getMax());
            String jql = ((Jql) query).text();
            queries.add(jql);
            List<Spec> matching = specs.values().stream().filter(s -> matches(s, jql)).filter(allowed)
                    .sorted(Comparator.comparing((Spec s) -> s.key)).toList();
            int from = Math.min(pager.getStart(), matching.size());
            int to = Math.min(matching.size(), pager.getStart() + pager.getMax());
            List<Issue> page = matching.subList(from, to).stream().map(s -> (Issue) s.issue).toList();
            return new SearchResults<>(page, matching.size(), pager.getMax(), pager.getStart());
        }

        /** Refuses, as Jira's parser would, any clause this fake cannot run, with a message in Jira's style. */
        @Override
        public ParseResult parseQuery(ApplicationUser searcher, String query) {
            for (String clause : query.split(" AND ")) {
                if (!understood(clause.trim())) {
                    return new ParseResult(null, new Errors(Set.of("Error in the JQL Query: cannot read '"
                            + clause.trim() + "'.")));
                }
            }
            return new ParseResult(new Jql(query), null);
        }

        /** As Jira does for values: a project the searcher cannot see, or that does not exist, is refused. */
        @Override
        public MessageSet validateQuery(ApplicationUser searcher, Query query) {
            Set<String> errors = new java.util.TreeSet<>();
            for (String clause : ((Jql) query).text().split(" AND ")) {
                if (clause.trim().startsWith("project = ")) {
                    String key = clause.trim().substring(10).replace("\"", "");
                    var project = jira.projects.getProjectObjByKey(key);
                    if (project == null || !jira.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS,
                            project, searcher)) {
                        errors.add("The value '" + key + "' does not exist for the field 'project'.");
                    }
                }
            }
            return new Errors(errors);
        }

        private boolean understood(String clause) {
            return Stream.of("project = ", "labels = ", "issuetype = ", "issuekey in (", "parent in (",
                    "cf[10008] in (", "cf[10100] = ", "key = ").anyMatch(clause::startsWith);
        }

        private boolean matches(Spec s, String jql) {
            for (String clause : jql.split(" AND ")) {
                if (!clause(s, clause.trim())) {
                    return false;
                }
            }
            return true;
        }

        private boolean clause(Spec s, String clause) {
            if (clause.startsWith("project = ")) {
                return s.key.startsWith(clause.substring(10).replace("\"", "") + "-");
            }
            if (clause.startsWith("labels = ")) {
                return s.labels.contains(clause.substring(9));
            }
            if (clause.startsWith("issuetype = ")) {
                return s.typeId.equals(clause.substring(12));
            }
            if (clause.startsWith("key = ")) {
                return s.key.equals(clause.substring(6).trim());
            }
            if (clause.startsWith("issuekey in (")) {
                return list(clause).contains(s.key);
            }
            if (clause.startsWith("parent in (")) {
                return s.parent != null && list(clause).contains(s.parent);
            }
            if (clause.startsWith("cf[10008] in (")) {
                return allFields.contains(epicLink) && s.epic != null && list(clause).contains(s.epic);
            }
            if (clause.startsWith("cf[10100] = ")) {
                int id = Integer.parseInt(clause.substring(12));
                Object value = s.values.get(sprint);
                return value instanceof Collection<?> sprints && sprints.stream()
                        .anyMatch(o -> o instanceof SprintStandIn st && st.getId() == id);
            }
            throw new IllegalArgumentException("the fake search does not understand " + clause);
        }

        private Set<String> list(String clause) {
            String inside = clause.substring(clause.indexOf('(') + 1, clause.lastIndexOf(')'));
            return Arrays.stream(inside.split(",")).map(String::trim).collect(Collectors.toSet());
        }
    }

    /** Jira Software's sprint, as its field values look through reflection (dates as java.util.Date). */
    public static final class SprintStandIn {
        private final long id;
        private final String name;
        private final String state;
        private final Instant start;
        private final Instant end;
        private final Instant complete;

        public SprintStandIn(long id, String name, String state, Instant start, Instant end, Instant complete) {
            this.id = id;
            this.name = name;
            this.state = state;
            this.start = start;
            this.end = end;
            this.complete = complete;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getState() {
            return state;
        }

        public java.util.Date getStartDate() {
            return start == null ? null : java.util.Date.from(start);
        }

        public java.util.Date getEndDate() {
            return end == null ? null : java.util.Date.from(end);
        }

        public java.util.Date getCompleteDate() {
            return complete == null ? null : java.util.Date.from(complete);
        }
    }
}
