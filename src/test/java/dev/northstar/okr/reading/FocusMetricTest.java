package dev.northstar.okr.reading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.jira.JiraJqlCheck;
import dev.northstar.okr.keyresult.KeyResultResource;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.StatusWeights;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.RestServer;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static dev.northstar.okr.testing.RestAssert.ok;
import static dev.northstar.okr.testing.RestAssert.refused;
import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * At most one focus metric per owner and cycle: refused when someone marks a second one (naming the first only to
 * those who may browse it), and tolerated in stored data that breaks the rule (the first by key is the focus, with
 * a warning) so that no view fails.
 */
public class FocusMetricTest {
    private static final String MARK = "{\"focusMetric\": true}";

    private final OkrWorld world = new OkrWorld().standard();
    private final FocusMetricRule rule = new FocusMetricRule(world.issues.structure, world.store.objectives,
            world.store.keyResults, world.store.schema);

    @Rule
    public final RestServer server = new RestServer(new KeyResultResource(world.store.keyResults,
            world.store.initiatives, new Guard(world.jira.access), new JiraJqlCheck(world.issues.pages), rule),
            new ErrorMapping(world.jira.texts), new XsrfGuard());

    {
        // AC-30 belongs to the same team as AC-1, in the same cycle; its KR AC-31 sits in another objective
        world.store.objectives.save(new ObjectiveSettings("AC-30", world.cycle.id(), false, Weight.ONE, "Team AC-1"));
        world.issues.objective("AC-30");
        world.issueCount("AC-31", "AC-30");
        world.jira.as(Role.MEMBER);
    }

    private void focus(String key) {
        KeyResultSettings s = world.store.keyResults.find(key).orElse(KeyResultSettings.defaults(key));
        world.store.keyResults.save(new KeyResultSettings(key, s.kind(), s.goal(), s.weight(), s.source(),
                s.statusWeights(), true));
    }

    private boolean focused(String key) {
        return world.store.keyResults.find(key).map(KeyResultSettings::focusMetric).orElse(false);
    }

    @Test
    public void shouldRefuseASecondFocusOfTheSameOwnerAndCycleNamingTheFirst() {
        focus("AC-3");
        HttpResponse<String> response = server.put("/keyresults/AC-31/settings", MARK);
        JsonNode error = refused(response, 409, "focusMetric", "okr.error.focusTaken");
        assertTrue(error.toString(), error.get("message").asText().startsWith("AC-3 is already the focus metric"));
        assertFalse("nothing stored", focused("AC-31"));
        assertEquals("in the same objective too", 409, server.put("/keyresults/AC-2/settings", MARK).statusCode());
    }

    @Test
    public void shouldRefuseWithoutNamingAFocusTheCallerCannotBrowse() {
        focus("AC-3");
        world.jira.secure("AC-3").as(Role.MEMBER);
        HttpResponse<String> response = server.put("/keyresults/AC-31/settings", MARK);
        refused(response, 409, "focusMetric", "okr.error.focusMetric");
        assertFalse(response.body(), response.body().contains("AC-3"));
    }

    @Test
    public void shouldAllowTheFocusOfAnotherOwnerOrCycleAndKeepingOnesOwn() {
        focus("AC-3");
        ok(server.put("/keyresults/AC-3/settings", "{\"focusMetric\": true, \"weight\": 2}"), 200);
        ok(server.put("/keyresults/AC-31/settings", "{\"focusMetric\": false}"), 200);

        world.store.objectives.save(new ObjectiveSettings("AC-30", world.cycle.id(), false, Weight.ONE, "Another team"));
        ok(server.put("/keyresults/AC-31/settings", MARK), 200);
        assertTrue(focused("AC-31"));

        var next = world.store.cycles.create(new Cycle("2015 Q4", at("2015-10-01"), at("2016-01-01")), "AC");
        world.store.objectives.save(new ObjectiveSettings("AC-30", next.id(), false, Weight.ONE, "Team AC-1"));
        assertTrue("the same team in the next cycle", rule.focusTakenBy("AC-31").isEmpty());
    }

    @Test
    public void shouldNotBlockOtherChangesToStoredDataThatAlreadyBreaksTheRule() {
        focus("AC-3");
        focus("AC-31");
        ok(server.put("/keyresults/AC-31/settings", "{\"weight\": 3}"), 200);
    }

    @Test
    public void shouldShowTheFirstByKeyAsTheFocusAndWarnWhenStoredDataBreaksTheRule() {
        // AB-7 measures AC-1 too: last linked, yet first by key
        world.keyResult("AB-7", "AC-1", KeyResultKind.METRIC);
        world.store.keyResults.save(new KeyResultSettings("AB-7", KeyResultKind.MILESTONE, MetricGoal.INCREASE,
                Weight.ONE, Source.NONE, StatusWeights.DONE_ONLY, true));
        focus("AC-3");
        focus("AC-31");
        world.jira.as(Role.VIEWER);

        ObjectiveTree tree = world.service.objectiveTree(world.cycle.id(), "AC");
        KeyResultView first = tree.objectives().get(0).contents().keyResults().get(0);
        assertEquals("AB-7", first.key());
        assertTrue(first.focusMetric());
        assertEquals(1, tree.objectives().stream().flatMap(o -> o.contents().keyResults().stream())
                .filter(KeyResultView::focusMetric).count());
        assertTrue(tree.warnings().toString(), tree.warnings().contains(
                "3 key results of one owner are marked as the focus metric; AB-7, the first by key, is shown as the"
                        + " focus."));
        OkrViews.KeyResultDetail detail = world.service.keyResult("AC-3", null);
        assertFalse("the one-KR view agrees", detail.keyResult().focusMetric());
        assertTrue(detail.notes().toString(), detail.notes().stream().anyMatch(n -> n.contains("AB-7")));
    }

    @Test
    public void shouldWarnWithoutNamingAFocusTheCallerCannotBrowse() {
        world.keyResult("AB-7", "AC-1", KeyResultKind.ISSUE_COUNT);
        focus("AB-7");
        focus("AC-3");
        world.jira.secure("AB-7").as(Role.VIEWER);
        ObjectiveTree tree = world.service.objectiveTree(world.cycle.id(), "AC");
        assertTrue(tree.warnings().toString(), tree.warnings().contains(
                "2 key results of one owner are marked as the focus metric; the first by key is shown as the focus."));
        assertFalse(tree.toString().contains("AB-7"));
        assertFalse("the hidden one is the focus, so none shown is", tree.objectives().get(0).contents()
                .keyResults().stream().anyMatch(KeyResultView::focusMetric));
    }
}
