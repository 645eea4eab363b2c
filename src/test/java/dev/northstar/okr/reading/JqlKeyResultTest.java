package dev.northstar.okr.reading;

import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.MetricFrom;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.reading.OkrViews.EvidenceView;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.ObjectiveView;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Key results defined by their own JQL: a scope (with the linked initiatives' issues), or a metric that counts,
 * sums or averages what the query finds, as of any instant. The query runs as the user who last saved the settings,
 * with that user's permissions (here a project admin, who sees secured issues unless a test says otherwise); what
 * the caller may not browse is counted, never named.
 */
public class JqlKeyResultTest {
    private final OkrWorld world = new OkrWorld().standard();

    {
        world.jira.as(Role.VIEWER);
    }

    private void scope(String kr, KeyResultKind kind, String jql) {
        scope(kr, kind, jql, "project_admin");
    }

    private void scope(String kr, KeyResultKind kind, String jql, String owner) {
        world.store.keyResults.save(new KeyResultSettings(kr, kind, MetricGoal.INCREASE, Weight.ONE,
                new Source(jql, MetricFrom.FIELD, "", owner), StatusWeights.DONE_ONLY, false));
    }

    private void metric(String kr, MetricFrom from, String jql, String field) {
        metric(kr, from, jql, field, "project_admin");
    }

    private void metric(String kr, MetricFrom from, String jql, String field, String owner) {
        world.store.keyResults.save(new KeyResultSettings(kr, KeyResultKind.METRIC, MetricGoal.INCREASE, Weight.ONE,
                new Source(jql, from, field, owner), StatusWeights.DONE_ONLY, false));
    }

    private KeyResultView inTree(String key) {
        ObjectiveView objective = world.service.objectiveTree(world.cycle.id(), "AC").objectives().get(0);
        return objective.contents().keyResults().stream().filter(k -> k.key().equals(key)).findFirst().orElseThrow();
    }

    private Double valueAt(String kr, Instant at) {
        return world.service.keyResult(kr, at).keyResult().signals().metric().reading().value();
    }

    @Test
    public void shouldMeasureTheIssuesTheQueryFindsTogetherWithTheLinkedInitiatives() {
        world.issues.issue("AC-50").label("okr").done(at("2015-07-25"));
        world.issues.issue("AC-51").label("okr");
        world.issues.issue("AC-52").label("okr").subtaskOf("AC-50").done(at("2015-07-26"));
        world.issues.issue("AC-11").label("okr");
        scope("AC-2", KeyResultKind.ISSUE_COUNT, "labels = okr");

        KeyResultView count = inTree("AC-2");
        assertEquals("AC-11..14 through AC-10, AC-50 and AC-51 found; AC-11 once; the sub-task through its parent",
                6, count.figures().total());
        assertEquals(4, count.figures().done());
        assertEquals("the initiatives shown are still the linked ones", List.of("AC-10"),
                count.drivenBy().initiatives().stream().map(OkrViews.InitiativeView::key).toList());

        KeyResultDetail detail = world.service.keyResult("AC-2", at("2015-07-31"));
        EvidenceView found = detail.issues().stream().filter(e -> e.key().equals("AC-50")).findFirst().orElseThrow();
        assertEquals("an issue found by the query stands for itself", "AC-50", found.via());
        assertTrue(found.completion().done());
        assertEquals("AC-11, AC-12 and AC-50 by July 31", 3, detail.keyResult().figures().done());
    }

    @Test
    public void shouldCountWhatTheQueryFindsThatTheCallerCannotBrowseWithoutNamingIt() {
        world.issues.issue("AC-50").label("okr").done(at("2015-07-25"));
        world.jira.secure("AC-50").as(Role.VIEWER);
        scope("AC-2", KeyResultKind.ISSUE_COUNT, "labels = okr");
        KeyResultDetail detail = world.service.keyResult("AC-2", null);
        assertEquals(5, detail.keyResult().figures().total());
        assertEquals(1, detail.hiddenIssues());
        assertEquals(1, detail.hiddenDone());
        assertFalse(detail.toString(), detail.toString().contains("AC-50"));
    }

    @Test
    public void shouldCountTheIssuesFoundThatExistedAtTheInstant() {
        for (int i = 60; i < 70; i++) {
            world.issues.issue("AC-" + i).label("growth");
        }
        for (int i = 70; i < 75; i++) {
            world.issues.issue("AC-" + i).label("growth").created(at("2015-08-0" + (i - 69)));
        }
        metric("AC-3", MetricFrom.JQL_COUNT, "labels = growth", "");

        KeyResultView now = inTree("AC-3");
        assertNull(now.measure().error());
        assertEquals(15.0, now.signals().metric().reading().value(), 0.0);
        assertEquals("(15 - 10) / (20 - 10)", 0.5, now.figures().progress(), 1e-9);
        assertEquals("its own history, a value per day: June 1st, then August 1st to 5th", 6,
                now.signals().metric().history().size());
        assertEquals(15.0, now.signals().metric().history().get(5).value(), 0.0);
        assertEquals(10.0, valueAt("AC-3", at("2015-07-15")), 0.0);
        assertEquals(12.0, valueAt("AC-3", Instant.parse("2015-08-02T12:00:00Z")), 0.0);
        assertEquals("the ten created in June, before the cycle", 10.0, valueAt("AC-3", at("2015-07-01")), 0.0);
    }

    @Test
    public void shouldLeaveAValueASumCannotUseOutWithANoteNamingItsIssue() {
        world.issues.issue("AC-85").label("odd").points(5);
        world.issues.issue("AC-86").label("odd").value(world.issues.storyPoints, "n/a");
        metric("AC-3", MetricFrom.JQL_SUM, "labels = odd", "customfield_10002");
        KeyResultDetail detail = world.service.keyResult("AC-3", null);
        assertEquals(5.0, detail.keyResult().signals().metric().reading().value(), 0.0);
        assertTrue(detail.notes().toString(), detail.notes().stream().anyMatch(n -> n.contains("AC-86")));
        assertTrue(detail.notes().stream().noneMatch(n -> n.contains("AC-85")));
    }

    @Test
    public void shouldSumAndAverageAFieldAsItStoodAtTheInstant() {
        world.issues.issue("AC-80").label("revenue").points(5);
        world.issues.change("AC-80", "Story Points", at("2015-07-20"), "2", "5");
        world.issues.issue("AC-81").label("revenue").points(3).created(at("2015-08-01"));
        world.issues.issue("AC-82").label("revenue");
        metric("AC-3", MetricFrom.JQL_SUM, "labels = revenue", "customfield_10002");
        assertEquals(8.0, valueAt("AC-3", null), 0.0);
        assertEquals("AC-80 was 2 before it changed; AC-81 did not exist", 2.0, valueAt("AC-3", at("2015-07-15")),
                0.0);
        assertEquals(5.0, valueAt("AC-3", at("2015-07-25")), 0.0);

        metric("AC-3", MetricFrom.JQL_AVERAGE, "labels = revenue", "Story Points");
        assertEquals("AC-82 has no value and is left out", 4.0, valueAt("AC-3", null), 0.0);
        assertEquals(2.0, valueAt("AC-3", at("2015-07-15")), 0.0);
    }

    /**
     * A query its owner can no longer run (refused by Jira, a project they lost, the owner deactivated or unknown) is
     * the key result's error, asking an editor to save it again, without quoting Jira's messages: they would name
     * parts of a query only its editors may read.
     */
    @Test
    public void shouldAskAnEditorToSaveAgainWhenTheQueryNoLongerRunsForItsOwnerAndMeasureTheRest() {
        for (Runnable broken : List.<Runnable>of(
                () -> scope("AC-2", KeyResultKind.ISSUE_COUNT, "summary ~ okr"),
                () -> scope("AC-2", KeyResultKind.ISSUE_COUNT, "project = AC", "outsider"),
                () -> scope("AC-2", KeyResultKind.ISSUE_COUNT, "labels = okr", ""),
                () -> scope("AC-2", KeyResultKind.ISSUE_COUNT, "labels = okr", "JIRAUSER99999"),
                () -> {
                    world.jira.deactivate(Role.MEMBER);
                    scope("AC-2", KeyResultKind.ISSUE_COUNT, "labels = okr", "member");
                })) {
            broken.run();
            ObjectiveView objective = world.service.objectiveTree(world.cycle.id(), "AC").objectives().get(0);
            KeyResultView shown = objective.contents().keyResults().stream().filter(k -> k.key().equals("AC-2"))
                    .findFirst().orElseThrow();
            assertEquals("okr.error.jqlOwner", shown.measure().errorKey());
            assertTrue(shown.measure().error(), shown.measure().error().contains("save them again"));
            assertFalse("no part of the query is quoted", shown.measure().error().contains("okr")
                    || shown.measure().error().contains("summary") || shown.measure().error().contains("AC"));
            assertEquals("AC-3 alone rolls up", 0.5, objective.figures().progress(), 1e-9);
        }
    }

    /**
     * The query counts only what its owner may browse: a member who cannot see a secured issue learns nothing about
     * it by aiming a key result's query at it, whoever reads the figure.
     */
    @Test
    public void shouldCountOnlyWhatTheQuerysOwnerMayBrowse() {
        world.issues.issue("AC-90").points(13).done(at("2015-07-10"));
        world.issues.issue("AC-91").done(at("2015-07-11"));
        world.jira.secure("AC-90");
        metric("AC-3", MetricFrom.JQL_COUNT, "key = AC-90", "", "member");
        world.jira.as(Role.JIRA_ADMIN);
        assertEquals("the member cannot see AC-90, so neither can their query", 0.0, valueAt("AC-3", null), 0.0);
        metric("AC-3", MetricFrom.JQL_SUM, "key = AC-90", "Story Points", "member");
        assertEquals(0.0, valueAt("AC-3", null), 0.0);
        scope("AC-2", KeyResultKind.ISSUE_COUNT, "key = AC-90", "member");
        assertEquals("the four of AC-10 only", 4, inTree("AC-2").figures().total());

        metric("AC-3", MetricFrom.JQL_COUNT, "key = AC-90", "", "project_admin");
        assertEquals("a project admin may see it", 1.0, valueAt("AC-3", null), 0.0);
        metric("AC-3", MetricFrom.JQL_SUM, "key = AC-90", "Story Points", "project_admin");
        assertEquals(13.0, valueAt("AC-3", null), 0.0);
    }

    @Test
    public void shouldSayWhichAggregateFieldIsMissing() {
        metric("AC-3", MetricFrom.JQL_SUM, "labels = revenue", "customfield_4711");
        KeyResultView broken = inTree("AC-3");
        assertEquals("okr.error.aggregateFieldMissing", broken.measure().errorKey());
        assertTrue(broken.measure().error(), broken.measure().error().contains("customfield_4711"));
    }
}
