package dev.northstar.okr.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.MetricSource;
import dev.northstar.okr.domain.MetricSpec;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Weight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

/** A metric whose current value is reported with check-ins: the value at t is the latest reported at or before t. */
public class CheckInMetricRulesTest {
    private static final double EPS = 1e-12;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Cycle CYCLE = new Cycle("Q1", START, START.plus(Duration.ofDays(100)));

    private static Instant day(int d) {
        return START.plus(Duration.ofDays(d));
    }

    private static final KeyResult STORES = new KeyResult("M", "weekly active stores", KeyResultKind.METRIC,
            Weight.ONE, null, MetricSpec.increase(100, 200), MetricSource.checkInValues(), null, false);

    private static KeyResultProgress at(Instant t, CheckIn... checkIns) {
        OkrPlan plan = new OkrPlan(CYCLE, List.of(new Objective("O", "o", "team", null, false, Weight.ONE,
                List.of(STORES), List.of())), List.of(checkIns));
        return new OkrEngine(IssueTable.builder().build(), EngineOptions.defaults()).evaluate(plan, t, true)
                .keyResult("M");
    }

    private static final CheckIn WEEK_1 = new CheckIn("M", 7, "first stores live", "lead", day(7), 120.0);
    private static final CheckIn WEEK_2 = new CheckIn("M", 6, "no new figure this week", "lead", day(14));
    private static final CheckIn WEEK_3 = new CheckIn("M", 8, "campaign worked", "pm", day(21), 150.0);

    @Test
    public void shouldTakeTheValueOfTheLatestCheckInWithAValueAtOrBeforeT() {
        assertEquals(0.2, at(day(7), WEEK_3, WEEK_1, WEEK_2).progress(), EPS);
        assertEquals("a check-in without a value keeps the last one", 0.2,
                at(day(20), WEEK_1, WEEK_2, WEEK_3).progress(), EPS);
        assertEquals(0.5, at(day(21), WEEK_1, WEEK_2, WEEK_3).progress(), EPS);
    }

    @Test
    public void shouldNameTheCheckInBehindTheValue() {
        MetricReading m = at(day(30), WEEK_1, WEEK_2, WEEK_3).metric();
        assertEquals(150.0, m.value(), 0.0);
        assertEquals(day(21), m.setAt());
        assertEquals(WEEK_3, m.checkIn());
        assertEquals("check-in of 2024-01-22T00:00:00Z by pm", m.source());
    }

    @Test
    public void shouldHaveNoValueBeforeTheFirstCheckInWithOne() {
        KeyResultProgress p = at(day(14), WEEK_2, WEEK_3);
        assertNull(p.metric().value());
        assertNull(p.metric().checkIn());
        assertEquals(0.0, p.progress(), 0.0);
        List<String> notes = p.explanation().notes();
        assertTrue(notes.toString(), notes.stream().anyMatch(n -> n.startsWith("no value set at or before")));
    }

    @Test
    public void shouldIgnoreValuesReportedOnOtherKeyResults() {
        CheckIn other = new CheckIn("OTHER", 5, "", "lead", day(3), 999.0);
        assertNull(at(day(5), other).metric().value());
    }
}
