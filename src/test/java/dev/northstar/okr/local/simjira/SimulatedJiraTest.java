package dev.northstar.okr.local.simjira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.event.issue.IssueChangedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The simulated Jira at scale: searches answered from its indexes find exactly what a look at every issue finds, an
 * edit moves the issue in them and publishes Jira's issue events, and many issues' history read in one call is each
 * issue's own history.
 */
public class SimulatedJiraTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** 40 epics in two projects, 1,200 stories and sub-tasks spread over them and over 12 sprints. */
    private SimulatedJira jira() throws Exception {
        Random random = new Random(14);
        Map<String, JiraData.Issue> issues = new LinkedHashMap<>();
        long id = 1;
        for (int e = 1; e <= 40; e++) {
            String key = (e % 2 == 0 ? "AB-" : "CD-") + e;
            issues.put(key, issue(id++, key, "Epic", false, StatusCategory.IN_PROGRESS, null, null, List.of()));
        }
        for (int i = 100; i < 1300; i++) {
            String project = i % 3 == 0 ? "CD" : "AB";
            String key = project + "-" + i;
            boolean subtask = i % 7 == 0;
            String epic = subtask || i % 11 == 0 ? null : (i % 2 == 0 ? "AB-" : "CD-") + (1 + random.nextInt(40));
            String parent = subtask ? project + "-" + (i - 1) : null;
            List<Integer> sprints = i % 5 == 0 ? List.of() : List.of(1 + random.nextInt(12));
            StatusCategory category = StatusCategory.values()[random.nextInt(3)];
            issues.put(key, issue(id++, key, subtask ? "Sub-task" : "Story", subtask, category, epic, parent, sprints));
        }
        Map<Integer, Sprint> sprints = new LinkedHashMap<>();
        for (int s = 1; s <= 12; s++) {
            sprints.put(s, new Sprint(s, "Sprint " + s, "CLOSED", T0, T0.plusSeconds(86_400 * 14), T0));
        }
        JiraData data = new JiraData(issues, Map.of("AB", "Alpha", "CD", "Delta"), sprints, Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of());
        return new SimulatedJira(data, new SettingsFile(folder.newFile().toPath()), (template, context) -> "",
                () -> null, () -> Locale.ENGLISH, () -> "http://localhost");
    }

    private static JiraData.Issue issue(long id, String key, String type, boolean subtask, StatusCategory category,
                                        String epic, String parent, List<Integer> sprints) {
        IssueFact fact = IssueFact.builder(key).type(type).subtask(subtask).statusCategory(category).created(T0)
                .updated(T0).resolved(category == StatusCategory.DONE ? T0.plusSeconds(3600) : null)
                .firstDoneTransition(category == StatusCategory.DONE ? T0.plusSeconds(3600) : null)
                .firstInProgress(category == StatusCategory.TO_DO ? null : T0.plusSeconds(60))
                .epicKey(epic).parentKey(parent).sprintIds(sprints).build();
        return new JiraData.Issue(id, key, "Summary of " + key, key.substring(0, key.indexOf('-')), type, subtask,
                IssueEdit.name(category), null, JiraData.Role.ISSUE, fact);
    }

    @Test
    public void shouldFindFromItsIndexesExactlyWhatALookAtEveryIssueFinds() throws Exception {
        SimulatedJira jira = jira();
        assertSearchesAgreeWithAScan(jira);
        // and again after edits moved issues between epics and sprints
        jira.edit("AB-100").epic("CD-3").sprints(List.of(4, 5)).save();
        jira.edit("CD-102").epic(null).sprints(List.of()).save();
        jira.edit("AB-101").status(StatusCategory.DONE).at(T0.plusSeconds(99_000)).save();
        assertSearchesAgreeWithAScan(jira);
    }

    private void assertSearchesAgreeWithAScan(SimulatedJira jira) {
        JiraData data = jira.data();
        assertEquals(scan(data, f -> "AB-2".equals(f.epicKey()) || "CD-3".equals(f.epicKey())),
                keys(jira, "cf[10008] in (AB-2, cd-3)"));
        assertEquals(scan(data, f -> "AB-2".equals(f.epicKey() != null ? f.epicKey() : f.parentKey())),
                keys(jira, "parent in (AB-2)"));
        assertEquals(scan(data, f -> "AB-200".equals(f.parentKey()) && f.epicKey() == null),
                keys(jira, "parent in (AB-200)"));
        assertEquals(scan(data, f -> f.sprintIds().contains(4)), keys(jira, "cf[10004] = 4"));
        assertEquals(keys(jira, "cf[10004] = 4"), keys(jira, "sprint = 4"));
        assertEquals(scan(data, f -> f.sprintIds().contains(5) && f.statusCategory() == StatusCategory.DONE),
                keys(jira, "sprint = 5 AND statusCategory = Done"));
        assertEquals(new TreeSet<>(Set.of("AB-100", "CD-102")), keys(jira, "issuekey in (AB-100, cd-102, AB-99999)"));
        assertEquals(new TreeSet<>(Set.of("AB-2")),
                keys(jira, "project = \"AB\" AND issuetype = Epic AND issuekey in (AB-2, CD-3, AB-100)"));
        assertEquals("a query no index answers still finds everything", scan(data, f -> f.subtask()),
                keys(jira, "issuetype = Sub-task"));
    }

    @Test
    public void shouldPublishJirasEventsForAnEditAndKeepItsHistory() throws Exception {
        SimulatedJira jira = jira();
        List<Object> heard = new ArrayList<>();
        Object listener = new Object() {
            @EventListener
            public void onIssueEvent(IssueEvent event) {
                heard.add(event);
            }

            @EventListener
            public void onIssueChanged(IssueChangedEvent event) {
                heard.add(event);
            }
        };
        jira.service(EventPublisher.class).orElseThrow().register(listener);
        String key = jira.data().issues().stream().filter(i -> !i.subtask() && i.fact().epicKey() != null
                && i.fact().statusCategory() == StatusCategory.TO_DO).findFirst().orElseThrow().key();
        String oldEpic = jira.data().issue(key).orElseThrow().fact().epicKey();
        Instant done = T0.plusSeconds(500_000);

        List<ChangeItemBean> items = jira.edit(key).status(StatusCategory.DONE).epic("AB-40").sprints(List.of(9))
                .storyPoints(5.0).at(done).save();

        assertEquals(List.of("status", "Story Points", "Epic Link", "Sprint"),
                items.stream().map(ChangeItemBean::getField).toList());
        assertEquals(2, heard.size());
        IssueEvent event = (IssueEvent) heard.get(0);
        assertEquals(key, event.getIssue().getKey());
        assertEquals(Long.valueOf(IssueEdit.ISSUE_UPDATED), event.getEventTypeId());
        IssueChangedEvent changed = (IssueChangedEvent) heard.get(1);
        assertEquals(items, List.copyOf(changed.getChangeItems()));
        ChangeItemBean epic = items.get(2);
        assertEquals(oldEpic, epic.getFromString());
        assertEquals("AB-40", epic.getToString());
        assertTrue(jira.data().childrenOfEpic("AB-40").contains(key));
        assertFalse(jira.data().childrenOfEpic(oldEpic).contains(key));
        assertEquals(List.of(key), jira.data().inSprint(9).stream().filter(key::equals).toList());

        Issue issue = jira.service(IssueManager.class).orElseThrow().getIssueObject(key);
        assertEquals("done", issue.getStatus().getStatusCategory().getKey());
        assertEquals(done.toEpochMilli(), issue.getResolutionDate().getTime());
        assertTrue("nothing changes, nothing is published", jira.edit(key).sprints(List.of(9)).save().isEmpty());
        assertEquals(2, heard.size());
    }

    @Test
    public void shouldReadManyIssuesHistoryInOneCallAsEachIssuesOwn() throws Exception {
        SimulatedJira jira = jira();
        ChangeHistoryManager history = jira.service(ChangeHistoryManager.class).orElseThrow();
        IssueManager issues = jira.service(IssueManager.class).orElseThrow();
        List<Issue> some = jira.data().issues().stream().limit(300).map(i -> (Issue) issues.getIssueObject(i.key()))
                .toList();
        jira.calls().reset();

        List<ChangeHistory> groups = history.getChangeItemsWithFieldsForIssues(some, List.of("status"));

        assertEquals(1, jira.calls().count("ChangeHistoryManager.getChangeItemsWithFieldsForIssues"));
        Map<Long, List<String>> batched = new LinkedHashMap<>();
        for (ChangeHistory group : groups) {
            for (ChangeItemBean item : group.getChangeItemBeans()) {
                assertEquals(item.getCreated(), group.getTimePerformed());
                batched.computeIfAbsent(group.getIssueId(), k -> new ArrayList<>()).add(text(item));
            }
        }
        for (Issue issue : some) {
            List<String> own = history.getChangeItemsForField(issue, "status").stream().map(SimulatedJiraTest::text)
                    .toList();
            assertEquals(issue.getKey(), own, batched.getOrDefault(issue.getId(), List.of()));
        }
        assertFalse(batched.isEmpty());
    }

    private static String text(ChangeItemBean item) {
        return item.getField() + ":" + item.getFrom() + ">" + item.getTo() + "@" + item.getCreated();
    }

    private static Set<String> scan(JiraData data, Predicate<IssueFact> matches) {
        return data.issues().stream().map(JiraData.Issue::fact).filter(matches).map(IssueFact::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keys(SimulatedJira jira, String jql) {
        SearchService search = jira.service(SearchService.class).orElseThrow();
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        assertTrue(jql + ": " + parsed.getErrors().getErrorMessages(), parsed.isValid());
        Set<String> found = new TreeSet<>();
        try {
            int start = 0;
            while (true) {
                List<Issue> page = search.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(start, 100))
                        .getResults();
                page.forEach(i -> found.add(i.getKey()));
                start += page.size();
                if (page.size() < 100) {
                    return found;
                }
            }
        } catch (SearchException e) {
            throw new AssertionError(e);
        }
    }
}
