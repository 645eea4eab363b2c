package dev.northstar.okr.reading;

import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import dev.northstar.okr.keyresult.MetricFrom;
import dev.northstar.okr.keyresult.StatusWeights;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Jira is searched a fixed number of times per view, however many key results a cycle has: 3 key results and 60
 * cost the same. (Links are read per issue from Jira's link store, which is not a search.) Each count includes the
 * one search, with the caller's own permissions, that says which of the view's issues the caller may browse. A key
 * result defined by its own JQL necessarily adds one search (a user's query cannot be merged with others').
 * These are the costs of a cold cache; {@link ReadCacheTest} shows what a warm one saves.
 */
public class SearchCountTest {

    private static OkrWorld world(int keyResults) {
        OkrWorld world = new OkrWorld().manyKeyResults("AC-1", keyResults, 1000);
        world.jira.administrator();
        return world;
    }

    @Test
    public void shouldReadTheObjectiveTreeInFourSearchesWhateverTheNumberOfKeyResults() {
        OkrWorld few = world(3);
        OkrWorld many = world(60);
        assertEquals(3, few.service.objectiveTree(few.cycle.id(), "AC").objectives().get(0).contents().keyResults()
                .size());
        assertEquals(60, many.service.objectiveTree(many.cycle.id(), "AC").objectives().get(0).contents().keyResults()
                .size());
        assertEquals("objectives, issues by key, initiatives' children, visibility", 4, few.issues.searches());
        assertEquals(few.issues.searches(), many.issues.searches());
        assertEquals("visibility is the only search with the caller's permissions", 1,
                many.issues.search.permissionChecked);
        assertTrue("bounded pages", many.issues.search.largestPage <= 500);
    }

    @Test
    public void shouldAddOneSearchPerKeyResultWithItsOwnJqlAndNoneForTheOthers() {
        OkrWorld few = world(3);
        OkrWorld many = world(60);
        for (OkrWorld world : List.of(few, many)) {
            world.issues.issue("AC-5000").label("okr").done(OkrWorld.at("2015-07-10"));
            for (String kr : List.of("AC-1000", "AC-1010")) {
                world.store.keyResults.save(new KeyResultSettings(kr, KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                        Weight.ONE, new Source("labels = okr", MetricFrom.FIELD, "", "project_admin"),
                        StatusWeights.DONE_ONLY, false));
            }
            world.service.objectiveTree(world.cycle.id(), "AC");
        }
        assertEquals("the tree's four, plus one per query of a key result's own JQL (both key results ask the same"
                + " query: it is read once for both)", 4 + 1, few.issues.searches());
        assertEquals("58 more key results over initiatives add nothing", few.issues.searches(),
                many.issues.searches());
        many.service.objectiveTree(many.cycle.id(), "AC");
        assertEquals("cached like the rest, the query's result for a minute", 5, many.issues.searches());
        assertEquals("the key results' one query ran with its owner's permissions, as did visibility (both then cached)",
                2, many.issues.search.permissionChecked);
    }

    @Test
    public void shouldReviewASprintInFiveSearchesWhateverTheNumberOfKeyResults() {
        OkrWorld few = world(3);
        OkrWorld many = world(60);
        assertEquals(3, few.service.sprintReview(7, "AC").keyResults().size());
        assertEquals(60, many.service.sprintReview(7, "AC").keyResults().size());
        assertEquals("the sprint's issues, objectives, issues by key, children, visibility", 5,
                few.issues.searches());
        assertEquals(few.issues.searches(), many.issues.searches());
    }

    @Test
    public void shouldReadOneKeyResultInThreeSearches() {
        OkrWorld few = world(3);
        OkrWorld many = world(60);
        few.service.keyResult("AC-1000", null);
        many.service.keyResult("AC-1590", null);
        assertEquals("issues by key, initiatives' children, visibility", 3, few.issues.searches());
        assertEquals(few.issues.searches(), many.issues.searches());
    }
}
