package dev.northstar.okr.cycle;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.Concurrently;
import dev.northstar.okr.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Cycles on both real databases, through the same Active Objects API Jira provides. */
@RunWith(Parameterized.class)
public class AoCycleRepositoryTest {
    private static final Instant Q1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant Q2 = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant Q3 = Instant.parse("2026-07-01T00:00:00Z");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;
    private CycleRepository repository;

    public AoCycleRepositoryTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, CycleEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new AoCycleRepository(ao.activeObjects());
    }

    @Test
    public void shouldReadBackACreatedCycleOnAnotherNode() {
        StoredCycle created = repository.create(new Cycle("2026 Q1", Q1.plusNanos(1_234_567), Q2), "TEAM");

        Optional<StoredCycle> read = new AoCycleRepository(ao.secondNode()).get(created.id());

        assertEquals(Optional.of(created), read);
        assertEquals("kept to the millisecond", Q1.plusMillis(1), read.orElseThrow().cycle().start());
        assertEquals("TEAM", read.orElseThrow().projectKey());
        assertNull("open", read.orElseThrow().closedAt());
    }

    @Test
    public void shouldListGlobalCyclesAndTheProjectsNewestStartFirst() {
        StoredCycle global = repository.create(new Cycle("Company Q1", Q1, Q2), null);
        StoredCycle team = repository.create(new Cycle("Team Q2", Q2, Q3), "TEAM");
        StoredCycle other = repository.create(new Cycle("Other Q2", Q2, Q3), "OTHER");

        assertEquals(List.of(team, global), repository.list("TEAM"));
        assertEquals(List.of(global), repository.list("NONE"));
        assertEquals("all, later id first on equal starts", List.of(other, team, global), repository.list(null));
    }

    @Test
    public void shouldChangeNameDatesAndProjectButKeepTheId() {
        StoredCycle created = repository.create(new Cycle("Q1", Q1, Q2), "TEAM");

        StoredCycle updated = repository.update(created.id(), new Cycle("2026 Q2", Q2, Q3), null);

        assertEquals(created.id(), updated.id());
        assertEquals(updated, new AoCycleRepository(ao.secondNode()).get(created.id()).orElseThrow());
        assertTrue(updated.global());
        assertEquals(List.of(updated), repository.list("TEAM"));
    }

    @Test
    public void shouldKeepTheFirstCloseWhenClosedTwice() {
        StoredCycle created = repository.create(new Cycle("Q1", Q1, Q2), null);

        StoredCycle closed = repository.close(created.id(), Q2);
        StoredCycle again = new AoCycleRepository(ao.secondNode()).close(created.id(), Q3);

        assertEquals(Q2, closed.closedAt());
        assertEquals(Q2, again.closedAt());
        assertEquals(Q2, repository.get(created.id()).orElseThrow().closedAt());
    }

    @Test
    public void shouldFindNoUnknownCycleAndRefuseToChangeOne() {
        assertEquals(Optional.empty(), repository.get(42));
        assertEquals(Optional.empty(), repository.get(-1));
        assertEquals(Optional.empty(), repository.get(Long.MAX_VALUE));
        assertThrows(NoSuchElementException.class, () -> repository.update(42, new Cycle("Q1", Q1, Q2), null));
        assertThrows(NoSuchElementException.class, () -> repository.close(42, Q2));
    }

    @Test
    public void shouldDeleteACycleOnlyWhenItsCheckLetsItAndForEveryNode() {
        StoredCycle kept = repository.create(new Cycle("Kept", Q1, Q2), "TEAM");
        StoredCycle gone = repository.create(new Cycle("Gone", Q1, Q2), "TEAM");

        assertThrows(IllegalStateException.class, () -> repository.delete(kept.id(), now -> {
            throw new IllegalStateException("something is placed in " + now.cycle().name());
        }));
        List<String> checked = new ArrayList<>();
        repository.delete(gone.id(), now -> checked.add(now.cycle().name()));

        assertEquals(List.of("Gone"), checked);
        assertEquals(List.of(kept), new AoCycleRepository(ao.secondNode()).list("TEAM"));
        assertThrows(NoSuchElementException.class, () -> repository.delete(gone.id(), now -> { }));
        assertThrows(NoSuchElementException.class, () -> repository.close(gone.id(), Q2));
    }

    @Test
    public void shouldLoseNoCycleWhenCreatedFromSeveralThreads() throws Exception {
        List<Callable<StoredCycle>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "cycle " + i;
            work.add(() -> repository.create(new Cycle(name, Q1, Q2), "TEAM"));
        }
        List<StoredCycle> created = Concurrently.run(work);

        assertEquals(40, repository.list("TEAM").size());
        assertEquals("distinct ids", 40, created.stream().mapToLong(StoredCycle::id).distinct().count());
    }
}
