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
    public void shouldKeepTheProjectAroundTheReviewOfOneProjectAsJirasProjectPagesDo() {
        contains(page("AC", null), "<meta name=\"projectKey\" content=\"AC\"/>",
                "<meta name=\"admin.active.section\" content=\"jira.project.sidebar.plugins.navigation\"/>",
                "<meta name=\"admin.active.tab\" content=\"okr-sidebar-review\"/>");
        // a project the caller may not browse is no project to keep
        lacks(page("SECRET", null), "name=\"projectKey\"", "admin.active.tab");
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
    public void shouldShowTheAlignmentSharesInNeutralBars() {
        contains(page("AC", 7L), "class=\"aui-progress-indicator okr-progress okr-pace-none\" data-value=\"0.67\"");
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
    public void shouldShowAChangeThatRoundsToZeroAsZeroInANeutralColour() {
        // 1 of 15 done before the sprint, one more issue created in it: 1/16 - 1/15 is -0.4%, shown as 0%
        world.issueCount("AC-5", "AC-1");
        world.issues.epic("AC-50", "AC-5");
        world.issues.issue("AC-51").in("AC-50").created(at("2015-06-01")).done(at("2015-07-01"));
        for (int i = 52; i < 66; i++) {
            world.issues.issue("AC-" + i).in("AC-50").created(at("2015-06-01"));
        }
        world.issues.issue("AC-66").in("AC-50").created(at("2015-07-08")).sprints(ScreensWorld.SPRINT_7);
        for (Locale language : new Locale[]{Locale.ENGLISH, Locale.KOREAN}) {
            world.jira.speaking(language);
            String row = rowOf(page("AC", 7L), "AC-5");
            contains(row, "<span class=\"aui-lozenge aui-lozenge-subtle\">0%</span>");
            lacks(row, "+0%", "-0%", "aui-lozenge-error\">0%");
        }
    }

    private static String rowOf(String html, String key) {
        int at = html.indexOf("<td><a href=\"/jira/browse/" + key + "\">");
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    public void shouldWriteTheKoreanMarkdownWithoutAStrayEscape() {
        world.jira.speaking(Locale.KOREAN);
        String markdown = view("AC", 7L).getMarkdown();
        // the Korean date range "{0} ~ {1}" is the app's own text: no backslash before its tilde
        contains(markdown, "\uc2a4\ud504\ub9b0\ud2b8: 2015. 7. 6. ~ 2015. 7. 21. \u00b7 \uc8fc\uae30: 2015 Q3",
                "\uc644\ub8cc\ub41c \uc774\uc288 3\uac1c \uc911 2\uac1c\uac00 \ud575\uc2ec \uacb0\uacfc\uc5d0 \uae30\uc5ec\ud588\uc2b5\ub2c8\ub2e4 (67%).");
        lacks(markdown, "\\~", "\\(", "\\.");
    }

    @Test
    public void shouldNameEverySprintStateInTheCallersLanguage() {
        SprintStandIn lower = new SprintStandIn(9, "Sprint 9", "closed", at("2015-07-06"), at("2015-07-20"),
                at("2015-07-21"));
        world.issues.issue("AC-11").sprints(lower);
        contains(page("AC", 9L), "<span class=\"aui-lozenge aui-lozenge-subtle\">Closed</span>");
        contains(page("AC", 8L), "<span class=\"aui-lozenge aui-lozenge-subtle\">Active</span>");
        world.jira.speaking(Locale.KOREAN);
        String korean = page("AC", 9L);
        contains(korean, "<span class=\"aui-lozenge aui-lozenge-subtle\">\uc885\ub8cc\ub428</span>");
        lacks(korean, ">closed<", ">Closed<");
        contains(page("AC", 8L), "<span class=\"aui-lozenge aui-lozenge-subtle\">\uc9c4\ud589 \uc911</span>");
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
        contains(html, "1 more completed issue you cannot see");
        lacks(html, "AC-11");
        assertTrue(view("AC", 7L).getMarkdown().contains("1 more completed issue you cannot see"));
    }

    @Test
    public void shouldWordOnePointAndOneIssueInTheSingularInBothLanguages() {
        world.issues.issue("AC-11").points(1);
        world.jira.secure("AC-12").as(Role.VIEWER);
        String html = page("AC", 7L);
        contains(html, "(1 pt)", "1 more completed issue you cannot see", "6 of 7 completed points");
        lacks(html, "1 pts", "1 more completed issues");
        contains(view("AC", 7L).getMarkdown(), "AC-11 (1 pt)");
        world.jira.speaking(Locale.KOREAN);
        contains(page("AC", 7L), "(1\ud3ec\uc778\ud2b8)", "\ubcfc \uc218 \uc5c6\ub294 \uc644\ub8cc \uc774\uc288 1\uac1c \ub354");
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        world.jira.speaking(Locale.KOREAN);
        contains(page("AC", 7L), "스프린트 OKR 리뷰", "완료된 이슈 3개 중 2개가 핵심 결과에 기여했습니다 (67%).", "순조로움");
    }
}
