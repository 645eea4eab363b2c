package dev.northstar.okr.jira;

import dev.northstar.okr.domain.Sprint;
import org.junit.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The sprint field's values read by reflection, with stand-ins of the shapes Jira Software's sprint may take: dates
 * as java.util.Date, as java.time, or as Joda-style objects; a private implementation behind a public interface.
 */
public class SprintValuesTest {
    private static final Instant START = Instant.parse("2015-07-06T00:00:00Z");
    private static final Instant END = Instant.parse("2015-07-20T00:00:00Z");
    private static final Instant DONE = Instant.parse("2015-07-21T09:30:00Z");

    public enum State { ACTIVE, CLOSED, FUTURE }

    /** Dates as java.util.Date, state as an enum, id as Long: the classic shape. */
    public static final class DateSprint {
        public Long getId() {
            return 7L;
        }

        public String getName() {
            return "Sprint 7";
        }

        public State getState() {
            return State.CLOSED;
        }

        public Date getStartDate() {
            return Date.from(START);
        }

        public Date getEndDate() {
            return Date.from(END);
        }

        public Date getCompleteDate() {
            return Date.from(DONE);
        }
    }

    /** Joda-Time's DateTime as far as the adapter cares. */
    public static final class JodaLike {
        private final Instant at;

        JodaLike(Instant at) {
            this.at = at;
        }

        public long getMillis() {
            return at.toEpochMilli();
        }
    }

    /** Something with only toDate(), like Joda's LocalDateTime-to-Date bridges. */
    public static final class ToDateOnly {
        private final Instant at;

        ToDateOnly(Instant at) {
            this.at = at;
        }

        public Date toDate() {
            return Date.from(at);
        }
    }

    public static final class JodaSprint {
        public long getId() {
            return 8;
        }

        public String getName() {
            return "Sprint 8";
        }

        public String getState() {
            return "ACTIVE";
        }

        public JodaLike getStartDate() {
            return new JodaLike(START);
        }

        public ToDateOnly getEndDate() {
            return new ToDateOnly(END);
        }

        public Object getCompleteDate() {
            return null;
        }
    }

    /** The public face of a sprint whose class is private. */
    public interface SprintFace {
        Integer getId();

        ZonedDateTime getStartDate();
    }

    private static final class HiddenSprint implements SprintFace {
        @Override
        public Integer getId() {
            return 9;
        }

        @Override
        public ZonedDateTime getStartDate() {
            return START.atZone(ZoneOffset.ofHours(9));
        }

        @SuppressWarnings("unused")
        public String getName() {
            return "not reachable through a public type";
        }
    }

    @Test
    public void shouldReadDatesStatesAndIdsOfTheClassicShape() {
        List<Sprint> sprints = SprintValues.read(List.of(new DateSprint()));
        assertEquals(1, sprints.size());
        Sprint s = sprints.get(0);
        assertEquals(7, s.id());
        assertEquals("Sprint 7", s.name());
        assertTrue(s.closed());
        assertEquals(START, s.start());
        assertEquals(END, s.end());
        assertEquals(DONE, s.complete());
    }

    @Test
    public void shouldReadJodaStyleDates() {
        Sprint s = SprintValues.read(List.of(new JodaSprint())).get(0);
        assertEquals(8, s.id());
        assertEquals("ACTIVE", s.state());
        assertEquals(START, s.start());
        assertEquals(END, s.end());
        assertNull(s.complete());
    }

    @Test
    public void shouldReadAPrivateSprintThroughItsPublicInterface() {
        Sprint s = SprintValues.read(new HiddenSprint()).get(0);
        assertEquals(9, s.id());
        assertEquals(START, s.start());
        assertEquals("sprint 9", s.name());
    }

    @Test
    public void shouldSkipWhatIsNotASprint() {
        assertTrue(SprintValues.read(List.of("Sprint 7", 42, new Object())).isEmpty());
        assertTrue(SprintValues.read(null).isEmpty());
    }
}
