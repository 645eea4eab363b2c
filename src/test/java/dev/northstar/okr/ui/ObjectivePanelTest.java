package dev.northstar.okr.ui;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.grade.Grade;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.util.Locale;

import static dev.northstar.okr.ui.HtmlAssert.contains;
import static dev.northstar.okr.ui.HtmlAssert.escapedOnce;
import static dev.northstar.okr.ui.HtmlAssert.lacks;
import static dev.northstar.okr.ui.ScreensWorld.HOSTILE;
import static dev.northstar.okr.ui.ScreensWorld.at;
import static org.junit.Assert.assertTrue;

/** The Objective panel rendered by real Velocity from its real view model, over the read service. */
public class ObjectivePanelTest {
    private final ScreensWorld world = new ScreensWorld().standard();

    private String panel(String key) {
        return world.render(world.screens.objectivePanel(world.caller(), key));
    }

    private void aligned() {
        world.objective("AC-30");
        world.issues.link("AC-30", JiraIssues.ALIGNS, "AC-1");
    }

    @Test
    public void shouldShowTheRollUpWithItsWeights() {
        world.store.keyResults.save(new KeyResultSettings("AC-3", KeyResultKind.METRIC, MetricGoal.INCREASE,
                Weight.of(3), Source.NONE, StatusWeights.DONE_ONLY, false));
        String html = panel("AC-1");
        // (1 x 0.75 + 3 x 0.5) / 4 = 0.5625
        contains(html, "56%", "Weighted mean of 2 parts; weights sum to 4", "Weights sum to 4.", "<td>3</td>",
                "<td>75%</td>", "<td>25%</td>", "Each key result counts at most 100%");
    }

    @Test
    public void shouldListItsKeyResultsWithProgressAndPace() {
        String html = panel("AC-1");
        contains(html, "/jira/browse/AC-2", "/jira/browse/AC-3", "75%", "50%", "63%", "On track",
                "Expected by now: 49%");
    }

    @Test
    public void shouldShowWhatAlignsToItAndWhatItAlignsTo() {
        aligned();
        contains(panel("AC-1"), "okr-children", "/jira/browse/AC-30", "Team AC-30", "Aligns to no parent objective.");
        contains(panel("AC-30"), "Aligns to <a href=\"/jira/browse/AC-1\">AC-1</a> Summary of AC-1",
                "okr-percent-small\">42%");
    }

    @Test
    public void shouldNotNameAParentTheCallerMayNotSee() {
        aligned();
        world.jira.secure("AC-1").as(Role.VIEWER);
        String html = panel("AC-30");
        contains(html, "Aligns to an objective you cannot see.");
        lacks(html, "AC-1\"", "Summary of AC-1");
    }

    @Test
    public void shouldShowTheGradeOnlyOnceTheCycleIsClosed() {
        world.grades.save(new Grade(world.cycle.id(), "AC-1", 0.7, "target was about right", "lead",
                at("2015-10-02")));
        lacks(panel("AC-1"), "okr-grade");
        world.cycle = world.store.cycles.close(world.cycle.id(), at("2015-10-01"));
        contains(panel("AC-1"), "okr-grade-score\">0.7", "Aspirational: a good result.", "target was about right",
                "2015 Q3 (closed)");
    }

    @Test
    public void shouldSayWhenAClosedCycleIsNotGradedYet() {
        world.store.cycles.close(world.cycle.id(), at("2015-10-01"));
        contains(panel("AC-1"), "has not been graded yet");
    }

    @Test
    public void shouldTellCommittedFromAspirational() {
        contains(panel("AC-1"), "Aspirational", "60% to 70% is a good result");
        world.store.objectives.save(new ObjectiveSettings("AC-1", world.cycle.id(), true, Weight.ONE, "Growth"));
        contains(panel("AC-1"), "Committed", "expected to reach 100%", "aui-lozenge-complete");
    }

    @Test
    public void shouldEscapeSummariesOwnerCycleNameAndGradeNoteExactlyOnce() {
        world.store.cycles.update(world.cycle.id(), new Cycle(HOSTILE, at("2015-07-01"), at("2015-10-01")), "AC");
        world.store.objectives.save(new ObjectiveSettings("AC-1", world.cycle.id(), false, Weight.ONE, HOSTILE));
        world.issues.issue("AC-2").summary(HOSTILE);
        world.store.cycles.close(world.cycle.id(), at("2015-10-01"));
        world.grades.save(new Grade(world.cycle.id(), "AC-1", 0.3, HOSTILE, "lead", at("2015-10-02")));
        escapedOnce(panel("AC-1"), 4);
    }

    @Test
    public void shouldExplainAnObjectiveNotPlacedInACycle() {
        world.issues.objective("AC-40");
        contains(panel("AC-40"), "aui-message-info", "not placed in a cycle yet");
    }

    @Test
    public void shouldShowNothingOnOtherIssuesOrToOutsiders() {
        assertTrue(world.screens.objectivePanel(world.caller(), "AC-2").isEmpty());
        world.jira.as(Role.OUTSIDER);
        assertTrue(world.screens.objectivePanel(world.caller(), "AC-1").isEmpty());
    }

    @Test
    public void shouldShowTheCyclesLastDayInBothLanguages() {
        contains(panel("AC-1"), "2015 Q3, Jul 1, 2015 to Sep 30, 2015");
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-1"), "2015 Q3, 2015. 7. 1. ~ 2015. 9. 30.");
    }

    @Test
    public void shouldSpeakTheCallersLanguage() {
        world.jira.speaking(Locale.KOREAN);
        contains(panel("AC-1"), "도전형", "핵심 결과", "진행률 계산 방법", "가중치 합계는 2입니다.");
    }
}
