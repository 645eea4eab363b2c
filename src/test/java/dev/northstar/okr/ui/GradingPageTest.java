package dev.northstar.okr.ui;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.grade.Grade;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Test;

import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.before;
import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;
import static org.junit.Assert.assertTrue;

/**
 * The grading page rendered by real Velocity from its real view model over the standard world (objective AC-1,
 * aspirational, owned by "Team AC-1"; KR AC-2 at 3 of 4 issues done, KR AC-3 at 15 of 10 to 20), and the grades it
 * gives shown on the Key Result panel and the overview.
 */
public class GradingPageTest {
    private static final String REST = "/jira/rest/northstar-okr/1.0";
    private final ScreensWorld world = new ScreensWorld().standard();

    private String page() {
        return world.render(world.screens.gradingPage(world.caller(), world.cycle.id()));
    }

    private void close() {
        world.cycle = world.store.cycles.close(world.cycle.id(), at("2015-10-01"));
    }

    @Test
    public void shouldAskToCloseAnOpenCycleFirstWithTheButtonForWhoMayCloseIt() {
        world.jira.as(Role.PROJECT_ADMIN);
        contains(page(), "Cycle &quot;2015 Q3&quot; is open.", "<button type=\"button\" class=\"aui-button"
                + " okr-cycle-close\" data-okr-post=\"" + REST + "/cycles/" + world.cycle.id() + "/close\"");
        lacks(page(), "okr-grade-form", "okr-grading-row");
        world.jira.as(Role.MEMBER);
        contains(page(), "Cycle &quot;2015 Q3&quot; is open.", "Only the administrators of project AC and Jira"
                + " administrators can close it.");
        lacks(page(), "okr-cycle-close\"");
    }

    @Test
    public void shouldListEveryObjectiveAndKeyResultWithTheSuggestionTheExpectationAndTheForm() {
        close();
        world.jira.as(Role.MEMBER);
        String html = page();
        contains(html, "<h1>OKR grading &middot; 2015 Q3</h1>", "closed on Oct 1, 2015",
                "capped to 0.0 to 1.0", "<a href=\"/jira/browse/AC-1\">AC-1</a>", "Team AC-1",
                "Aspirational", "0.6 to 0.7 is a good result",
                // 3 of 4 issues done; the metric halfway from 10 to 20
                "<strong class=\"okr-suggestion\">0.75</strong><div class=\"okr-muted\">75% at the cycle&#39;s end",
                "<strong class=\"okr-suggestion\">0.5</strong><div class=\"okr-muted\">50% at the cycle&#39;s end",
                "data-okr-put=\"" + REST + "/cycles/" + world.cycle.id() + "/grades/AC-2\"",
                "id=\"okr-grade-score-AC-2\" name=\"score\" value=\"0.75\"",
                "placeholder=\"Was the target too low or too high?\"", "Not graded yet");
        before(html, "AC-1</a>", "AC-2</a>");
        before(html, "AC-2</a>", "AC-3</a>");
        lacks(html, "okr-sandbagging");
    }

    @Test
    public void shouldShowTheGradeGivenAndNoFormToWhoMayNotEditTheIssue() {
        close();
        world.grades.save(new Grade(world.cycle.id(), "AC-2", 0.6, "the target was too high", "lead",
                at("2015-10-02")));
        world.jira.as(Role.MEMBER);
        contains(page(), "Graded 0.6 on Oct 2, 2015", "name=\"score\" value=\"0.6\"",
                ">the target was too high</textarea>");
        world.jira.as(Role.VIEWER);
        String html = page();
        contains(html, "Graded 0.6 on Oct 2, 2015", "<p class=\"okr-note\">the target was too high</p>",
                "Only people who may edit AC-2 can grade it.");
        lacks(html, "okr-grade-form");
    }

    @Test
    public void shouldHintAtSandbaggingForAnOwnerWhoseAspirationalKeyResultsAllReachedTheTarget() {
        world.issues.issue("AC-13").done(at("2015-08-01"));
        world.issues.change("AC-3", "Current value", at("2015-08-02"), "15", "21");
        world.issues.issue("AC-3").value(world.issues.current, 21);
        close();
        world.jira.as(Role.MEMBER);
        String html = page();
        contains(html, "Team AC-1: every aspirational key result reached 1.0 or more.",
                "<strong class=\"okr-suggestion\">1.0</strong><div class=\"okr-muted\">110% at the cycle&#39;s end,"
                        + " capped to 1.0", "It judges targets, not people.");

        // committed OKRs are expected at 1.0: no hint
        world.store.objectives.save(new ObjectiveSettings("AC-1", world.cycle.id(), true, Weight.ONE, "Team AC-1"));
        String committed = page();
        contains(committed, "Committed", "Expected at 1.0");
        lacks(committed, "okr-sandbagging");
    }

    @Test
    public void shouldCountWhatTheViewerMayNotSeeWithoutNamingIt() {
        close();
        world.jira.secure("AC-3").as(Role.MEMBER);
        String html = page();
        contains(html, "1 more objective or key result of this cycle is hidden from you and not listed.");
        lacks(html, "AC-3");
    }

    @Test
    public void shouldChooseTheLatestClosedCycleAndSayWhenACycleIsUnknown() {
        close();
        world.store.cycles.create(new Cycle("2015 Q4", at("2015-10-01"), at("2016-01-01")), "AC");
        world.jira.as(Role.MEMBER);
        String html = world.render(world.screens.gradingPage(world.caller(), null));
        contains(html, "<h1>OKR grading &middot; 2015 Q3</h1>",
                "<option value=\"" + world.cycle.id() + "\" selected=\"selected\">2015 Q3 (closed)</option>",
                ">2015 Q4</option>");
        contains(world.render(world.screens.gradingPage(world.caller(), 404L)),
                "Cycle 404 does not exist in this project.");
        world.jira.as(Role.OUTSIDER);
        contains(world.render(world.screens.gradingPage(world.caller(), world.cycle.id())),
                "Cycle " + world.cycle.id() + " does not exist");
    }

    @Test
    public void shouldEscapeSummariesOwnersCycleNamesAndNotesExactlyOnce() {
        world.store.cycles.update(world.cycle.id(), new Cycle(HOSTILE, at("2015-07-01"), at("2015-10-01")), "AC");
        world.store.objectives.save(new ObjectiveSettings("AC-1", world.cycle.id(), false, Weight.ONE, HOSTILE));
        world.issues.issue("AC-2").summary(HOSTILE);
        close();
        world.grades.save(new Grade(world.cycle.id(), "AC-2", 0.3, HOSTILE, "lead", at("2015-10-02")));
        world.jira.as(Role.MEMBER);
        escapedOnce(page(), 5);
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        close();
        world.jira.as(Role.MEMBER).speaking(Locale.KOREAN);
        contains(page(), "OKR \ud3c9\uac00", "\ub3c4\uc804\ud615", "0.6~0.7\uc774\uba74 \uc88b\uc740 \uacb0\uacfc",
                "\ubaa9\ud45c\uac00 \ub108\ubb34 \ub0ae\uc558\ub098\uc694, \ub108\ubb34 \ub192\uc558\ub098\uc694?",
                "\uc8fc\uae30 \uc885\ub8cc \uc2dc\uc810 75%");
    }

    @Test
    public void shouldShowTheGradesGivenOnTheKeyResultPanelAndInTheOverview() {
        world.grades.save(new Grade(world.cycle.id(), "AC-2", 0.8, "a stretch we nearly made", "lead",
                at("2015-10-02")));
        world.grades.save(new Grade(world.cycle.id(), "AC-1", 0.7, "", "lead", at("2015-10-02")));
        world.jira.as(Role.MEMBER);
        lacks(world.render(world.screens.keyResultPanel(world.caller(), "AC-2")), "okr-grade-score");
        close();
        String panel = world.render(world.screens.keyResultPanel(world.caller(), "AC-2"));
        contains(panel, "<span class=\"okr-label\">Grade</span> <strong class=\"okr-grade-score\">0.8</strong>",
                "a stretch we nearly made");
        String overview = world.render(world.screens.overviewPage(world.caller(), world.cycle.id(), null, null));
        contains(overview, "title=\"Aspirational: a good result.\">Grade 0.7</span>",
                "okr-grade-lozenge\">Grade 0.8</span>");
        // a key result not graded shows none
        String metric = world.render(world.screens.keyResultPanel(world.caller(), "AC-3"));
        assertTrue(metric, !metric.contains("okr-grade-score"));
    }
}
