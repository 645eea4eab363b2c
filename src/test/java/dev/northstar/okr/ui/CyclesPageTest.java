package dev.northstar.okr.ui;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Test;

import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.before;
import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;

/**
 * A project's cycles page rendered by real Velocity from its real view model: who gets which form and action, why
 * the others get none, the project sidebar's metas, both languages and escaping.
 */
public class CyclesPageTest {
    private static final String REST = "/jira/rest/northstar-okr/1.0";
    private final ScreensWorld world = new ScreensWorld().standard();

    private String page(String project) {
        return world.render(world.screens.cyclesPage(world.caller(), project));
    }

    @Test
    public void shouldGiveTheProjectsAdministratorsTheFormAndEveryActionOnTheProjectsCycles() {
        world.jira.as(Role.PROJECT_ADMIN);
        long id = world.cycle.id();
        String html = page("AC");
        contains(html, "<meta name=\"decorator\" content=\"atl.general\"/>",
                "<meta name=\"projectKey\" content=\"AC\"/>",
                "<meta name=\"admin.active.tab\" content=\"okr-sidebar-cycles\"/>",
                "<h1>OKR cycles &middot; AC</h1>",
                "<td>2015 Q3</td><td>Jul 1, 2015</td><td>Sep 30, 2015</td><td>AC</td>",
                "aria-controls=\"okr-cycle-edit-" + id + "\">Edit</button>",
                "data-okr-put=\"" + REST + "/cycles/" + id + "\"",
                "data-okr-post=\"" + REST + "/cycles/" + id + "/close\" data-okr-then=\"/jira/plugins/servlet/"
                        + "northstar-okr/grading?cycleId=" + id + "\"",
                "data-okr-delete=\"" + REST + "/cycles/" + id + "\"",
                "Close cycle &quot;2015 Q3&quot; now?",
                // the edit form holds the last day covered, which the API reads back as the same exclusive end
                "name=\"start\" data-okr-kind=\"text\" value=\"2015-07-01\" data-okr-original=\"2015-07-01\"",
                "name=\"end\" data-okr-kind=\"text\" value=\"2015-09-30\" data-okr-original=\"2015-09-30\"",
                "<form class=\"aui okr-cycle-create\" action=\"#\" data-okr-post=\"" + REST + "/cycles\">",
                "<input type=\"hidden\" name=\"project\" data-okr-kind=\"text\" value=\"AC\"/>",
                "id=\"okr-cycle-confirm\"");
        lacks(html, "okr-manage-note", "okr-cycle-grade\"");
    }

    @Test
    public void shouldListGlobalCyclesWithoutActionsForProjectAdminsAndSayWhoManagesThem() {
        StoredCycle global = world.store.cycles.create(new Cycle("Company 2015", at("2015-01-01"), at("2016-01-01")),
                null);
        world.jira.as(Role.PROJECT_ADMIN);
        String html = page("AC");
        contains(html, "<td>Company 2015</td>", "All projects",
                "Cycles for all projects are managed by Jira administrators");
        lacks(html, "cycles/" + global.id() + "\"", "cycles/" + global.id() + "/close");
        before(html, "2015 Q3", "Company 2015");

        world.jira.as(Role.JIRA_ADMIN);
        String admin = page("AC");
        contains(admin, "data-okr-delete=\"" + REST + "/cycles/" + global.id() + "\"");
        lacks(admin, "Cycles for all projects are managed by Jira administrators");
    }

    @Test
    public void shouldTellSomeoneWhoMayNotManageTheCyclesWhyThereIsNoForm() {
        for (Role role : new Role[] {Role.VIEWER, Role.MEMBER}) {
            world.jira.as(role);
            String html = page("AC");
            contains(html, "<td>2015 Q3</td>", "Only the administrators of project AC and Jira administrators can"
                    + " create, change, close or delete its cycles.");
            lacks(html, "okr-cycle-create", "okr-cycle-edit\"", "okr-cycle-close", "okr-cycle-delete",
                    "data-okr-put");
        }
    }

    @Test
    public void shouldLinkAClosedCycleToItsGradingAndOfferOnlyItsDeletion() {
        world.store.cycles.close(world.cycle.id(), at("2015-10-01"));
        world.jira.as(Role.PROJECT_ADMIN);
        String html = page("AC");
        contains(html, "Closed", "<a class=\"aui-button aui-button-link okr-cycle-grade\" href=\"/jira/plugins/"
                + "servlet/northstar-okr/grading?cycleId=" + world.cycle.id() + "\">Grade</a>", "okr-cycle-delete");
        lacks(html, "okr-cycle-edit\"", "okr-cycle-close\"", "okr-cycle-edit-row");
    }

    @Test
    public void shouldAnswerAProjectTheViewerMayNotBrowseLikeAnUnknownOne() {
        world.jira.as(Role.OUTSIDER);
        String hidden = page("AC");
        contains(hidden, "Project AC does not exist or you do not have permission to see it.");
        lacks(hidden, "2015 Q3", "projectKey");
        world.jira.as(Role.PROJECT_ADMIN);
        contains(page("NOPE"), "Project NOPE does not exist");
        // without a project, the only project with OKRs is shown
        contains(page(null), "<h1>OKR cycles &middot; AC</h1>", "<td>2015 Q3</td>");
    }

    @Test
    public void shouldEscapeTheCyclesNameExactlyOnceWhereverItIsPrinted() {
        world.store.cycles.update(world.cycle.id(), new Cycle(HOSTILE, at("2015-07-01"), at("2015-10-01")), "AC");
        world.jira.as(Role.PROJECT_ADMIN);
        // the name cell, the edit field's value and original, both confirmation questions
        escapedOnce(page("AC"), 5);
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        world.jira.as(Role.MEMBER).speaking(Locale.KOREAN);
        contains(page("AC"), "OKR \uc8fc\uae30", "2015. 9. 30.",
                "AC \ud504\ub85c\uc81d\ud2b8\uc758 \uad00\ub9ac\uc790\uc640 Jira \uad00\ub9ac\uc790\ub9cc");
        world.jira.as(Role.PROJECT_ADMIN);
        contains(page("AC"), "\uc8fc\uae30 \ub9cc\ub4e4\uae30", ">\ud3b8\uc9d1</button>", ">\uc885\ub8cc</button>",
                ">\uc0ad\uc81c</button>");
    }
}
