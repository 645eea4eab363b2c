package dev.northstar.okr.ui;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.reading.SinceLastCheckIn;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;
import static org.junit.Assert.assertTrue;

/** The Key Result panel rendered by real Velocity from its real view model, over the read service. */
public class KeyResultPanelTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    private String panel(String key) {
        return world.render(world.screens.keyResultPanel(world.caller(), key));
    }

    @Test
    public void shouldColourTheBarByThePace() {
        contains(panel("AC-2"), "class=\"aui-progress-indicator okr-progress okr-pace-on-track\" data-value=\"0.75\"");
        world.keyResult("AC-5", "AC-1", KeyResultKind.MILESTONE);
        contains(panel("AC-5"), "class=\"aui-progress-indicator okr-progress okr-pace-not-started\"");
        world.issueCount("AC-6", "AC-1");
        world.issues.epic("AC-60", "AC-6");
        world.issues.issue("AC-61").in("AC-60");
        contains(panel("AC-6"), "class=\"aui-progress-indicator okr-progress okr-pace-off-track\"");
    }

    @Test
    public void shouldDefineAColourForEveryBarClass() throws java.io.IOException {
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/css/okr.css"));
        for (String pace : new String[]{"on-track", "at-risk", "off-track", "just-started", "not-started"}) {
            org.junit.Assert.assertEquals("okr-pace-" + pace,
                    ViewParts.barCss(new dev.northstar.okr.reading.OkrViews.PaceView(0.5, null, pace)));
            assertTrue(pace, css.contains(".okr-progress.okr-pace-" + pace + " { --okr-bar: #"));
        }
        assertTrue(css.contains(".okr-progress.okr-pace-none { --okr-bar: #"));
        org.junit.Assert.assertEquals("okr-pace-none", ViewParts.barCss(null));
    }

    @Test
    public void shouldShowTheFigureTheFormulaAndThePace() {
        contains(panel("AC-2"), "75%", "3 of 4 issues done", "done issues / issues in scope",
                "aui-lozenge-success", "On track", "Expected by now: 49%", "data-value=\"0.75\"", "width: 75%");
    }

    @Test
    public void shouldShowStartCurrentAndTargetWithTheUnitOfAMetric() {
        String html = panel("AC-3");
        contains(html, "<td>10</td>", "<strong>15</strong>", "<td>20</td>", "stores",
                "(current - start) / (target - start)", "Now 15 stores (start 10 stores, target 20 stores)");
    }

    @Test
    public void shouldShowABandAsABandWithoutAStartOrATarget() {
        world.keyResult("AC-6", "AC-1", KeyResultKind.METRIC).value(world.issues.current, 350)
                .value(world.issues.unit, "ms");
        world.store.keyResults.save(new KeyResultSettings("AC-6", KeyResultKind.METRIC,
                new MetricGoal(Direction.MAINTAIN, 200.0, 400.0), Weight.ONE, Source.NONE, StatusWeights.DONE_ONLY,
                false));
        String html = panel("AC-6");
        contains(html, "<th>Band</th><th>Current</th>", "<td>200\u2013400</td>", "<strong>350</strong>",
                "Now 350 ms (keep between 200 ms and 400 ms)", "Stay within a band");
        lacks(html, "<th>Start</th>", "<th>Target</th>", "<td>0</td>");
        world.jira.speaking(Locale.KOREAN);
        String korean = panel("AC-6");
        contains(korean, "<th>\ubc94\uc704</th>", "<td>200 ~ 400</td>", "<strong>350</strong>");
        lacks(korean, "<th>\uc2dc\uc791</th>", "<td>0</td>");
    }

    @Test
    public void shouldCreditIssuesByTheAdminsDefaultAndNameTheWeightsInBothLanguages() {
        world.store.keyResults.save(new KeyResultSettings("AC-2", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                Weight.ONE, Source.NONE, null, false));
        world.issues.issue("AC-13").inProgress();
        contains(panel("AC-2"), "75%", "done issues / issues in scope");
        world.settings.update(new AppSettings(0.95, 0.75, 0.10, 14, List.of("AC"), "", "", 0.0, 0.5, 1.0));
        String english = panel("AC-2");
        contains(english, "88%", "credit of issues in scope (to do 0, in progress 0.5, done 1) / issues in scope");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-2"), "88%", "(\ud560 \uc77c 0, \uc9c4\ud589 \uc911 0.5, \uc644\ub8cc 1)");
    }

    @Test
    public void shouldListInitiativesWithTheirOwnDoneRatioScopeAndScores() {
        world.store.initiatives.save("AC-2", new Initiative("AC-10", InitiativeScope.NICE_TO_HAVE, 4, 2));
        contains(panel("AC-2"), "AC-10", "Summary of AC-10", "Nice to have", "Impact 4/5", "Effort 2/5",
                "<span class=\"okr-figure\">3 of 4 issues done</span>");
    }

    @Test
    public void shouldSayWhenNoInitiativeDrivesTheKeyResult() {
        world.issueCount("AC-5", "AC-1");
        String html = panel("AC-5");
        contains(html, "No initiative drives this key result yet", "0 of 0 issues done", "No issue is in scope yet.");
        lacks(html, "okr-initiative\"");
    }

    @Test
    public void shouldOfferTheCheckInFormToTheKeyResultsEditorsOnly() {
        contains(panel("AC-2"), "data-okr-post=\"/jira/rest/northstar-okr/1.0/keyresults/AC-2/checkins\"",
                "name=\"confidence\"", "<option value=\"10\">10</option>");
        world.jira.as(Role.VIEWER);
        lacks(panel("AC-2"), "okr-checkin-form", "data-okr-post");
    }

    @Test
    public void shouldShowTheCheckInHistoryWithItsTrend() {
        world.store.checkIns.add(new CheckIn("AC-2", 7, "on plan", "lead", at("2015-08-01")));
        world.store.checkIns.add(new CheckIn("AC-2", 4, "a blocker", "lead", at("2015-08-08")));
        String html = panel("AC-2");
        contains(html, "Down 3", "Confidence dropped by 3", "a blocker", "on plan", "(-3)", "2 check-ins in all",
                "<polyline points=\"2,", "Aug 8, 2015");
    }

    @Test
    public void shouldFlagAKeyResultWithoutARecentCheckIn() {
        contains(panel("AC-2"), "okr-stale", "No check-in yet this cycle");
        world.store.checkIns.add(new CheckIn("AC-2", 6, "", "lead", at("2015-07-20")));
        contains(panel("AC-2"), "No check-in for 26 days");
        world.store.checkIns.add(new CheckIn("AC-2", 6, "", "lead", at("2015-08-14")));
        lacks(panel("AC-2"), "okr-stale");
    }

    @Test
    public void shouldExplainTheFigureIssueByIssue() {
        contains(panel("AC-2"), "okr-explain-toggle", "id=\"okr-explain-AC-2\"", "Figures as of Aug 15, 2015",
                "/jira/browse/AC-11", "Done Jul 10, 2015", "move to a done status", "/jira/browse/AC-13", "Not done");
    }

    @Test
    public void shouldCountHiddenIssuesWithoutNamingThem() {
        world.jira.secure("AC-13").as(Role.VIEWER);
        String html = panel("AC-2");
        contains(html, "3 of 4 issues done", "Includes 1 issue you cannot see",
                "1 more issue in scope is hidden from you: counted in the figure (0 done), not listed.",
                "3 of the 3 issues you can see are done");
        lacks(html, "AC-13");
    }

    @Test
    public void shouldEscapeSummariesNotesAndUnitsExactlyOnce() {
        world.issues.issue("AC-2").summary(HOSTILE);
        world.issues.issue("AC-1").summary(HOSTILE);
        world.issues.issue("AC-10").summary(HOSTILE);
        world.store.checkIns.add(new CheckIn("AC-2", 7, HOSTILE, "lead", at("2015-08-08")));
        escapedOnce(panel("AC-2"), 3);
        world.issues.issue("AC-3").value(world.issues.unit, HOSTILE);
        escapedOnce(panel("AC-3"), 2);
    }

    @Test
    public void shouldExplainWhyAKeyResultOutsideAnyCycleIsNotMeasured() {
        world.issues.objective("AC-40");
        world.issues.keyResult("AC-41", "AC-40");
        String html = panel("AC-41");
        contains(html, "aui-message-info", "Key result AC-41 measures no objective placed in a cycle.",
                "okr-checkin-form");
        lacks(html, "okr-explain");
    }

    @Test
    public void shouldShowNothingToThoseWhoMayNotSeeTheIssueOrOnOtherIssues() {
        assertTrue(world.screens.keyResultPanel(world.caller(), "AC-1").isEmpty());
        assertTrue(world.screens.keyResultPanel(world.caller(), "AC-10").isEmpty());
        world.jira.as(Role.OUTSIDER);
        assertTrue(world.screens.keyResultPanel(world.caller(), "AC-2").isEmpty());
        world.jira.anonymous();
        assertTrue(world.screens.keyResultPanel(world.caller(), "AC-2").isEmpty());
    }

    @Test
    public void shouldShowAMilestoneAsDoneOrNot() {
        world.keyResult("AC-5", "AC-1", KeyResultKind.MILESTONE);
        contains(panel("AC-5"), "Not done yet", "1 when done, else 0");
        world.issues.issue("AC-5").done(at("2015-08-10"));
        contains(panel("AC-5"), "100%", "Done");
    }

    @Test
    public void shouldNotCallAMilestoneOffTrackBeforeItsCycleEndsInBothLanguages() {
        // Aug 15 is 49% into the cycle: an undone milestone whose issue is still to do has not started
        world.keyResult("AC-5", "AC-1", KeyResultKind.MILESTONE);
        String english = panel("AC-5");
        contains(english, "aui-lozenge-subtle\" title=\"49% of the cycle has passed. A milestone counts once done",
                ">Not started</span>");
        lacks(english, "Off track", "Progress is 0% of that");
        world.issues.issue("AC-5").inProgress();
        contains(panel("AC-5"), "aui-lozenge-success", ">On track</span>");
        world.jira.speaking(Locale.KOREAN);
        String korean = panel("AC-5");
        contains(korean, "\uc8fc\uae30\uc758 49%\uc774(\uac00) \uc9c0\ub0ac\uc2b5\ub2c8\ub2e4",
                ">\uc21c\uc870\ub85c\uc6c0</span>");
        lacks(korean, "\ub4a4\ucc98\uc9d0");
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-2"), "이슈 4개 중 3개 완료", "순조로움", "완료된 이슈 / 범위 내 이슈", "이니셔티브", "체크인");
        lacks(panel("AC-2"), "issues done", "On track");
    }

    @Test
    public void shouldWordOneOfSomethingInTheSingularInBothLanguages() {
        world.issueCount("AC-5", "AC-1");
        world.issues.epic("AC-50", "AC-5");
        world.issues.issue("AC-51").in("AC-50").done(at("2015-07-10"));
        world.issues.issue("AC-52").in("AC-50");
        world.jira.secure("AC-52");
        world.store.checkIns.add(new CheckIn("AC-5", 7, "on plan", "lead", at("2015-08-14")));
        world.jira.as(Role.VIEWER);
        String english = panel("AC-5");
        contains(english, "1 of 2 issues done", "Includes 1 issue you cannot see", "1 check-in in all",
                "1 more issue in scope is hidden from you", "1 of the 1 issue you can see is done");
        lacks(english, "1 issues", "1 check-ins");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-5"), "이슈 2개 중 1개 완료", "볼 수 없는 이슈 1개가 포함되어", "체크인 총 1개",
                "볼 수 있는 이슈 1개 중 1개 완료");
    }

    @Test
    public void shouldTranslateTheNotesBehindTheFigure() {
        world.store.initiatives.save("AC-2", new Initiative("AC-10", InitiativeScope.NOT_IN_SCOPE, 0, 0));
        contains(panel("AC-2"), "AC-10 is marked not in scope and is not measured.");
        world.metric("AC-5", "AC-1", 10, 20, 15).value(world.issues.current, null);
        contains(panel("AC-5"), "No value was set on or before Aug 15, 2015.");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-2"), "AC-10은(는) 범위 밖으로 표시되어 측정하지 않습니다.");
    }

    // ------------------------------------------------------------------ the weekly check-in (issue 10 point 5)

    @Test
    public void shouldPreFillTheCheckInWithWhatJiraKnowsSinceTheLastCheckInAndStartFromItsConfidence() {
        world.store.checkIns.add(new CheckIn("AC-2", 6, "on plan", "project_admin", at("2015-07-25")));
        String html = panel("AC-2");
        contains(html, "Since the last check-in on Jul 25, 2015 (confidence 6, by PROJECT_ADMIN)",
                "Progress 50% \u2192 75% (+25%)",
                "1 issue completed: <span class=\"okr-checkin-since-issues\">"
                        + "<a href=\"/jira/browse/AC-14\">AC-14</a></span>",
                "No issue was created in the scope",
                "Which issues left the scope is known from the next check-in on",
                "<option value=\"6\" selected>6</option>", "<option value=\"7\">7</option>",
                "<td class=\"okr-author\">PROJECT_ADMIN</td>",
                "data-okr-note=\"Since the last check-in on Jul 25, 2015 (confidence 6, by PROJECT_ADMIN)\n"
                        + "- Progress 50% \u2192 75% (+25%)\n- 1 issue completed: AC-14\n"
                        + "- No issue was created in the scope\"");
        lacks(html, "Choose\u2026", "name=\"value\"");

        // the screen shows the read service's own figures, as the REST API answers them
        SinceLastCheckIn rest = world.read.sinceLastCheckIn("AC-2");
        contains(html, "Progress " + Math.round(rest.movement().progressThen() * 100) + "% \u2192 "
                + Math.round(rest.movement().progressNow() * 100) + "%");
        for (String key : rest.completed().keys()) {
            contains(html, "<a href=\"/jira/browse/" + key + "\">" + key + "</a>");
        }
    }

    @Test
    public void shouldChooseNoConfidenceBeforeTheFirstCheckInAndCountFromTheCycleStart() {
        String html = panel("AC-2");
        contains(html, "<option value=\"\" selected>Choose\u2026</option>",
                "Since the cycle started on Jul 1, 2015 (no check-in yet)", "Progress 0% \u2192 75% (+75%)",
                "3 issues completed: <span class=\"okr-checkin-since-issues\"><a href=\"/jira/browse/AC-11\">AC-11</a>"
                        + "<a href=\"/jira/browse/AC-12\">AC-12</a><a href=\"/jira/browse/AC-14\">AC-14</a></span>");
        org.junit.Assert.assertEquals("only the empty choice is selected", 1, HtmlAssert.count(html, " selected>"));
    }

    @Test
    public void shouldTellWhichIssuesEnteredAndLeftTheScopeSinceTheScopeACheckInRecorded() {
        world.checkIns.add("AC-2", 7, "on plan", null, "member");
        world.clock.advance(java.time.Duration.ofDays(2));
        world.issues.issue("AC-15").in("AC-10").created(at("2015-08-16"));
        world.issues.issue("AC-13").in("AC-99");
        String html = panel("AC-2");
        contains(html, "Since the last check-in on Aug 15, 2015 (confidence 7, by MEMBER)",
                "1 issue entered the scope: <span class=\"okr-checkin-since-issues\"><a href=\"/jira/browse/AC-15\">",
                "1 issue left the scope: <span class=\"okr-checkin-since-issues\"><a href=\"/jira/browse/AC-13\">",
                "No issue completed", "<td class=\"okr-author\">MEMBER</td>");
        lacks(html, "known from the next check-in");
    }

    @Test
    public void shouldCountHiddenIssuesSinceTheLastCheckInWithoutNamingThem() {
        world.jira.secure("AC-14");
        contains(panel("AC-2"), "3 issues completed: <span class=\"okr-checkin-since-issues\">"
                + "<a href=\"/jira/browse/AC-11\">AC-11</a><a href=\"/jira/browse/AC-12\">AC-12</a></span>"
                + ", and 1 you cannot see</li>", "- 3 issues completed: AC-11, AC-12, and 1 you cannot see");
        world.store.checkIns.add(new CheckIn("AC-2", 6, "", "member", at("2015-07-25")));
        String html = panel("AC-2");
        contains(html, "1 issue completed (you cannot see it)</li>");
        lacks(html, "AC-14");
    }

    @Test
    public void shouldNameTenIssuesAndCountTheRest() {
        for (int i = 0; i < 12; i++) {
            world.issues.issue("AC-" + (100 + i)).in("AC-10").done(at("2015-08-10"));
        }
        world.store.checkIns.add(new CheckIn("AC-2", 6, "", "member", at("2015-08-01")));
        String html = panel("AC-2");
        contains(html, "13 issues completed: ", ">AC-14</a>", "AC-108</a></span>, and 3 more</li>");
        lacks(html, "AC-109</a></span>");
    }

    @Test
    public void shouldOfferANewValueForAMetricOnlyAndShowTheReportedValues() {
        world.store.checkIns.add(new CheckIn("AC-3", 7, "a campaign", "member", at("2015-07-20"), 14.0));
        String html = panel("AC-3");
        contains(html, "name=\"value\"", "Now 15 stores. Leave empty to report no new value.",
                "Value 12 stores \u2192 15 stores", "Progress 20% \u2192 50% (+30%)",
                "<th>Value</th>", "<td class=\"okr-checkin-value\">14 stores</td>");
        lacks(html, "issues completed", "entered the scope", "left the scope");
        String count = panel("AC-2");
        lacks(count, "name=\"value\"", "okr-checkin-value", "<th>Value</th>");
    }

    @Test
    public void shouldWordTheCheckInInKorean() {
        world.store.checkIns.add(new CheckIn("AC-3", 7, "", "member", at("2015-08-01")));
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-3"), "\uc791\uc131\uc790", "\uc0c8 \uac12", "\ud604\uc7ac 15 stores.");
        String html = panel("AC-2");
        contains(html, "\uc644\ub8cc\ub41c \uc774\uc288 3\uac1c", "\uc8fc\uae30 \uc2dc\uc791 \uc774\ud6c4",
                "\uba54\ubaa8\uc5d0 \ucd94\uac00", "\uc120\ud0dd\ud558\uc138\uc694\u2026");
        lacks(html, "issues completed", "Choose");
    }

    @Test
    public void shouldEscapeAnAuthorsNameExactlyOnce() {
        com.atlassian.jira.user.ApplicationUser evil =
                org.mockito.Mockito.mock(com.atlassian.jira.user.ApplicationUser.class);
        org.mockito.Mockito.when(evil.getKey()).thenReturn("evil");
        org.mockito.Mockito.when(evil.getDisplayName()).thenReturn(HOSTILE);
        org.mockito.Mockito.when(world.jira.userManager.getUserByKey("evil")).thenReturn(evil);
        world.store.checkIns.add(new CheckIn("AC-2", 6, "", "evil", at("2015-08-01")));
        escapedOnce(panel("AC-2"), 3);
    }
}
