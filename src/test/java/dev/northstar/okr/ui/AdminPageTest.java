package dev.northstar.okr.ui;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The admin configuration page rendered by real Velocity from its real view model. */
public class AdminPageTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    {
        world.jira.as(Role.JIRA_ADMIN);
    }

    private String page() {
        return world.render(world.screens.adminPage(world.caller()));
    }

    @Test
    public void shouldBeForJiraAdministratorsOnly() {
        world.jira.as(Role.PROJECT_ADMIN);
        assertTrue(world.screens.adminPage(world.caller()).isEmpty());
        world.jira.anonymous();
        assertTrue(world.screens.adminPage(world.caller()).isEmpty());
    }

    @Test
    public void shouldReportASetupThatFailedWithALinkageErrorAndClearItAfterARunThatGetsThrough() {
        assertFalse(page().contains("okr-setup-problem"));
        world.setup.failed("upgrade-1", new NoSuchMethodError(
                "'void com.atlassian.jira.config.IssueTypeManager.createIssueType(java.lang.String)'"));
        contains(page(), "<div class=\"aui-message aui-message-error okr-setup-problem\" role=\"alert\"><p>"
                + "Upgrade task 1 failed: java.lang.NoSuchMethodError: &#39;void com.atlassian.jira.config"
                + ".IssueTypeManager.createIssueType(java.lang.String)&#39;.",
                "a method or class it was built against is missing.");
        world.setup.failed("start", new IllegalStateException("Jira could not create field"));
        contains(page(), "Setup failed when the app started: java.lang.IllegalStateException: Jira could not create"
                + " field. The details are in Jira&#39;s log");
        assertFalse(page().contains("built against is missing"));

        world.setup.run();
        assertFalse(page().contains("okr-setup-problem"));
    }

    @Test
    public void shouldShowTheStoredSettingsForTheRestApiToChange() {
        world.settings.update(new AppSettings(0.9, 0.7, 0.05, 21, List.of("AC", "TIMOB"), "", "", 0.0, 0.5, 1.0));
        contains(page(), "<meta name=\"decorator\" content=\"atl.admin\"/>",
                "content=\"admin_plugins_menu/okr-admin-section\"",
                "data-okr-put=\"/jira/rest/northstar-okr/1.0/settings\"",
                "name=\"paceOnTrack\" data-okr-kind=\"number\" value=\"0.9\"",
                "name=\"staleDays\" data-okr-kind=\"integer\" value=\"21\"",
                "name=\"weightInProgress\" data-okr-kind=\"number\" value=\"0.5\"", "value=\"AC, TIMOB\"",
                "data-okr-error-for=\"paceAtRisk\"", "data-okr-error-for=\"weightInProgress\"");
    }

    @Test
    public void shouldOfferTheChoiceOfHowFiguresTreatIssuesAViewerCannotSee() {
        contains(page(), "Issues a viewer cannot see", "<select class=\"select\" id=\"okr-hiddenIssues\""
                        + " name=\"hiddenIssues\" data-okr-kind=\"text\">",
                "<option value=\"count\" selected=\"selected\">Counted but never named</option>",
                "<option value=\"leave-out\">Left out of that person&#39;s figures</option>",
                "data-okr-error-for=\"hiddenIssues\"");
        world.settings.update(new AppSettings(0.95, 0.75, 0.1, 14, List.of("AC"), "", "", 0.0, 0.0, 1.0,
                AppSettings.HIDDEN_LEAVE_OUT));
        contains(page(), "<option value=\"leave-out\" selected=\"selected\">");
        world.jira.speaking(Locale.KOREAN);
        contains(page(), "\ubcf4\ub294 \uc0ac\ub78c\uc774 \ubcfc \uc218 \uc5c6\ub294 \uc774\uc288");
    }

    @Test
    public void shouldOfferTheFieldsThatShareTheStoryPointsName() {
        world.issues.addField("customfield_10999", "Story Points");
        contains(page(), "<option value=\"customfield_10002\">customfield_10002</option>",
                "<option value=\"customfield_10999\">customfield_10999</option>",
                "Several Jira fields are named Story Points (customfield_10002, customfield_10999)");
    }

    @Test
    public void shouldShowTheAdministratorsChoiceOfField() {
        world.issues.addField("customfield_10999", "Story Points");
        world.settings.update(new AppSettings(0.95, 0.75, 0.1, 14, List.of("AC"), "customfield_10999", "", 0.0, 0.0,
                1.0));
        contains(page(), "<option value=\"customfield_10999\" selected=\"selected\">customfield_10999</option>");
    }

    @Test
    public void shouldShowWhatSetupMadeAndTheEnabledProjects() {
        contains(page(), "Objective", "Key Result measures Objective", "<code>10100</code>", "Missing",
                "Run the setup", "data-okr-post=\"/jira/rest/northstar-okr/1.0/setup\"",
                "data-okr-post=\"/jira/rest/northstar-okr/1.0/setup/projects/\"", "<td>AC</td>");
    }

    @Test
    public void shouldListCyclesWithTheirTextEscapedOnce() {
        world.store.cycles.create(new Cycle(HOSTILE, at("2015-10-01"), at("2016-01-01")), null);
        String html = page();
        contains(html, "2015 Q3", "Open", "Upcoming", "All projects",
                "data-okr-post=\"/jira/rest/northstar-okr/1.0/cycles\"");
        escapedOnce(html, 1);
    }

    @Test
    public void shouldListEachCyclesLastDayInBothLanguages() {
        // stored as [Jul 1, Oct 1) and [Oct 1, Jan 1): each ends with the day before its exclusive end
        world.store.cycles.create(new Cycle("2015 Q4", at("2015-10-01"), at("2016-01-01")), null);
        contains(page(), "<td>Jul 1, 2015</td><td>Sep 30, 2015</td>", "<td>Oct 1, 2015</td><td>Dec 31, 2015</td>");
        world.jira.speaking(Locale.KOREAN);
        contains(page(), "<td>2015. 7. 1.</td><td>2015. 9. 30.</td>", "<td>2015. 10. 1.</td><td>2015. 12. 31.</td>");
    }

    @Test
    public void shouldLabelTheAppsItemsInTheCallersLanguageAndSayWhoseTheNamesInJiraAre() {
        String english = page();
        contains(english, "<td>Key Result measures Objective</td>", "Names in Jira are Jira&#39;s");
        world.jira.speaking(Locale.KOREAN);
        String korean = page();
        // the item column is the app's label, in Korean; the name in Jira stays Jira's, and the page says so
        contains(korean, "<td>\ud575\uc2ec \uacb0\uacfc\uac00 \ubaa9\ud45c\ub97c \uce21\uc815</td>",
                "Jira\uc5d0\uc11c\uc758 \uc774\ub984\uc740 Jira\uc758 \uac83\uc785\ub2c8\ub2e4");
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        world.jira.speaking(Locale.KOREAN);
        contains(page(), "Northstar OKR 설정", "순조로움 기준", "이름으로 찾기", "주기");
    }
}
