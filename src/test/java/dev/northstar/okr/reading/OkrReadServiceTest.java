package dev.northstar.okr.reading;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.MetricFrom;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.MetricView;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import dev.northstar.okr.reading.OkrViews.ObjectiveView;
import org.junit.Test;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The read service over in-memory storage and a small mocked Jira: how stored settings and Jira become views. */
public class OkrReadServiceTest {
    private final OkrWorld world = new OkrWorld().standard();

    {
        world.jira.as(Role.VIEWER);
    }

    private ObjectiveTree tree() {
        return world.service.objectiveTree(world.cycle.id(), "AC");
    }

    private static KeyResultView kr(ObjectiveView objective, String key) {
        return objective.contents().keyResults().stream().filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no KR " + key));
    }

    private void save(String key, KeyResultKind kind, Direction direction, MetricFrom from, boolean focus) {
        world.store.keyResults.save(new KeyResultSettings(key, kind,
                new MetricGoal(direction, direction == Direction.MAINTAIN ? 0.0 : null,
                        direction == Direction.MAINTAIN ? 3.0 : null),
                Weight.ONE, new Source(from.name().startsWith("JQL") ? "project = AC" : "", from,
                        from == MetricFrom.JQL_SUM ? "Story Points" : "", "project_admin"),
                StatusWeights.DONE_ONLY, focus));
    }

    @Test
    public void shouldListTheFocusMetricFirst() {
        save("AC-3", KeyResultKind.METRIC, Direction.INCREASE, MetricFrom.FIELD, true);
        ObjectiveView objective = tree().objectives().get(0);
        assertEquals("AC-3", objective.contents().keyResults().get(0).key());
        assertTrue(objective.contents().keyResults().get(0).focusMetric());
    }

    @Test
    public void shouldMeasureAMilestoneWithoutInitiativesOnTheKeyResultIssueItself() {
        world.keyResult("AC-5", "AC-1", KeyResultKind.MILESTONE);
        assertEquals(0.0, kr(tree().objectives().get(0), "AC-5").figures().progress(), 0.0);
        world.issues.issue("AC-5").done(at("2015-08-10"));
        world.issueChanged("AC-5");
        assertEquals(1.0, kr(tree().objectives().get(0), "AC-5").figures().progress(), 0.0);
    }

    @Test
    public void shouldMeasureStoryPoints() {
        save("AC-2", KeyResultKind.STORY_POINTS, Direction.INCREASE, MetricFrom.FIELD, false);
        KeyResultView points = kr(tree().objectives().get(0), "AC-2");
        assertEquals(8.0, points.figures().pointsDone(), 0.0);
        assertEquals(10.0, points.figures().pointsTotal(), 0.0);
        assertEquals("AC-14 has no estimate", 1, points.figures().unestimated());
    }

    @Test
    public void shouldKeepAMaintainMetricInsideItsBand() {
        save("AC-3", KeyResultKind.METRIC, Direction.MAINTAIN, MetricFrom.FIELD, false);
        KeyResultView band = kr(tree().objectives().get(0), "AC-3");
        assertEquals("15 is outside [0, 3]", 0.0, band.figures().progress(), 0.0);
        assertEquals(12.0, band.signals().metric().goal().outsideBy(), 0.0);
        assertNull("a band has no start", band.signals().metric().goal().start());
        assertNull("a band has no target", band.signals().metric().goal().target());
        assertEquals(3.0, band.signals().metric().goal().high(), 0.0);
    }

    @Test
    public void shouldGiveAMetricToIncreaseNoBand() {
        MetricView.Goal goal = kr(tree().objectives().get(0), "AC-3").signals().metric().goal();
        assertEquals(10.0, goal.start(), 0.0);
        assertEquals(20.0, goal.target(), 0.0);
        assertNull(goal.low());
        assertNull(goal.high());
        assertNull(goal.outsideBy());
    }

    @Test
    public void shouldShowAConfigurationErrorAndLeaveTheKeyResultOutOfTheRollup() {
        world.store.keyResults.save(new KeyResultSettings("AC-3", KeyResultKind.METRIC, MetricGoal.INCREASE, Weight.ONE,
                new Source("project = AC", MetricFrom.JQL_SUM, "Happiness", "project_admin"), StatusWeights.DONE_ONLY,
                false));
        ObjectiveView objective = tree().objectives().get(0);
        KeyResultView broken = kr(objective, "AC-3");
        assertEquals("okr.error.aggregateFieldMissing", broken.measure().errorKey());
        assertTrue(broken.measure().error(), broken.measure().error().contains("Happiness"));
        assertEquals("only AC-2 rolls up", 0.75, objective.figures().progress(), 1e-9);
    }

    @Test
    public void shouldTakeAMetricsValueFromTheLatestCheckInWithAValue() {
        save("AC-3", KeyResultKind.METRIC, Direction.INCREASE, MetricFrom.CHECK_IN, false);
        world.store.checkIns.add(new CheckIn("AC-3", 7, "first figure", "lead", at("2015-07-20"), 14.0));
        world.store.checkIns.add(new CheckIn("AC-3", 6, "no new figure", "lead", at("2015-08-01")));
        world.store.checkIns.add(new CheckIn("AC-3", 8, "campaign", "pm", at("2015-08-10"), 18.0));

        // start 10, target 20 from the KR issue; its Current value field (15) is not read
        KeyResultView now = kr(tree().objectives().get(0), "AC-3");
        assertEquals(0.8, now.figures().progress(), 1e-12);
        assertEquals(18.0, now.signals().metric().reading().value(), 0.0);
        assertEquals("2015-08-10T00:00:00Z", now.signals().metric().reading().setAt());
        assertEquals("check-in of 2015-08-10T00:00:00Z by pm", now.signals().metric().reading().source());
        assertEquals(java.util.List.of(new OkrViews.ValueView("2015-07-20T00:00:00Z", 14.0),
                new OkrViews.ValueView("2015-08-10T00:00:00Z", 18.0)), now.signals().metric().history());
        KeyResultView earlier = world.service.keyResult("AC-3", at("2015-08-05")).keyResult();
        assertEquals("the check-in of 08-01 has no value: 14 still holds", 0.4, earlier.figures().progress(), 1e-12);
        assertNull(world.service.keyResult("AC-3", at("2015-07-19")).keyResult().signals().metric().reading().value());
    }

    @Test
    public void shouldNotNeedTheCurrentValueFieldForAMetricFromCheckIns() {
        save("AC-3", KeyResultKind.METRIC, Direction.INCREASE, MetricFrom.CHECK_IN, false);
        world.store.checkIns.add(new CheckIn("AC-3", 7, "", "lead", at("2015-08-10"), 12.5));
        world.issues.removeField(world.issues.current);
        KeyResultView kr = kr(tree().objectives().get(0), "AC-3");
        assertNull(kr.measure().error());
        assertEquals(0.25, kr.figures().progress(), 1e-12);
    }

    @Test
    public void shouldSayWhichValueIsMissing() {
        world.issues.issue("AC-3").value(world.issues.target, null);
        KeyResultView broken = kr(tree().objectives().get(0), "AC-3");
        assertEquals("okr.error.metricValuesMissing", broken.measure().errorKey());
    }

    @Test
    public void shouldNestAlignedObjectivesUnderTheirParent() {
        world.objective("AC-30");
        world.issues.link("AC-30", JiraIssues.ALIGNS, "AC-1");
        ObjectiveTree tree = tree();
        assertEquals(1, tree.objectives().size());
        assertEquals("AC-30", tree.objectives().get(0).contents().children().get(0).key());
    }

    @Test
    public void shouldKeepAHiddenParentsPlaceWithoutNamingIt() {
        world.objective("AC-30");
        world.issues.link("AC-30", JiraIssues.ALIGNS, "AC-1");
        world.jira.secure("AC-1").as(Role.VIEWER);
        ObjectiveTree tree = tree();
        ObjectiveView hidden = tree.objectives().get(0);
        assertTrue(hidden.hidden());
        assertNull(hidden.key());
        assertNull(hidden.title());
        assertTrue(hidden.contents().keyResults().isEmpty());
        assertEquals(2, hidden.contents().hiddenKeyResults());
        assertEquals("AC-30", hidden.contents().children().get(0).key());
    }

    @Test
    public void shouldLeaveAHiddenChildObjectiveOutOfItsParentsRollUpWhenHiddenIssuesAreLeftOut() {
        world.objective("AC-30");
        world.issues.link("AC-30", JiraIssues.ALIGNS, "AC-1");
        world.jira.secure("AC-30").as(Role.VIEWER);
        ObjectiveView counted = tree().objectives().get(0);
        assertEquals(1, counted.contents().hiddenChildren());

        AppSettings now = world.settings.current();
        world.settings.update(new AppSettings(now.paceOnTrack(), now.paceAtRisk(), now.justStartedBelow(),
                now.staleDays(), now.enabledProjects(), now.storyPointsField(), now.sprintField(), now.weightToDo(),
                now.weightInProgress(), now.weightDone(), AppSettings.HIDDEN_LEAVE_OUT));
        ObjectiveView leftOut = tree().objectives().stream().filter(o -> "AC-1".equals(o.key())).findFirst()
                .orElseThrow();
        assertEquals(0, leftOut.contents().hiddenChildren());
        assertEquals("the hidden child leaves the roll-up", counted.rollup().weightSum() - 1,
                leftOut.rollup().weightSum(), 1e-12);
    }

    @Test
    public void shouldCutAnAlignmentLoop() {
        world.objective("AC-30");
        world.issues.link("AC-30", JiraIssues.ALIGNS, "AC-1");
        world.issues.link("AC-1", JiraIssues.ALIGNS, "AC-30");
        ObjectiveTree tree = tree();
        assertFalse(tree.warnings().isEmpty());
        assertEquals("no objective is lost", 2, tree.objectives().size()
                + tree.objectives().stream().mapToInt(o -> o.contents().children().size()).sum());
    }

    @Test
    public void shouldLeaveOutObjectivesOfOtherProjectsAndCycles() {
        world.objective("TIMOB-1");
        world.issues.objective("AC-40");
        assertEquals(1, tree().objectives().size());
    }

    @Test
    public void shouldShowTheLatestConfidenceAndItsTrend() {
        world.store.checkIns.add(new CheckIn("AC-2", 7, "on plan", "lead", at("2015-08-01")));
        world.store.checkIns.add(new CheckIn("AC-2", 5, "a blocker", "lead", at("2015-08-08")));
        KeyResultView count = kr(tree().objectives().get(0), "AC-2");
        assertEquals(Integer.valueOf(5), count.signals().checkIn().latestConfidence());
        assertEquals(Integer.valueOf(-2), count.signals().checkIn().trend());
        assertFalse(count.signals().checkIn().stale());
    }

    @Test
    public void shouldGiveNoConfidenceBeforeTheFirstCheckInAndNoTrendBeforeTheSecond() {
        KeyResultView never = kr(tree().objectives().get(0), "AC-2");
        assertNull(never.signals().checkIn().latestConfidence());
        assertNull(never.signals().checkIn().trend());
        world.store.checkIns.add(new CheckIn("AC-2", 7, "on plan", "lead", at("2015-08-01")));
        KeyResultView once = kr(tree().objectives().get(0), "AC-2");
        assertEquals(Integer.valueOf(7), once.signals().checkIn().latestConfidence());
        assertNull(once.signals().checkIn().trend());
    }

    @Test
    public void shouldWarnAboutTooManyKeyResults() {
        world.issueCount("AC-6", "AC-1");
        world.issueCount("AC-7", "AC-1");
        assertEquals(1, tree().objectives().get(0).warnings().size());
    }

    @Test
    public void shouldRefuseASprintOutsideTheProjectsCycles() {
        JiraIssues.SprintStandIn old = new JiraIssues.SprintStandIn(3, "Sprint 3", "CLOSED", at("2015-01-05"),
                at("2015-01-19"), at("2015-01-19"));
        world.issues.issue("AC-21").sprints(old);
        try {
            world.service.sprintReview(3, "AC");
            fail("no cycle covers January");
        } catch (RefusedException expected) {
            assertEquals(404, ErrorMapping.status(expected));
            assertEquals("okr.error.sprintOutsideCycles", expected.messageKey());
        }
    }

    @Test
    public void shouldRefuseASprintThatHasNotStarted() {
        JiraIssues.SprintStandIn future = new JiraIssues.SprintStandIn(9, "Sprint 9", "FUTURE", null, null, null);
        world.issues.issue("AC-21").sprints(future);
        try {
            world.service.sprintReview(9, "AC");
            fail("nothing to review yet");
        } catch (RefusedException expected) {
            assertEquals(409, ErrorMapping.status(expected));
        }
    }

    @Test
    public void shouldCreditIssuesByTheAdminsDefaultWhenTheKeyResultHasNoWeightsOfItsOwn() {
        world.store.keyResults.save(new KeyResultSettings("AC-2", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                Weight.ONE, Source.NONE, null, false));
        world.issues.issue("AC-13").inProgress();
        world.issues.change("AC-13", "status", at("2015-07-15"), JiraIssues.TODO_STATUS, JiraIssues.PROGRESS_STATUS);
        assertEquals("done only, the admin's default until changed", 3.0 / 4,
                kr(tree().objectives().get(0), "AC-2").figures().progress(), 1e-12);

        AppSettings now = world.settings.current();
        world.settings.update(new AppSettings(now.paceOnTrack(), now.paceAtRisk(), now.justStartedBelow(),
                now.staleDays(), now.enabledProjects(), now.storyPointsField(), now.sprintField(), 0.0, 0.5, 1.0));
        KeyResultView credited = kr(tree().objectives().get(0), "AC-2");
        assertEquals("AC-13 in progress earns the admin's 0.5", 3.5 / 4, credited.figures().progress(), 1e-12);
        assertEquals("credit of issues in scope (to do 0, in progress 0.5, done 1) / issues in scope",
                credited.measure().formula());

        // a key result with weights of its own keeps them, done-only included
        world.store.keyResults.save(new KeyResultSettings("AC-2", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                Weight.ONE, Source.NONE, StatusWeights.DONE_ONLY, false));
        assertEquals(3.0 / 4, kr(tree().objectives().get(0), "AC-2").figures().progress(), 1e-12);
    }

    @Test
    public void shouldCreditIssuesInProgressWhenTheKeyResultGivesPartialCredit() {
        world.store.keyResults.save(new KeyResultSettings("AC-2", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                Weight.ONE, Source.NONE, new StatusWeights(0, 0.5, 1), false));
        world.issues.issue("AC-13").inProgress();
        world.issues.change("AC-13", "status", at("2015-07-15"), JiraIssues.TODO_STATUS, JiraIssues.PROGRESS_STATUS);

        // now: AC-11, AC-12 and AC-14 done, AC-13 in progress since 07-15. The done ones' only status change
        // leaves In Progress for Done, and In Progress is known (AC-13 is in it): they were in progress from creation
        KeyResultView now = kr(tree().objectives().get(0), "AC-2");
        assertEquals(3.5 / 4, now.figures().progress(), 1e-12);
        assertEquals(3.5, now.earned().credit(), 1e-12);
        assertEquals(3, now.figures().done());
        assertEquals("07-14: AC-11 done, AC-12 and AC-14 in progress, AC-13 to do", 2.0 / 4,
                world.service.keyResult("AC-2", at("2015-07-14")).keyResult().figures().progress(), 1e-12);
        OkrViews.KeyResultDetail detail = world.service.keyResult("AC-2", at("2015-07-16"));
        assertEquals(2.5 / 4, detail.keyResult().figures().progress(), 1e-12);
        OkrViews.EvidenceView started = detail.issues().stream().filter(e -> e.key().equals("AC-13")).findFirst()
                .orElseThrow();
        assertEquals(0.5, started.credit(), 0.0);
        assertEquals("2015-07-15T00:00:00Z", started.inProgress().inProgressAt());
        assertEquals("transition", started.inProgress().inProgressSource());

        // sprint 7 (07-06 to 07-21): AC-11 and AC-12 completed, AC-13 started; AC-14 in progress throughout
        OkrViews.SprintKeyResultView sprint = world.service.sprintReview(7, "AC").keyResults().stream()
                .filter(k -> k.key().equals("AC-2")).findFirst().orElseThrow();
        assertEquals(1.5 / 4, sprint.movement().progressAtStart(), 1e-12);
        assertEquals(3.0 / 4, sprint.movement().progressAtEnd(), 1e-12);
        assertEquals(java.util.List.of("AC-13"), sprint.started());
    }

    @Test
    public void shouldCountAHiddenIssuesCreditWithoutNamingIt() {
        world.store.keyResults.save(new KeyResultSettings("AC-2", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                Weight.ONE, Source.NONE, new StatusWeights(0, 0.5, 1), false));
        world.issues.issue("AC-13").inProgress();
        world.jira.secure("AC-13").as(Role.VIEWER);
        OkrViews.KeyResultDetail detail = world.service.keyResult("AC-2", OkrWorld.NOW);
        assertEquals(0.5, detail.hiddenCredit(), 0.0);
        assertEquals(1, detail.hiddenIssues());
        assertTrue(detail.issues().stream().noneMatch(e -> e.key().equals("AC-13")));
        assertEquals(3.5 / 4, detail.keyResult().figures().progress(), 1e-12);
    }

}
