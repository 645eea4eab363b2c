package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.IssueTableBuilder;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.domain.Weight;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A milestone is done or not: never off track before its cycle ends. Cycle of 100 days; T-1 stays to do, T-2 is in
 * progress from day 20, T-3 is done on day 60.
 */
public class MilestonePaceTest {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Cycle CYCLE = new Cycle("Q1", START, START.plus(Duration.ofDays(100)));

    private static Instant day(int d) {
        return START.plus(Duration.ofDays(d));
    }

    private static PaceStatus status(String issue, Instant t) {
        return pace(issue, t).status();
    }

    private static Pace pace(String issue, Instant t) {
        IssueTableBuilder table = IssueTable.builder();
        table.add(IssueFact.builder("T-1").type("Task").statusCategory(StatusCategory.TO_DO).created(day(0))
                .updated(day(0)).build());
        table.add(IssueFact.builder("T-2").type("Task").statusCategory(StatusCategory.IN_PROGRESS).created(day(0))
                .updated(day(20)).build());
        table.add(IssueFact.simple("T-3", "Task", StatusCategory.DONE, day(0), day(60), null, null, null));
        KeyResult milestone = new KeyResult("M", "m", KeyResultKind.MILESTONE, Weight.ONE, null, null, null, issue,
                false);
        OkrPlan plan = new OkrPlan(CYCLE, List.of(new Objective("O", "o", "team", null, false, Weight.ONE,
                List.of(milestone), List.of())), List.of());
        return new OkrEngine(table.build(), EngineOptions.defaults()).evaluate(plan, t, false).keyResult("M").pace();
    }

    @Test
    public void shouldNeverBeOffTrackBeforeTheCycleEnds() {
        for (String issue : List.of("T-1", "T-2", "T-3")) {
            for (int d = 0; d < 100; d++) {
                assertTrue(issue + " on day " + d, status(issue, day(d)) != PaceStatus.OFF_TRACK);
            }
        }
    }

    @Test
    public void shouldBeOffTrackWhenTheCycleEndsUndone() {
        assertEquals(PaceStatus.OFF_TRACK, status("T-1", day(100)));
        assertEquals(PaceStatus.OFF_TRACK, status("T-2", day(120)));
        assertEquals(PaceStatus.ON_TRACK, status("T-3", day(100)));
    }

    @Test
    public void shouldBeOnTrackWhileUnderWayAndNotStartedWhileNothingIs() {
        assertEquals(PaceStatus.JUST_STARTED, status("T-2", day(5)));
        assertEquals("to do on day 30", PaceStatus.NOT_STARTED, status("T-1", day(30)));
        assertEquals("in progress from day 20", PaceStatus.NOT_STARTED, status("T-2", day(15)));
        assertEquals(PaceStatus.ON_TRACK, status("T-2", day(30)));
        assertEquals("done on day 60", PaceStatus.ON_TRACK, status("T-3", day(61)));
        assertEquals(PaceStatus.NOT_STARTED, status("T-3", day(59)));
        assertEquals("before the cycle", PaceStatus.NOT_STARTED, status("T-2", START.minusSeconds(1)));
    }

    @Test
    public void shouldBeAtRiskInTheLastQuarterWhileUndone() {
        assertEquals(PaceStatus.ON_TRACK, status("T-2", day(74)));
        assertEquals(PaceStatus.AT_RISK, status("T-2", day(75)));
        assertEquals(PaceStatus.AT_RISK, status("T-1", day(99)));
        assertTrue("no ratio for an undone milestone: 0 done says nothing", Double.isNaN(pace("T-2", day(50)).ratio()));
        assertEquals(0.5, pace("T-2", day(50)).expected(), 1e-9);
    }
}
