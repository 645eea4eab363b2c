package dev.northstar.okr.ui;

import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The small panel on an initiative, rendered by real Velocity from its real view model. */
public class InitiativePanelTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    private String panel(String key) {
        return world.render(world.screens.initiativePanel(world.caller(), key));
    }

    @Test
    public void shouldShowTheKeyResultAnEpicDrivesWithItsProgress() {
        contains(panel("AC-10"), "Drives <a href=\"/jira/browse/AC-2\">AC-2</a>", "75%", "On track",
                "This initiative: 3 of 4 issues done", "Must have", "/jira/browse/AC-1");
    }

    @Test
    public void shouldShowEveryKeyResultAnIssueDrives() {
        world.issueCount("AC-5", "AC-1");
        world.issues.link("AC-10", JiraIssues.DRIVES, "AC-5");
        contains(panel("AC-10"), "/jira/browse/AC-2", "/jira/browse/AC-5");
    }

    @Test
    public void shouldNotShowOnIssuesThatDriveNothingOrOnKeyResults() {
        assertTrue(world.screens.initiativePanel(world.caller(), "AC-11").isEmpty());
        assertTrue(world.screens.initiativePanel(world.caller(), "AC-2").isEmpty());
        world.jira.as(Role.OUTSIDER);
        assertTrue(world.screens.initiativePanel(world.caller(), "AC-10").isEmpty());
    }

    @Test
    public void shouldShowAnEpicOfAProjectWithOkrsThatDrivesNothingYetWithTheFormForALinker() {
        world.issues.issue("AC-15").type(JiraIssues.EPIC, "Epic");
        String html = panel("AC-15");
        contains(html, "<p class=\"okr-muted okr-drive-none\">This epic drives no key result yet.</p>",
                "okr-drive-controls", "<label for=\"okr-drive-kr\">Drive a key result</label>",
                "data-okr-post=\"/jira/rest/northstar-okr/1.0/initiatives/AC-15/keyresults\"",
                "name=\"keyResult\"");
        lacks(html, "Drive another key result", "Stop driving", "okr-driven");
        lacks(panel("AC-10"), "okr-drive-none", "Drive a key result<");
        contains(panel("AC-10"), "Drive another key result");
    }

    @Test
    public void shouldShowTheEmptyStateWithoutAFormToAViewerJiraDoesNotLetLinkIt() {
        world.issues.issue("AC-15").type(JiraIssues.EPIC, "Epic");
        world.jira.as(Role.VIEWER);
        String html = panel("AC-15");
        contains(html, "This epic drives no key result yet.");
        lacks(html, "okr-drive-controls", "<form");
    }

    @Test
    public void shouldSayInKoreanThatTheEpicDrivesNothingYet() {
        world.issues.issue("AC-15").type(JiraIssues.EPIC, "Epic");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-15"), "이 에픽이 이끄는 핵심 결과가 아직 없습니다.", ">핵심 결과 이끌기</label>");
    }

    @Test
    public void shouldLeaveTheEmptyPanelOffStoriesSubTasksAndEpicsOfProjectsWithoutOkrs() {
        world.issues.issue("AC-15").type(JiraIssues.EPIC, "Epic");
        world.issues.issue("AC-16").subtaskOf("AC-15");
        world.issues.issue("ZZ-1").type(JiraIssues.EPIC, "Epic");
        assertTrue(world.screens.initiativePanel(world.caller(), "AC-16").isEmpty());
        assertTrue(world.screens.initiativePanel(world.caller(), "ZZ-1").isEmpty());
        assertTrue(world.screens.initiativePanel(world.caller(), "AC-11").isEmpty());
        assertFalse(world.screens.initiativePanel(world.caller(), "AC-15").isEmpty());
        world.jira.as(Role.OUTSIDER);
        assertTrue("who may not browse it sees no panel", world.screens.initiativePanel(world.caller(), "AC-15")
                .isEmpty());
    }

    @Test
    public void shouldCountDrivenKeyResultsTheCallerMayNotSee() {
        world.issueCount("AC-5", "AC-1");
        world.issues.link("AC-10", JiraIssues.DRIVES, "AC-5");
        world.jira.secure("AC-5").as(Role.VIEWER);
        String html = panel("AC-10");
        contains(html, "It also drives 1 key result you cannot see.");
        lacks(html, "AC-5");
    }

    @Test
    public void shouldCountWhatItDrivesBeyondTheFirstFive() {
        for (int i = 50; i < 56; i++) {
            world.issueCount("AC-" + i, "AC-1");
            world.issues.link("AC-10", JiraIssues.DRIVES, "AC-" + i);
        }
        contains(panel("AC-10"), "It drives 2 more key results");
    }

    @Test
    public void shouldEscapeSummariesExactlyOnce() {
        world.issues.issue("AC-2").summary(HOSTILE);
        world.issues.issue("AC-1").summary(HOSTILE);
        escapedOnce(panel("AC-10"), 2);
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-10"), "기여 대상", "이 이니셔티브:", "필수");
    }
}
