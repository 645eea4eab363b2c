package dev.northstar.okr.reading;

import dev.northstar.okr.checkin.CheckInService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.progress.Measurement;
import dev.northstar.okr.reading.OkrViews.KeyResultDetail;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.northstar.okr.reading.OkrWorld.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Figures belong to their cycle: a running cycle is measured now, an ended or closed one at its end (pace, staleness
 * and the age of the last check-in included), an upcoming one shows its starting point without pace; {@code asOf}
 * measures any instant; a closed cycle takes no check-ins.
 */
public class CycleTimingTest {
    private final OkrWorld world = new OkrWorld().standard();

    {
        world.jira.as(dev.northstar.okr.testing.JiraFixture.Role.VIEWER);
    }

    /** AC-15 is done in December, after the quarter: it must not count toward 2015 Q3 once the quarter is over. */
    private OkrWorld withWorkAfterTheQuarter() {
        world.issues.issue("AC-15").in("AC-10").done(at("2015-12-01"));
        return world;
    }

    private void moveClockTo(Instant t) {
        world.clock.advance(Duration.between(world.clock.instant(), t));
    }

    private static KeyResultView kr(ObjectiveTree tree, String key) {
        return tree.objectives().get(0).contents().keyResults().stream().filter(k -> k.key().equals(key))
                .findFirst().orElseThrow();
    }

    @Test
    public void shouldMeasureARunningCycleNow() {
        ObjectiveTree tree = world.service.objectiveTree(world.cycle.id(), "AC");
        assertEquals("2015-08-15T00:00:00Z", tree.asOf());
        assertEquals("now", tree.figuresAt());
        assertEquals("running", tree.cycle().state());
        assertNotNull(kr(tree, "AC-2").signals().pace());
    }

    @Test
    public void shouldMeasureAnEndedCycleAtItsEndWithPaceAndCheckInAgeOfThatInstant() {
        withWorkAfterTheQuarter();
        world.store.checkIns.add(new dev.northstar.okr.domain.CheckIn("AC-2", 6, "on plan", "lead",
                at("2015-09-20"), null));
        moveClockTo(at("2016-03-01"));
        ObjectiveTree tree = world.service.objectiveTree(world.cycle.id(), "AC");
        assertEquals("2015-10-01T00:00:00Z", tree.asOf());
        assertEquals("cycle-end", tree.figuresAt());
        assertEquals("ended", tree.cycle().state());
        KeyResultView ac2 = kr(tree, "AC-2");
        // AC-11, AC-12 and AC-14 were done in the quarter; AC-15 (December) is not part of its figure
        assertEquals(3, ac2.figures().done());
        assertEquals(5, ac2.figures().total());
        assertEquals(1.0, ac2.signals().pace().expected(), 0.0);
        assertEquals("off-track", ac2.signals().pace().status());
        assertEquals("11 days from the last check-in to the end, not to today", 11,
                ac2.signals().checkIn().daysSinceCheckIn());
        assertFalse(ac2.signals().checkIn().stale());

        // asOf still measures any instant, today included
        KeyResultDetail today = world.service.keyResult("AC-2", at("2016-03-01"));
        assertEquals("as-of", today.figuresAt());
        assertEquals(4, today.keyResult().figures().done());
        KeyResultDetail atEnd = world.service.keyResult("AC-2", null);
        assertEquals("cycle-end", atEnd.figuresAt());
        assertEquals("2015-10-01T00:00:00Z", atEnd.asOf());
        assertEquals(3, atEnd.keyResult().figures().done());
    }

    @Test
    public void shouldMeasureACycleClosedEarlyAtItsClose() {
        withWorkAfterTheQuarter();
        world.issues.issue("AC-16").in("AC-10").done(at("2015-09-10"));
        world.store.cycles.close(world.cycle.id(), at("2015-09-01"));
        moveClockTo(at("2016-03-01"));
        ObjectiveTree tree = world.service.objectiveTree(world.cycle.id(), "AC");
        assertEquals("2015-09-01T00:00:00Z", tree.asOf());
        assertEquals("cycle-end", tree.figuresAt());
        assertEquals("closed", tree.cycle().state());
        assertTrue(tree.cycle().closed());
        assertEquals("AC-16 (done after the close) does not count", 3, kr(tree, "AC-2").figures().done());
    }

    @Test
    public void shouldShowAnUpcomingCycleAtItsStartingPointWithoutPace() {
        StoredCycle q4 = world.store.cycles.create(new Cycle("2015 Q4", at("2015-10-01"), at("2016-01-01")), "AC");
        world.store.objectives.save(new dev.northstar.okr.objective.ObjectiveSettings("AC-1", q4.id(), false,
                dev.northstar.okr.domain.Weight.ONE, "Team AC-1"));
        ObjectiveTree tree = world.service.objectiveTree(q4.id(), "AC");
        assertEquals("upcoming", tree.cycle().state());
        assertEquals("now", tree.figuresAt());
        assertEquals("2015-08-15T00:00:00Z", tree.asOf());
        assertNull("no pace before the cycle begins", tree.objectives().get(0).figures().pace());
        assertNull(kr(tree, "AC-2").signals().pace());
        assertEquals("its starting point: what was done before it", 3, kr(tree, "AC-2").figures().done());
        assertFalse(kr(tree, "AC-2").signals().checkIn().stale());
    }

    @Test
    public void shouldRefuseACheckInOnAKeyResultOfAClosedCycleOnly() {
        KeyResultCycles cycles = new KeyResultCycles(world.issues.structure, world.store.objectives,
                world.store.cycles, world.store.schema);
        CheckInService checkIns = new CheckInService(world.store.checkIns, world.settings, cycles);
        checkIns.add("AC-2", 7, "running", "lead");
        assertTrue(cycles.closedCycleOf("AC-2").isEmpty());
        assertTrue("not a key result: nothing to say", cycles.closedCycleOf("AC-11").isEmpty());

        world.store.cycles.close(world.cycle.id(), at("2015-10-02"));
        assertEquals("2015 Q3", cycles.closedCycleOf("AC-2").orElseThrow());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> checkIns.add("AC-2", 5, "after the close", "lead"));
        assertEquals("okr.error.checkInCycleClosed", refused.messageKey());
        assertEquals(1, world.store.checkIns.count("AC-2"));
    }

    @Test
    public void shouldTellTheMeasuredInstantForEveryStateOfACycle() {
        Cycle q3 = new Cycle("2015 Q3", at("2015-07-01"), at("2015-10-01"));
        Instant during = at("2015-08-15");
        Instant after = at("2016-03-01");
        assertEquals(new Measurement(during, Measurement.Basis.NOW, Measurement.State.RUNNING),
                Measurement.of(q3, null, during, null));
        assertEquals(new Measurement(at("2015-10-01"), Measurement.Basis.CYCLE_END, Measurement.State.ENDED),
                Measurement.of(q3, null, after, null));
        assertEquals("closed after its end: measured at its end", at("2015-10-01"),
                Measurement.of(q3, at("2015-10-05"), after, null).at());
        assertEquals("closed early: measured at its close", at("2015-09-01"),
                Measurement.of(q3, at("2015-09-01"), during.plus(Duration.ofDays(30)), null).at());
        assertEquals(Measurement.State.CLOSED, Measurement.of(q3, at("2015-09-01"), after, null).state());
        assertEquals(new Measurement(at("2015-06-01"), Measurement.Basis.NOW, Measurement.State.UPCOMING),
                Measurement.of(q3, null, at("2015-06-01"), null));
        assertEquals(new Measurement(after, Measurement.Basis.AS_OF, Measurement.State.ENDED),
                Measurement.of(q3, null, after, after));
        assertFalse(Measurement.of(q3, null, at("2015-06-01"), null).hasPace(q3));
        assertTrue(Measurement.of(q3, null, after, null).hasPace(q3));
    }
}
