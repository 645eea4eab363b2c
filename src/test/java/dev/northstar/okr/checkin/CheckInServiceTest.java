package dev.northstar.okr.checkin;

import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.MemorySettingsStorage;
import dev.northstar.okr.testing.TestClock;
import dev.northstar.okr.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Check-in rules: who checked in when, history newest first, and the trend a weekly review reads. */
public class CheckInServiceTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(TestDatabase.HSQLDB, CheckInEntity.class);
    private final TestClock clock = new TestClock(MONDAY);
    private final SettingsService settings = new SettingsService(new MemorySettingsStorage());
    private CheckInService service;

    @Before
    public void createService() {
        service = new CheckInService(new AoCheckInRepository(ao.activeObjects()), settings, clock);
    }

    private void weekly(int... confidences) {
        for (int confidence : confidences) {
            service.add("KR-1", confidence, "week at " + confidence, "alice");
            clock.advance(Duration.ofDays(7));
        }
    }

    @Test
    public void shouldRecordTheCallersCheckInNow() {
        CheckIn added = service.add("KR-1", 7, "  two deals slipped  ", "alice");

        assertEquals(new CheckIn("KR-1", 7, "two deals slipped", "alice", MONDAY), added);
        assertEquals(List.of(added), service.history("KR-1", 5).checkIns());
    }

    @Test
    public void shouldListNewestFirstWithTheTotalAndStopAtTheLimit() {
        weekly(5, 6, 7, 8);

        CheckInHistory history = service.history("KR-1", 2);

        assertEquals(4, history.total());
        assertEquals(List.of(8, 7), history.checkIns().stream().map(CheckIn::confidence).toList());
    }

    @Test
    public void shouldFlagADropOfTwoPointsOrMore() {
        weekly(7, 5);

        Trend trend = service.history("KR-1", 1).trend();

        assertEquals(Integer.valueOf(5), trend.latest());
        assertEquals(Integer.valueOf(-2), trend.change());
        assertEquals(Trend.Direction.DOWN, trend.direction());
        assertTrue("a drop of 2 is a conversation at the next review", trend.dropped());
    }

    @Test
    public void shouldNotFlagAFallOfOnePointOrARise() {
        weekly(7, 6);
        assertFalse(service.history("KR-1", 5).trend().dropped());
        assertEquals(Trend.Direction.DOWN, service.history("KR-1", 5).trend().direction());

        weekly(9);
        Trend up = service.history("KR-1", 5).trend();
        assertEquals(Trend.Direction.UP, up.direction());
        assertEquals(Integer.valueOf(3), up.change());
        assertFalse(up.dropped());

        weekly(9);
        assertEquals(Trend.Direction.FLAT, service.history("KR-1", 5).trend().direction());
    }

    @Test
    public void shouldGiveNoChangeOrDirectionForAFirstCheckInAndNoTrendBeforeOne() {
        Trend none = service.history("KR-1", 5).trend();
        assertNull(none.latest());
        assertNull(none.direction());
        assertFalse("never checked in: only the cycle says since when", none.stale());

        weekly(6);
        Trend first = service.history("KR-1", 5).trend();
        assertEquals(Integer.valueOf(6), first.latest());
        assertNull(first.change());
        assertNull(first.direction());
        assertFalse(first.dropped());
    }

    @Test
    public void shouldCallAKeyResultStaleAfterMoreThanTheAdminsStaleDays() {
        service.add("KR-1", 6, "", "alice");

        clock.advance(Duration.ofDays(14));
        Trend fourteen = service.history("KR-1", 5).trend();
        assertFalse("exactly 14 days is not more than 14", fourteen.stale());
        assertEquals(Long.valueOf(14), fourteen.quietDays());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(service.history("KR-1", 5).trend().stale());

        settings.update(withStaleDays(30));
        Trend lenient = service.history("KR-1", 5).trend();
        assertFalse(lenient.stale());
        assertEquals(30, lenient.staleDays());
    }

    @Test
    public void shouldComputeTheTrendFromTheLatestTwoEvenWithALimitOfOne() {
        weekly(8, 4);

        CheckInHistory history = service.history("KR-1", 1);

        assertEquals(1, history.checkIns().size());
        assertEquals(Integer.valueOf(-4), history.trend().change());
    }

    @Test
    public void shouldRefuseBadConfidenceLongNotesAndBadLimits() {
        assertEquals("confidence", assertThrows(InvalidInputException.class,
                () -> service.add("KR-1", 0, "", "alice")).field());
        assertEquals("confidence", assertThrows(InvalidInputException.class,
                () -> service.add("KR-1", 11, "", "alice")).field());
        assertEquals("note", assertThrows(InvalidInputException.class,
                () -> service.add("KR-1", 5, "x".repeat(CheckInService.MAX_NOTE + 1), "alice")).field());
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> service.history("KR-1", 0)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> service.history("KR-1", CheckInRepository.MAX_LIMIT + 1)).field());
        assertEquals("nothing stored", 0, service.history("KR-1", 5).total());
    }

    private static AppSettings withStaleDays(int days) {
        AppSettings d = AppSettings.DEFAULTS;
        return new AppSettings(d.paceOnTrack(), d.paceAtRisk(), d.justStartedBelow(), days, d.enabledProjects(),
                d.storyPointsField(), d.sprintField(), d.weightToDo(), d.weightInProgress(), d.weightDone());
    }
}
