package dev.northstar.okr.reading;

import dev.northstar.okr.jira.JiraIssueFacts;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.testing.JiraFixture.Role;
import dev.northstar.okr.testing.MapCache;
import org.junit.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/**
 * What an issue event drops, over the real adapters and listener on a two-node cluster: node A, where Jira publishes
 * the event, and node B, which holds its own values and receives only A's removes (as atlassian-cache replicates by
 * invalidation). An edit inside a key result's scope updates that key result on the next read, on either node, with
 * only that issue read again; an edit elsewhere drops nothing; an issue moving between epics is followed even when the
 * node that sees the event never cached it.
 */
public class IssueEventCacheTest {
    private final OkrWorld world = new OkrWorld().standard();
    private final MapCache nodeB = new MapCache().replicatesWith(world.cacheMap);
    private final OkrReadService serviceB;

    {
        world.issues.issue("AC-66").in("AC-10").points(8).done(at("2015-07-12"));
        world.jira.as(Role.VIEWER);
        JiraIssueFacts factsB = new JiraIssueFacts(world.issues.pages, world.issues.fields, world.issues.history,
                world.issues.statuses, world.jira.userManager,
                nodeB.okrCache(), Clock.fixed(OkrWorld.NOW, ZoneOffset.UTC));
        serviceB = new OkrReadService(world.store.cycles, world.store.objectives, world.store.keyResults,
                world.store.initiatives, world.store.checkIns, world.store.schema, world.settings,
                world.issues.structure, factsB, world.jira.texts, Clock.fixed(OkrWorld.NOW, ZoneOffset.UTC),
                nodeB.okrCache(), world.jira.access);
    }

    private KeyResultView count(OkrReadService service) {
        return service.objectiveTree(world.cycle.id(), "AC").objectives().get(0).contents().keyResults().stream()
                .filter(k -> k.key().equals("AC-2")).findFirst().orElseThrow();
    }

    @Test
    public void shouldUpdateTheKeyResultAnEditTouchesOnTheNextReadReadingOnlyThatIssue() {
        assertEquals(4, count(world.service).figures().done());
        int searches = world.issues.searches();
        int history = world.issues.historyReads();
        int dropped = world.cacheMap.dropped;

        world.issues.issue("AC-13").done(at("2015-08-14"));
        world.issueChanged("AC-13");

        assertEquals("the issue and its epic's children, nothing else", 2, world.cacheMap.dropped - dropped);
        assertEquals("measured on the new facts", 5, count(world.service).figures().done());
        assertEquals("one search: the epic's children", 1, world.issues.searches() - searches);
        assertEquals("one history read, for the issues that search brought that the cache lacked", 1,
                world.issues.historyReads() - history);
    }

    @Test
    public void shouldDropNothingForAnEditOutsideEveryKeyResult() {
        count(world.service);
        Map<String, Object> before = new LinkedHashMap<>(world.cacheMap.values);
        int searches = world.issues.searches();
        int dropped = world.cacheMap.dropped;

        world.issues.issue("AC-20").points(3).done(at("2015-08-14"));
        world.issueChanged("AC-20");

        assertEquals("no entry dropped", dropped, world.cacheMap.dropped);
        before.forEach((key, value) -> assertSame(key, value, world.cacheMap.values.get(key)));
        int loads = world.cacheMap.loads;
        assertEquals(4, count(world.service).figures().done());
        assertEquals("no search", searches, world.issues.searches());
        assertEquals("every lookup served from the cache", loads, world.cacheMap.loads);
    }

    @Test
    public void shouldFollowAnIssueOutOfAndIntoAnEpicWhenTheEventIsOnAnotherNode() {
        KeyResultView warm = count(serviceB);
        assertEquals(5, warm.figures().total());
        assertTrue("node A, where the events happen, holds nothing of these issues", issues(world.cacheMap) == 0);

        world.issues.issue("AC-14").in("AC-30");
        world.issueChanged("AC-14");
        assertTrue("node A could not tell AC-14's old epic, so B's list of its children stays",
                nodeB.values.containsKey("okr:children:AC-10"));
        KeyResultView out = count(serviceB);
        assertEquals("node B's list of AC-10's children still names AC-14, but AC-14 itself says it left", 4,
                out.figures().total());
        assertEquals(3, out.figures().done());

        world.issues.issue("AC-20").in("AC-10");
        world.issueChanged("AC-20");
        KeyResultView in = count(serviceB);
        assertEquals("the epic it joined was read again on every node", 5, in.figures().total());
        assertEquals(4, in.figures().done());
        assertEquals("node A still holds no issue", 0, issues(world.cacheMap));
    }

    private static long issues(MapCache node) {
        return node.values.keySet().stream().filter(k -> k.startsWith("okr:issue:") || k.startsWith("okr:children:")
                || k.startsWith("okr:read:")).count();
    }
}
