package dev.northstar.okr.reading;

import dev.northstar.okr.jira.JiraIssueFacts;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.JiraIssues;
import org.junit.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;

/**
 * The cached reads, kept issue by issue and brought up to date by Jira's events (with the facts of unchanged issues
 * reused and only changed ones made again), give exactly what reading everything afresh gives: after every one of a
 * hundred random edits (transitions, story points, moves between epics and sprints) the objective tree, a key
 * result's detail and the sprint review are equal to those of a read service that caches nothing.
 */
public class CachedReadsAgreeTest {
    private final OkrWorld world = new OkrWorld().manyKeyResults("AC-1", 12, 1000);
    private final OkrReadService afresh;

    {
        world.jira.as(Role.PROJECT_ADMIN);
        JiraIssueFacts uncached = new JiraIssueFacts(world.issues.pages, world.issues.fields, world.issues.history,
                world.issues.statuses, world.jira.userManager,
                JiraIssues.PASS_THROUGH, Clock.fixed(OkrWorld.NOW, ZoneOffset.UTC));
        afresh = new OkrReadService(world.store.cycles, world.store.objectives, world.store.keyResults,
                world.store.initiatives, world.store.checkIns, world.store.schema, world.settings,
                world.issues.structure, uncached, world.jira.texts, Clock.fixed(OkrWorld.NOW, ZoneOffset.UTC),
                JiraIssues.PASS_THROUGH, world.jira.access);
    }

    @Test
    public void shouldGiveWhatAFreshReadGivesAfterEveryEdit() {
        Random random = new Random(14);
        assertSame("before any edit");
        for (int edit = 0; edit < 100; edit++) {
            int kr = random.nextInt(12);
            int base = 1000 + kr * 10;
            String key = "AC-" + (base + 2 + random.nextInt(2));
            JiraIssues.Spec issue = world.issues.issue(key);
            switch (random.nextInt(5)) {
                case 0 -> issue.done(at("2015-07-01").plusSeconds(86_400L * random.nextInt(40)));
                case 1 -> issue.inProgress();
                case 2 -> issue.points(random.nextInt(8));
                case 3 -> issue.in("AC-" + (1000 + random.nextInt(12) * 10 + 1));
                default -> issue.sprints(random.nextBoolean() ? OkrWorld.SPRINT_7 : OkrWorld.SPRINT_8);
            }
            world.issueChanged(key);
            assertSame("after edit " + edit + " of " + key);
        }
    }

    private void assertSame(String when) {
        assertEquals(when, afresh.objectiveTree(world.cycle.id(), "AC"),
                world.service.objectiveTree(world.cycle.id(), "AC"));
        assertEquals(when, afresh.keyResult("AC-1010", null), world.service.keyResult("AC-1010", null));
        assertEquals(when, afresh.sprintReview(7, "AC"), world.service.sprintReview(7, "AC"));
        assertEquals(when, afresh.progressSeries(world.cycle.id(), "AC", List.of(at("2015-07-15"), OkrWorld.NOW)),
                world.service.progressSeries(world.cycle.id(), "AC", List.of(at("2015-07-15"), OkrWorld.NOW)));
    }
}
