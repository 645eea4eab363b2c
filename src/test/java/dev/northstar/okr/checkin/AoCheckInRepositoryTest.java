package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.MapCache;
import dev.northstar.okr.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Check-ins on both real databases, through the same Active Objects API Jira provides. */
@RunWith(Parameterized.class)
public class AoCheckInRepositoryTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;
    private CheckInRepository repository;
    private final MapCache nodeOne = new MapCache();
    private final MapCache nodeTwo = new MapCache().replicatesWith(nodeOne);

    public AoCheckInRepositoryTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, CheckInEntity.class, CheckInScopeEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new AoCheckInRepository(ao.activeObjects(), nodeOne.okrCache());
    }

    @Test
    public void shouldShowEveryCheckInOnANodeThatReadBefore() {
        AoCheckInRepository other = new AoCheckInRepository(ao.secondNode(), nodeTwo.okrCache());
        List<String> krs = List.of("KR-1", "KR-2");
        assertEquals(java.util.Map.of(), other.latestOfEach(krs, 2));

        CheckIn first = repository.add(new CheckIn("KR-1", 7, "first", "u", MONDAY));
        assertEquals(java.util.Map.of("KR-1", List.of(first)), other.latestOfEach(krs, 2));

        CheckIn second = repository.add(new CheckIn("KR-1", 4, "second", "u", MONDAY.plusSeconds(60)));
        assertEquals(java.util.Map.of("KR-1", List.of(second, first)), other.latestOfEach(krs, 2));
        assertEquals("each limit is its own read", java.util.Map.of("KR-1", List.of(second)),
                other.latestOfEach(krs, 1));

        repository.rename("KR-1", "KR-2");
        assertEquals(java.util.Map.of("KR-2", List.of(new CheckIn("KR-2", 4, "second", "u", second.time()),
                new CheckIn("KR-2", 7, "first", "u", first.time()))), other.latestOfEach(krs, 2));
        assertTrue("the reads between writes came from the cache", nodeTwo.values.size() > 2);
    }

    @Test
    public void shouldReadBackWhatWasCheckedInOnAnotherNode() {
        CheckIn stored = repository.add(new CheckIn("KR-1", 7, "two deals slipped to Q3", "user-key-1",
                MONDAY.plusNanos(123_456_789)));

        List<CheckIn> read = new AoCheckInRepository(ao.secondNode()).latest("KR-1", 10);

        assertEquals(List.of(stored), read);
        assertEquals("stored to the millisecond", MONDAY.plusMillis(123), read.get(0).time());
        assertEquals("two deals slipped to Q3", read.get(0).note());
    }

    @Test
    public void shouldListNewestFirstAndStopAtTheLimit() {
        for (int week = 0; week < 5; week++) {
            repository.add(new CheckIn("KR-1", 5 + week, "week " + week, "u", MONDAY.plus(week * 7L, java.time.temporal.ChronoUnit.DAYS)));
        }
        repository.add(new CheckIn("KR-2", 3, "other KR", "u", MONDAY.plusSeconds(999_999_999)));

        List<CheckIn> latest = repository.latest("KR-1", 3);

        assertEquals(List.of("week 4", "week 3", "week 2"), latest.stream().map(CheckIn::note).toList());
        assertEquals(5, repository.count("KR-1"));
        assertEquals(1, repository.count("KR-2"));
        assertEquals(0, repository.count("KR-3"));
    }

    @Test
    public void shouldReadTheNewestOfEachKeyResultInOneGoExactlyAsOneByOne() {
        for (int week = 0; week < 5; week++) {
            java.time.Instant at = MONDAY.plus(week * 7L, java.time.temporal.ChronoUnit.DAYS);
            repository.add(new CheckIn("KR-1", 5 + week, "one " + week, "u", at));
            repository.add(new CheckIn("KR-2", 9 - week, "two " + week, "u", at.plusSeconds(60)));
        }
        repository.add(new CheckIn("KR-2", 2, "two again", "u", MONDAY.plus(28, java.time.temporal.ChronoUnit.DAYS)
                .plusSeconds(60)));
        repository.add(new CheckIn("KR-4", 3, "not asked", "u", MONDAY));

        java.util.Map<String, List<CheckIn>> each = repository.latestOfEach(List.of("KR-1", "KR-2", "KR-3"), 3);

        assertEquals(java.util.Set.of("KR-1", "KR-2"), each.keySet());
        assertEquals(repository.latest("KR-1", 3), each.get("KR-1"));
        assertEquals("the later of two in the same millisecond first, as latest() has it", repository.latest("KR-2", 3),
                each.get("KR-2"));
        assertEquals(List.of("two again", "two 4", "two 3"), each.get("KR-2").stream().map(CheckIn::note).toList());
        assertThrows(InvalidInputException.class, () -> repository.latestOfEach(List.of("KR-1"), 0));
    }

    @Test
    public void shouldPutTheLaterOfTwoCheckInsInTheSameMillisecondFirst() {
        repository.add(new CheckIn("KR-1", 4, "first", "u", MONDAY));
        repository.add(new CheckIn("KR-1", 6, "second", "u", MONDAY));

        assertEquals(List.of("second", "first"), repository.latest("KR-1", 2).stream().map(CheckIn::note).toList());
    }

    @Test
    public void shouldKeepAnEmptyNoteEmptyAndALongNoteWhole() {
        repository.add(new CheckIn("KR-1", 5, null, "u", MONDAY));
        String essay = "Confidence dropped because ".repeat(400);
        repository.add(new CheckIn("KR-1", 4, essay, "u", MONDAY.plusSeconds(1)));

        List<CheckIn> latest = repository.latest("KR-1", 2);

        assertEquals(essay, latest.get(0).note());
        assertEquals("", latest.get(1).note());
    }

    @Test
    public void shouldReadBackTheReportedValueAndNoValueAsNull() {
        repository.add(new CheckIn("KR-1", 6, "", "u", MONDAY, -12.75));
        repository.add(new CheckIn("KR-1", 7, "", "u", MONDAY.plusSeconds(1), null));
        repository.add(new CheckIn("KR-1", 8, "", "u", MONDAY.plusSeconds(2), 1e15 + 0.5));

        List<CheckIn> read = new AoCheckInRepository(ao.secondNode()).latest("KR-1", 3);

        assertEquals(1e15 + 0.5, read.get(0).value(), 0.0);
        assertNull(read.get(1).value());
        assertEquals(-12.75, read.get(2).value(), 0.0);
    }

    @Test
    public void shouldRefuseAValueThatIsNotFinite() {
        assertEquals("value", assertThrows(InvalidInputException.class,
                () -> new CheckIn("KR-1", 5, "", "u", MONDAY, Double.NaN)).field());
        assertThrows(InvalidInputException.class,
                () -> new CheckIn("KR-1", 5, "", "u", MONDAY, Double.POSITIVE_INFINITY));
    }

    @Test
    public void shouldRefuseAnUnboundedOrEmptyPage() {
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> repository.latest("KR-1", 0)).field());
        assertThrows(InvalidInputException.class,
                () -> repository.latest("KR-1", CheckInRepository.MAX_LIMIT + 1));
    }

    @Test
    public void shouldRefuseConfidenceOutsideOneToTen() {
        assertEquals("confidence",
                assertThrows(InvalidInputException.class, () -> new CheckIn("KR-1", 11, "", "u", MONDAY)).field());
        assertThrows(InvalidInputException.class, () -> new CheckIn("KR-1", 0, "", "u", MONDAY));
    }

    @Test
    public void shouldMoveTheWholeHistoryToARenamedKeyResult() {
        repository.add(new CheckIn("KR-1", 4, "old 1", "u", MONDAY));
        repository.add(new CheckIn("KR-1", 6, "old 2", "u", MONDAY.plusSeconds(60)));
        repository.add(new CheckIn("NEW-5", 8, "already there", "u", MONDAY.plusSeconds(30)));
        repository.add(new CheckIn("KR-2", 2, "untouched", "u", MONDAY));

        repository.rename("KR-1", "NEW-5");
        repository.rename("NEW-5", "NEW-5");

        CheckInRepository other = new AoCheckInRepository(ao.secondNode());
        assertEquals(0, other.count("KR-1"));
        assertEquals(List.of("old 2", "already there", "old 1"),
                other.latest("NEW-5", 10).stream().map(CheckIn::note).toList());
        assertEquals("NEW-5", other.latest("NEW-5", 1).get(0).keyResultKey());
        assertEquals(1, other.count("KR-2"));
    }

    @Test
    public void shouldReadBackTheScopeRecordedWithACheckInOnAnotherNode() {
        CheckIn stored = repository.add(new CheckIn("KR-1", 7, "", "u", MONDAY.plusNanos(123_456_789)),
                List.of("TEAM-10", "TEAM-2", "OTHER-1"));
        repository.add(new CheckIn("KR-1", 6, "no scope recorded", "u", MONDAY.plusSeconds(60)), null);
        repository.add(new CheckIn("KR-1", 5, "empty scope", "u", MONDAY.plusSeconds(120)), List.of());

        CheckInRepository other = new AoCheckInRepository(ao.secondNode());
        assertEquals("sorted, whatever the order given", java.util.Optional.of(List.of("OTHER-1", "TEAM-10", "TEAM-2")),
                other.scopeAt("KR-1", stored.time()));
        assertEquals("the instant as given is kept to the millisecond", other.scopeAt("KR-1", stored.time()),
                other.scopeAt("KR-1", MONDAY.plusNanos(123_999_999)));
        assertTrue(other.scopeAt("KR-1", MONDAY.plusSeconds(60)).isEmpty());
        assertEquals(java.util.Optional.of(List.of()), other.scopeAt("KR-1", MONDAY.plusSeconds(120)));
        assertTrue("another key result's", other.scopeAt("KR-2", stored.time()).isEmpty());
        assertEquals(3, other.count("KR-1"));
    }

    @Test
    public void shouldRecordNoScopeLargerThanTheLimitButStoreTheCheckIn() {
        List<String> huge = new ArrayList<>();
        for (int i = 0; i <= CheckInRepository.MAX_SCOPE; i++) {
            huge.add("BIG-" + i);
        }
        repository.add(new CheckIn("KR-1", 7, "", "u", MONDAY), huge);
        assertEquals(1, repository.count("KR-1"));
        assertTrue(repository.scopeAt("KR-1", MONDAY).isEmpty());
        List<String> largest = huge.subList(0, CheckInRepository.MAX_SCOPE);
        repository.add(new CheckIn("KR-1", 7, "", "u", MONDAY.plusSeconds(1)), largest);
        assertEquals(CheckInRepository.MAX_SCOPE,
                new AoCheckInRepository(ao.secondNode()).scopeAt("KR-1", MONDAY.plusSeconds(1)).orElseThrow().size());
    }

    @Test
    public void shouldMoveTheRecordedScopesToARenamedKeyResult() {
        repository.add(new CheckIn("KR-1", 4, "", "u", MONDAY), List.of("TEAM-1"));
        repository.rename("KR-1", "NEW-5");
        CheckInRepository other = new AoCheckInRepository(ao.secondNode());
        assertEquals(java.util.Optional.of(List.of("TEAM-1")), other.scopeAt("NEW-5", MONDAY));
        assertTrue(other.scopeAt("KR-1", MONDAY).isEmpty());
    }

    @Test
    public void shouldLoseNoCheckInWhenEightPeopleCheckInAtOnce() throws Exception {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String author = "user-" + t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    repository.add(new CheckIn("KR-1", 1 + i % 10, author + " #" + i, author, MONDAY.plusMillis(i)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(threads * each, repository.count("KR-1"));
        List<CheckIn> all = new AoCheckInRepository(ao.secondNode()).latest("KR-1", CheckInRepository.MAX_LIMIT);
        Set<String> notes = new HashSet<>();
        all.forEach(checkIn -> notes.add(checkIn.note()));
        assertEquals("every check-in once", threads * each, notes.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue("newest first", !all.get(i).time().isAfter(all.get(i - 1).time()));
        }
    }
}
