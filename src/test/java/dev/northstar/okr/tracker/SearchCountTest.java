package dev.northstar.okr.tracker;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Jira is searched a fixed number of times per view, however many key results a cycle has: 3 key results and 60
 * cost the same. (Links are read per issue from Jira's link store, which is not a search.) Each count includes the
 * one search, with the caller's own permissions, that says which of the view's issues the caller may browse.
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
        assertEquals(3, few.service.objectiveTree(few.cycle.id(), "AC").objectives().get(0).keyResults().size());
        assertEquals(60, many.service.objectiveTree(many.cycle.id(), "AC").objectives().get(0).keyResults().size());
        assertEquals("objectives, issues by key, initiatives' children, visibility", 4, few.issues.searches());
        assertEquals(few.issues.searches(), many.issues.searches());
        assertEquals("visibility is the only search with the caller's permissions", 1,
                many.issues.search.permissionChecked);
        assertTrue("bounded pages", many.issues.search.largestPage <= 500);
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
