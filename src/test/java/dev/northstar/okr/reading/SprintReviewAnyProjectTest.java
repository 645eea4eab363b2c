package dev.northstar.okr.reading;

import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.reading.OkrViews.SprintReviewView;
import dev.northstar.okr.testing.JiraFixture.Role;
import org.junit.Test;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;

/**
 * A sprint's review is the sprint's: the key results its issues serve, wherever those key results live, the same
 * whichever project was used to find the board.
 */
public class SprintReviewAnyProjectTest {
    private final OkrWorld world = new OkrWorld().standard();

    {
        world.jira.project("TIMOB");
        world.jira.as(Role.VIEWER);
    }

    private static String figures(SprintReviewView review) {
        StringBuilder out = new StringBuilder(review.cycle().name() + " " + review.alignment() + " "
                + review.hiddenKeyResults());
        review.keyResults().forEach(k -> out.append('\n').append(k));
        return out.toString();
    }

    @Test
    public void shouldReviewTheSprintTheSameWayFromAnyProject() {
        // sprint 7's issues serve AC-2, whose objective lives in AC: a team whose board is found through TIMOB (no
        // cycle of its own) sees the same review as AC
        SprintReviewView fromAc = world.service.sprintReview(7, "AC");
        SprintReviewView fromTimob = world.service.sprintReview(7, "TIMOB");
        assertEquals(figures(fromAc), figures(fromTimob));
        assertEquals("TIMOB", fromTimob.project());
        assertEquals(3, fromTimob.alignment().completed());
        assertEquals(2, fromTimob.alignment().aligned());
        assertEquals("AC-2", fromTimob.keyResults().get(0).key());
    }

    @Test
    public void shouldServeKeyResultsOfEveryCycleTheSprintStartedInAndCountHiddenOnes() {
        // a global cycle with an objective of another project: AC-20 (done in sprint 7) serves its key result TIMOB-2
        StoredCycle global = world.store.cycles.create(new Cycle("Company Q3", at("2015-07-01"),
                at("2015-10-01")), null);
        world.store.objectives.save(new ObjectiveSettings("TIMOB-1", global.id(), false, Weight.ONE, "Company"));
        world.issues.objective("TIMOB-1");
        world.issueCount("TIMOB-2", "TIMOB-1");
        world.issues.epic("AC-19", "TIMOB-2");
        world.issues.issue("AC-20").in("AC-19");

        SprintReviewView review = world.service.sprintReview(7, "AC");
        assertEquals("the global cycle is named first", "Company Q3", review.cycle().name());
        assertEquals(3, review.alignment().completed());
        assertEquals("AC-11, AC-12 (AC-2) and AC-20 (TIMOB-2)", 3, review.alignment().aligned());
        assertEquals("the global cycle's first", java.util.List.of("TIMOB-2", "AC-2"),
                review.keyResults().stream().map(k -> k.key()).toList());
        assertEquals(figures(review), figures(world.service.sprintReview(7, "TIMOB")));

        world.jira.secure("TIMOB-2");
        world.securityChanged("TIMOB-2"); // Jira announces the security level change; every node forgets visibility
        SprintReviewView hidden = world.service.sprintReview(7, "TIMOB");
        assertEquals(1, hidden.hiddenKeyResults());
        assertEquals(3, hidden.alignment().aligned());
        assertEquals(java.util.List.of("AC-2"), hidden.keyResults().stream().map(k -> k.key()).toList());
    }
}
