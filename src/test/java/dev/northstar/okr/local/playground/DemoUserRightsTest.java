package dev.northstar.okr.local.playground;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.jira.JiraAccess;
import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.local.simjira.SettingsFile;
import dev.northstar.okr.local.simjira.SimulatedJira;
import dev.northstar.okr.local.velocity.VelocityTemplates;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The demo users' rights over the demo quarter, as a matrix: the app's real {@link JiraAccess} over the simulated
 * Jira's permission scheme, issue security and authentication context, for the visitor of each request.
 */
public class DemoUserRightsTest {
    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static Access access;

    @BeforeClass
    public static void load() throws Exception {
        Path demo = Path.of("examples", "demo");
        SimulatedJira jira = new SimulatedJira(Dataset.load(demo.resolve(DemoQuarter.ISSUES),
                demo.resolve(DemoQuarter.SPRINTS), demo.resolve(DemoQuarter.OKRS)).jira(),
                new SettingsFile(FOLDER.newFile("settings.properties").toPath()), new VelocityTemplates(),
                () -> Visit.current().user(), () -> Visit.current().locale(), () -> "http://localhost");
        access = new JiraAccess(service(jira, JiraAuthenticationContext.class),
                service(jira, GlobalPermissionManager.class), service(jira, PermissionManager.class),
                service(jira, ProjectManager.class), service(jira, IssueManager.class));
    }

    private static <T> T service(SimulatedJira jira, Class<T> type) {
        return jira.service(type).orElseThrow();
    }

    @Test
    public void shouldGiveEachDemoUserTheirRights() {
        // user -> {admin, project admin of SHOP, browse SHOP-32, browse secured SHOP-33, edit SHOP-32, browse OKR-11}
        Map<String, boolean[]> expected = Map.of(
                "admin", new boolean[] {true, true, true, true, true, true},
                "lead", new boolean[] {false, true, true, true, true, true},
                "member", new boolean[] {false, false, true, false, true, true},
                "viewer", new boolean[] {false, false, true, false, false, true},
                "outsider", new boolean[] {false, false, false, false, false, true});
        expected.forEach((key, rights) -> {
            Visit visit = new Visit(DemoUser.byKey(key).orElseThrow(), Locale.ENGLISH);
            boolean[] actual = visit.run(() -> {
                Caller c = access.caller().orElseThrow();
                return new boolean[] {access.isAdministrator(c), access.isProjectAdministrator(c, "SHOP"),
                        access.canBrowseIssue(c, "SHOP-32"), access.canBrowseIssue(c, "SHOP-33"),
                        access.canEditIssue(c, "SHOP-32"), access.canBrowseIssue(c, "OKR-11")};
            });
            assertEquals(key, java.util.Arrays.toString(rights), java.util.Arrays.toString(actual));
        });
    }

    @Test
    public void shouldLetAnonymousVisitorsSeeNothing() {
        assertTrue(Visit.anonymous().run(() -> access.caller().isEmpty()));
        assertFalse(Visit.anonymous().run(() -> access.canBrowseIssue(null, "OKR-1")));
        assertFalse(Visit.anonymous().run(() -> access.canBrowseProject(null, "OKR")));
    }

    @Test
    public void shouldTreatACallerOfAnotherRequestAsAnonymous() {
        Caller lead = new Visit(DemoUser.byKey("lead").orElseThrow(), Locale.ENGLISH)
                .run(() -> access.caller().orElseThrow());
        Predicate<String> asViewer = key -> new Visit(DemoUser.byKey("viewer").orElseThrow(), Locale.ENGLISH)
                .run(() -> access.canBrowseIssue(lead, key));
        assertFalse(asViewer.test("SHOP-33"));
        assertFalse(asViewer.test("OKR-1"));
    }

    @Test
    public void shouldKnowNeitherUnknownIssuesNorProjects() {
        Visit admin = new Visit(DemoUser.byKey("admin").orElseThrow(), Locale.KOREAN);
        assertFalse(admin.run(() -> access.canBrowseIssue(access.caller().orElseThrow(), "NOPE-1")));
        assertFalse(admin.run(() -> access.canBrowseProject(access.caller().orElseThrow(), "NOPE")));
        assertEquals(Locale.KOREAN, admin.run(() -> access.caller().orElseThrow().locale()));
    }

    @Test
    public void shouldChooseTheVisitFromParameterThenCookieThenDefault() {
        assertEquals("viewer", Visit.choose("viewer", "lead", null, null, "admin").user().key());
        assertEquals("lead", Visit.choose(null, "lead", null, null, "admin").user().key());
        assertEquals("admin", Visit.choose(null, null, null, null, "admin").user().key());
        assertEquals("an unknown user is nobody, never the default admin", null,
                Visit.choose("mallory", null, null, null, "admin").user());
        assertEquals(null, Visit.choose(null, "mallory", null, null, "admin").user());
        assertEquals(null, Visit.choose("Admin", "admin", null, null, "admin").user());
        assertEquals(null, Visit.choose("anonymous", "lead", null, null, "admin").user());
        assertEquals(Locale.KOREAN, Visit.choose(null, null, "ko", "en", "admin").locale());
        assertEquals(Locale.KOREAN, Visit.choose(null, null, null, "ko", "admin").locale());
        assertEquals(Locale.ENGLISH, Visit.choose(null, null, "xx", null, "admin").locale());
    }
}
