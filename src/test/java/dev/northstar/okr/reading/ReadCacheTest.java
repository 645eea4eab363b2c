package dev.northstar.okr.reading;

import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The read service's Jira reads go through the app's cache (the real adapter over one node's map) and the real
 * issue listener clears it: a repeated view searches nothing until an issue changes, a second caller pays only for
 * their own visibility, and no caller ever sees what another may see.
 */
public class ReadCacheTest {
    private final OkrWorld world = new OkrWorld().standard();

    {
        world.issues.issue("AC-66").in("AC-10").points(8).sprints(OkrWorld.SPRINT_7).done(at("2015-07-12"));
        world.jira.secure("AC-66");
    }

    private ObjectiveTree tree() {
        return world.service.objectiveTree(world.cycle.id(), "AC");
    }

    private KeyResultView count(ObjectiveTree tree) {
        return tree.objectives().get(0).contents().keyResults().stream().filter(k -> k.key().equals("AC-2")).findFirst()
                .orElseThrow();
    }

    private int searchesFor(Runnable view) {
        int before = world.issues.searches();
        view.run();
        return world.issues.searches() - before;
    }

    @Test
    public void shouldSearchNothingTheSecondTimeAndAgainAfterAnIssueChanges() {
        world.jira.as(Role.VIEWER);
        assertEquals("cold: objectives, issues by key, children, visibility", 4, searchesFor(this::tree));
        assertEquals("warm", 0, searchesFor(this::tree));
        world.issues.issue("AC-13").done(at("2015-08-14"));
        world.issueChanged("AC-13");
        assertEquals("after the issue event, only its epic's children: the objectives, the other issues and who may"
                + " see them are still cached", 1, searchesFor(this::tree));
        assertEquals("and measured on the new facts", 5, count(tree()).figures().done());
    }

    @Test
    public void shouldCacheTheKeyResultAndTheSprintReviewAlike() {
        world.jira.as(Role.VIEWER);
        assertEquals(3, searchesFor(() -> world.service.keyResult("AC-2", null)));
        assertEquals(0, searchesFor(() -> world.service.keyResult("AC-2", null)));
        assertEquals("the sprint's issues, objectives, the metric KR by key and visibility: the epic's children read"
                + " for the key result serve the review too", 4, searchesFor(() -> world.service.sprintReview(7, "AC")));
        assertEquals(0, searchesFor(() -> world.service.sprintReview(7, "AC")));
        world.issueChanged("AC-11");
        assertEquals("only the changed issue's epic's children again", 1,
                searchesFor(() -> world.service.keyResult("AC-2", null)));
        assertEquals("and its sprint's issues", 1, searchesFor(() -> world.service.sprintReview(7, "AC")));
    }

    @Test
    public void shouldServeThePastAndNowFromTheSameReadsMeasuredAtEachCall() {
        world.jira.as(Role.VIEWER);
        KeyResultDetail now = world.service.keyResult("AC-2", null);
        int searches = world.issues.searches();
        KeyResultDetail then = world.service.keyResult("AC-2", at("2015-07-15"));
        assertEquals("no search for a past instant either", searches, world.issues.searches());
        assertEquals(4, now.keyResult().figures().done());
        assertEquals("AC-11 and AC-66 were done by July 15", 2, then.keyResult().figures().done());
    }

    @Test
    public void shouldGiveAnotherCallerTheirOwnVisibilityWithoutReadingTheFactsAgain() {
        world.jira.as(Role.PROJECT_ADMIN);
        KeyResultView admin = count(tree());
        world.jira.as(Role.VIEWER);
        int facts = world.issues.searches();
        int visibility = world.issues.search.permissionChecked;
        KeyResultView viewer = count(tree());
        assertEquals("only the viewer's own visibility", 1, world.issues.searches() - facts);
        assertEquals(1, world.issues.search.permissionChecked - visibility);
        assertEquals("the same figures", admin.figures().done(), viewer.figures().done());
        assertEquals(admin.figures().total(), viewer.figures().total());
        assertEquals(0, admin.figures().hiddenIssues());
        assertEquals(1, viewer.figures().hiddenIssues());
        assertEquals("warm for the viewer now", 0, searchesFor(this::tree));
    }

    @Test
    public void shouldNeverShowOneCallerWhatOnlyAnotherMaySee() {
        world.jira.as(Role.PROJECT_ADMIN);
        assertTrue(names(world.service.keyResult("AC-2", null), "AC-66"));
        world.jira.as(Role.VIEWER);
        KeyResultDetail viewer = world.service.keyResult("AC-2", null);
        assertFalse("the admin's cached read does not leak to the viewer", names(viewer, "AC-66"));
        assertEquals(1, viewer.hiddenIssues());
        assertFalse(tree().toString().contains("AC-66"));
        world.jira.as(Role.PROJECT_ADMIN);
        assertTrue("nor does the viewer's view hide it from the admin", names(world.service.keyResult("AC-2",
                null), "AC-66"));
    }

    @Test
    public void shouldKeepNoCallersVisibilityInTheEntriesSharedByEveryone() {
        world.jira.as(Role.PROJECT_ADMIN);
        tree();
        List<OkrIssue> shared = new ArrayList<>();
        for (Object value : world.cacheMap.values.values()) {
            if (value instanceof SharedReads.SharedIssue i && i.issue() != null) {
                shared.add(i.issue());
            } else if (value instanceof SharedReads.SharedLinks l) {
                shared.addAll(l.links().keyResults());
                shared.addAll(l.links().objectives());
                shared.addAll(l.links().initiatives());
                shared.addAll(l.links().parents());
                shared.addAll(l.links().drives());
            }
        }
        assertFalse(shared.isEmpty());
        assertTrue("the admin could browse them all, yet no shared entry says so",
                shared.stream().noneMatch(OkrIssue::visible));
    }

    @Test
    public void shouldSeeAChangeToTheAppsStoredDataAtOnce() {
        world.jira.as(Role.VIEWER);
        assertEquals(5, count(tree()).figures().total());
        // rating the only initiative "not in scope" changes what is read: a new read, no stale figure
        world.store.initiatives.save("AC-2", new Initiative("AC-10", InitiativeScope.NOT_IN_SCOPE, 0, 0));
        assertEquals(0, count(tree()).figures().total());
    }

    private static boolean names(KeyResultDetail detail, String key) {
        return detail.issues().stream().anyMatch(e -> e.key().equals(key));
    }
}
