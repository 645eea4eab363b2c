package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Searches run in bounded pages and key lists in batches, whatever their length. */
public class JqlPagesTest {
    private final JiraFixture fixture = new JiraFixture();
    private final JiraIssues jira = new JiraIssues(fixture);
    private final ApplicationUser admin = fixture.userOf(JiraFixture.Role.JIRA_ADMIN);

    @Test
    public void shouldReadEveryPageOfALargeResult() {
        for (int i = 1; i <= 7; i++) {
            jira.issue("AC-" + i);
        }
        List<Issue> all = jira.pages.withLimits(3, 500).all("project = \"AC\"");
        assertEquals(7, all.size());
        assertEquals("pages of 3, 3 and 1", 3, jira.searches());
        assertEquals(3, jira.search.largestPage);
    }

    @Test
    public void shouldStopAfterTheFirstPageWhenAQueryFindsMoreThanAllowed() {
        for (int i = 1; i <= 7; i++) {
            jira.issue("AC-" + i);
        }
        JqlPages pages = jira.pages.withLimits(3, 500);
        JqlPages.Found tooMany = pages.upTo(pages.parse("project = AC").query(), 5, admin);
        assertEquals(7, tooMany.total());
        assertEquals("one page read, no more", 1, jira.searches());
        JqlPages.Found all = pages.upTo(pages.parse("project = AC").query(), 7, admin);
        assertEquals(7, all.issues().size());
        assertEquals("pages of 3, 3 and 1", 4, jira.searches());
    }

    /** A user's query runs with that user's permissions: it never finds an issue they may not browse. */
    @Test
    public void shouldRunAUsersQueryWithThatUsersPermissionsOnly() {
        jira.issue("AC-1");
        jira.issue("AC-2");
        fixture.secure("AC-2");
        JqlPages.Parsed query = jira.pages.parse("project = AC");
        assertEquals(List.of("AC-1"), jira.pages.upTo(query.query(), 10,
                fixture.userOf(JiraFixture.Role.MEMBER)).issues().stream().map(Issue::getKey).toList());
        assertEquals(2, jira.pages.upTo(query.query(), 10, admin).total());
        assertEquals("never with security overridden", 2, jira.search.permissionChecked);
    }

    @Test
    public void shouldReturnJirasMessagesForAQueryItRefuses() {
        JqlPages.Parsed refused = jira.pages.parse("summary ~ okr");
        assertFalse(refused.valid());
        assertEquals(List.of("Error in the JQL Query: cannot read 'summary ~ okr'."), refused.errors());
        assertEquals("parsing is not a search", 0, jira.searches());
    }

    @Test
    public void shouldSplitLongKeyListsIntoBatches() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            jira.issue("AC-" + i);
            keys.add("AC-" + i);
        }
        List<Issue> found = jira.pages.withLimits(500, 3).byKeys("issuekey in (%s)", keys);
        assertEquals(7, found.size());
        assertEquals("batches of 3, 3 and 1 keys", 3, jira.searches());
    }

    @Test
    public void shouldNeverPutSomethingElseThanAnIssueKeyIntoAQuery() {
        jira.issue("AC-1");
        List<Issue> found = jira.pages.byKeys("issuekey in (%s)",
                List.of("AC-1", "AC-2) OR project = SECRET OR issuekey in (AC-1", "ac-3", ""));
        assertEquals(1, found.size());
        assertEquals("issuekey in (AC-1)", jira.search.queries.get(0));
    }

    @Test
    public void shouldNotSearchForNoKeys() {
        assertTrue(jira.pages.byKeys("issuekey in (%s)", List.of()).isEmpty());
        assertEquals(0, jira.searches());
    }
}
