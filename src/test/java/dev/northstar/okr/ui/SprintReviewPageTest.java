package dev.northstar.okr.ui;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues.SprintStandIn;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;
import static org.junit.Assert.assertTrue;

/** The sprint OKR review page rendered by real Velocity from its real view model, over the read service. */
public class SprintReviewPageTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    private Screen screen(String project, Long sprint) {
        return world.screens.sprintReviewPage(world.caller(), project, 1L, sprint);
    }

    private String page(String project, Long sprint) {
        return world.render(screen(project, sprint));
    }

    private SprintReviewPage view(String project, Long sprint) {
        return (SprintReviewPage) screen(project, sprint).context().get("view");
    }

    @Test
    public void shouldShowTheSprintsOkrAlignmentAndARowPerKeyResult() {
        String html = page("AC", 7L);
        contains(html, "<meta name=\"decorator\" content=\"atl.general\"/>", "Sprint 7", "Closed",
                "Jul 6, 2015 to Jul 21, 2015", "2 of 3 completed issues served a key result (67%).",
                "8 of 9 completed points served a key result (89%).", "/jira/browse/AC-2", "<td>0%</td>",
                "<td>50%</td>", "+50%", "/jira/browse/AC-11", "(3 pts)", "/jira/browse/AC-13", "On track");
    }

    @Test
    public void shouldShowTheLatestConfidenceAndItsTrend() {
        world.store.checkIns.add(new CheckIn("AC-2", 8, "", "lead", at("2015-07-10")));
        world.store.checkIns.add(new CheckIn("AC-2", 6, "", "lead", at("2015-07-17")));
        contains(page("AC", 7L), "Confidence 6/10", "Down 2");
    }

    @Test
    public void shouldExportTheReviewAsMarkdown() {
        String markdown = view("AC", 7L).getMarkdown();
        contains(markdown, "# OKR review: Sprint 7 (AC)", "| Key result | At start | At end | Change |",
                "| AC-2 Summary of AC-2 | 0% | 50% | +50% | On track | - |",
                "- Completed, moved it: AC-11 (3 pts), AC-12 (5 pts)", "- In scope, not done: AC-13");
        contains(page("AC", 7L), "id=\"okr-review-markdown\"", "data-okr-file=\"okr-review-sprint-7.md\"",
                "# OKR review: Sprint 7 (AC)");
    }

    @Test
    public void shouldEscapeSummariesAndSprintNamesInThePageAndInTheMarkdown() {
        world.issues.issue("AC-2").summary(HOSTILE);
        SprintStandIn hostile = new SprintStandIn(9, HOSTILE, "CLOSED", at("2015-07-06"), at("2015-07-20"),
                at("2015-07-21"));
        world.issues.issue("AC-11").sprints(hostile);
        world.issues.issue("AC-13").sprints(hostile);
        String markdown = view("AC", 9L).getMarkdown();
        contains(markdown, "\\<script\\>alert(1)\\</script\\>");
        lacks(markdown, HOSTILE);
        String html = page("AC", 9L);
        escapedOnce(html, 2);
        contains(html, "\\&lt;script\\&gt;alert(1)\\&lt;/script\\&gt;");
    }

    @Test
    public void shouldAskForAProjectThenABoardAndSprint() {
        world.jira.project("TIMOB");
        world.settings.update(new AppSettings(0.95, 0.75, 0.10, 14, List.of("AC", "TIMOB"), "", "", 0.0, 0.0, 1.0));
        String html = page(null, null);
        contains(html, "Choose a project to review one of its sprints.", "<option value=\"AC\">AC</option>",
                "<option value=\"TIMOB\">TIMOB</option>");
        lacks(html, "okr-review-markdown");
        contains(page("AC", null), "Choose a board and one of its sprints.",
                "<option value=\"AC\" selected=\"selected\">AC</option>", "data-okr-agile=\"/jira/rest/agile/1.0\"");
    }

    @Test
    public void shouldExplainWhyThereIsNoReview() {
        SprintStandIn january = new SprintStandIn(3, "Sprint 3", "CLOSED", at("2015-01-05"), at("2015-01-19"),
                at("2015-01-19"));
        world.issues.issue("AC-21").sprints(january);
        contains(page("AC", 3L), "Sprint 3 did not start inside any cycle.");
        contains(page("AC", 99L), "Sprint 99 does not exist or has no issues.");
    }

    @Test
    public void shouldTreatAProjectTheCallerMayNotUseAsUnknown() {
        String html = page("SECRET", 7L);
        contains(html, "Project SECRET does not exist or you do not have permission to see it.");
        lacks(html, "okr-review-table");
        world.jira.as(Role.OUTSIDER);
        contains(page("AC", 7L), "Project AC does not exist or you do not have permission to see it.");
        contains(page(null, null), "No project you may browse has OKRs enabled.");
    }

    @Test
    public void shouldCountKeyResultsAndIssuesTheCallerMayNotSee() {
        world.jira.secure("AC-11").as(Role.VIEWER);
        String html = page("AC", 7L);
        contains(html, "1 more completed issues you cannot see");
        lacks(html, "AC-11");
        assertTrue(view("AC", 7L).getMarkdown().contains("1 more completed issues you cannot see"));
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        world.jira.speaking(Locale.KOREAN);
        contains(page("AC", 7L), "스프린트 OKR 리뷰", "완료된 이슈 3개 중 2개가 핵심 결과에 기여했습니다 (67%).", "순조로움");
    }
}
