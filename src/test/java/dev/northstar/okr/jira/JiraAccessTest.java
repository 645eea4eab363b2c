package dev.northstar.okr.jira;

import dev.northstar.okr.host.Caller;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Before;
import org.junit.Test;

import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The app's permission answers, from Jira's permission services, for every role of the matrix. */
public class JiraAccessTest {
    private final JiraFixture jira = new JiraFixture();

    @Before
    public void issues() {
        jira.issue("TEAM-1");
        jira.secure("TEAM-2");
    }

    private Caller caller(Role role) {
        jira.as(role);
        return jira.access.caller().orElse(null);
    }

    @Test
    public void shouldSeeNoCallerForAnonymousRequests() {
        assertEquals(null, caller(Role.ANONYMOUS));
        assertFalse(jira.access.canBrowseIssue(null, "TEAM-1"));
    }

    @Test
    public void shouldDescribeTheLoggedInUser() {
        jira.speaking(Locale.KOREAN);
        Caller caller = caller(Role.MEMBER);
        assertEquals("member", caller.key());
        assertEquals(Locale.KOREAN, caller.locale());
    }

    @Test
    public void shouldAnswerTheMatrix() {
        // role: browse, edit, admin project, Jira admin
        check(Role.OUTSIDER, false, false, false, false);
        check(Role.VIEWER, true, false, false, false);
        check(Role.MEMBER, true, true, false, false);
        check(Role.PROJECT_ADMIN, true, true, true, false);
        check(Role.JIRA_ADMIN, true, true, true, true);
    }

    private void check(Role role, boolean browse, boolean edit, boolean projectAdmin, boolean jiraAdmin) {
        Caller caller = caller(role);
        assertEquals(role + " browse", browse, jira.access.canBrowseIssue(caller, "TEAM-1"));
        assertEquals(role + " browse project", browse, jira.access.canBrowseProject(caller, "TEAM"));
        assertEquals(role + " edit", edit, jira.access.canEditIssue(caller, "TEAM-1"));
        assertEquals(role + " project admin", projectAdmin, jira.access.isProjectAdministrator(caller, "TEAM"));
        assertEquals(role + " Jira admin", jiraAdmin, jira.access.isAdministrator(caller));
    }

    @Test
    public void shouldHideSecuredIssuesFromEveryoneButAdmins() {
        assertFalse(jira.access.canBrowseIssue(caller(Role.MEMBER), "TEAM-2"));
        assertTrue(jira.access.canBrowseIssue(caller(Role.PROJECT_ADMIN), "TEAM-2"));
    }

    @Test
    public void shouldTreatDeletedIssuesAndUnknownProjectsAsInvisible() {
        jira.delete("TEAM-1");
        Caller admin = caller(Role.JIRA_ADMIN);
        assertFalse(jira.access.canBrowseIssue(admin, "TEAM-1"));
        assertFalse(jira.access.canBrowseProject(admin, "NOPE"));
        assertFalse(jira.access.canEditIssue(admin, null));
    }

    @Test
    public void shouldNotLetAStaleCallerActForTheCurrentUser() {
        Caller member = caller(Role.MEMBER);
        jira.as(Role.OUTSIDER);
        assertFalse("the request's user decides, not a remembered caller", jira.access.canBrowseIssue(member, "TEAM-1"));
    }
}
