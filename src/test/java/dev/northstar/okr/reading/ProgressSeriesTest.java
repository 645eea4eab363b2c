package dev.northstar.okr.reading;

import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.util.List;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/** Objectives' progress as of several instants, from one read: what the overview's trend charts plot. */
public class ProgressSeriesTest {
    private final OkrWorld world = new OkrWorld().standard();

    {
        world.jira.as(Role.VIEWER);
    }

    @Test
    public void shouldMeasureEachInstantAsOfThen() {
        ProgressSeries series = world.service.progressSeries(world.cycle.id(), "AC",
                List.of(at("2015-07-01"), at("2015-07-15"), at("2015-08-15")));
        List<Double> ac1 = series.progress().get("AC-1");
        // AC-2 (done / 4 issues) and AC-3 ((value - 10) / 10), equal weights
        assertEquals(0.0, ac1.get(0), 1e-9);
        assertEquals((0.25 + 0.2) / 2, ac1.get(1), 1e-9);
        assertEquals((0.75 + 0.5) / 2, ac1.get(2), 1e-9);
        assertEquals(List.of("2015-07-01T00:00:00Z", "2015-07-15T00:00:00Z", "2015-08-15T00:00:00Z"), series.at());
    }

    @Test
    public void shouldEndWhereTheTreeIsNow() {
        double now = world.service.objectiveTree(world.cycle.id(), "AC").objectives().get(0).figures().progress();
        ProgressSeries series = world.service.progressSeries(world.cycle.id(), "AC", List.of(OkrWorld.NOW));
        assertEquals(now, series.progress().get("AC-1").get(0), 1e-9);
    }

    @Test
    public void shouldLeaveOutObjectivesTheCallerMayNotSee() {
        world.objective("AC-30");
        world.issues.link("AC-30", JiraIssues.ALIGNS, "AC-1");
        world.jira.secure("AC-1").as(Role.VIEWER);
        ProgressSeries series = world.service.progressSeries(world.cycle.id(), "AC", List.of(OkrWorld.NOW));
        assertFalse(series.progress().containsKey("AC-1"));
        assertEquals(List.of(0.0), series.progress().get("AC-30"));
    }

    @Test
    public void shouldReadJiraOnceWhateverTheNumberOfInstants() {
        int before = world.issues.searches();
        world.service.progressSeries(world.cycle.id(), "AC", List.of(at("2015-07-01")));
        int one = world.issues.searches() - before;
        world.cache.clear(); // both reads cold: the count must not grow with the instants
        world.service.progressSeries(world.cycle.id(), "AC",
                List.of(at("2015-07-01"), at("2015-07-08"), at("2015-07-15"), at("2015-07-22"), at("2015-07-29")));
        assertEquals(one, world.issues.searches() - before - one);
    }
}
