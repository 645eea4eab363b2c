package dev.northstar.okr.grade;

import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.Concurrently;
import dev.northstar.okr.testing.TestDatabase;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Grades on both real databases, through the same Active Objects API Jira provides. */
@RunWith(Parameterized.class)
public class AoGradeRepositoryTest {
    private static final Instant CLOSE = Instant.parse("2026-04-01T10:00:00Z");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;
    private GradeRepository repository;

    public AoGradeRepositoryTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, GradeEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new AoGradeRepository(ao.activeObjects());
    }

    private static Grade grade(long cycle, String key, double score) {
        return new Grade(cycle, key, score, "target was too low", "admin-key", CLOSE);
    }

    @Test
    public void shouldReadBackAGradeOnAnotherNodeToTheMillisecond() {
        Grade stored = repository.save(new Grade(1, "TEAM-1", 0.7, "long note ".repeat(300), "admin-key",
                CLOSE.plusNanos(5_999_999)));

        Optional<Grade> read = new AoGradeRepository(ao.secondNode()).find(1, "TEAM-1");

        assertEquals(Optional.of(stored), read);
        assertEquals(CLOSE.plusMillis(5), read.orElseThrow().gradedAt());
        assertEquals(Optional.empty(), repository.find(2, "TEAM-1"));
    }

    @Test
    public void shouldKeepAnEmptyNoteAndGraderEmpty() {
        repository.save(new Grade(1, "TEAM-1", 0.0, null, null, CLOSE));

        Grade read = repository.find(1, "TEAM-1").orElseThrow();
        assertEquals("", read.note());
        assertEquals("", read.gradedBy());
    }

    @Test
    public void shouldReplaceARegrade() {
        repository.save(grade(1, "TEAM-1", 0.3));
        Grade regraded = new Grade(1, "TEAM-1", 0.6, "", "other-admin", CLOSE.plusSeconds(60));

        repository.save(regraded);

        assertEquals(List.of(regraded), new AoGradeRepository(ao.secondNode()).inCycle(1));
        assertEquals(1, rowCount());
    }

    @Test
    public void shouldListACyclesGradesInKeyOrder() {
        repository.save(grade(1, "TEAM-10", 1.0));
        repository.save(grade(1, "TEAM-9", 0.5));
        repository.save(grade(2, "TEAM-1", 0.5));

        assertEquals(List.of(grade(1, "TEAM-9", 0.5), grade(1, "TEAM-10", 1.0)), repository.inCycle(1));
        assertEquals(List.of(), repository.inCycle(3));
    }

    @Test
    public void shouldFollowARenamedIssueInEveryCycle() {
        repository.save(grade(1, "TEAM-1", 0.3));
        repository.save(grade(2, "TEAM-1", 0.4));
        repository.save(grade(2, "NEW-1", 0.9));

        repository.rename("TEAM-1", "NEW-1");

        assertEquals(List.of(grade(1, "NEW-1", 0.3)), repository.inCycle(1));
        assertEquals("the moved grade wins", List.of(grade(2, "NEW-1", 0.4)), repository.inCycle(2));
        repository.save(grade(1, "NEW-1", 0.8));
        assertEquals(List.of(grade(1, "NEW-1", 0.8)), repository.inCycle(1));
        assertEquals(2, rowCount());
    }

    @Test
    public void shouldStoreOneGradePerIssueWhenGradedFromSeveralNodesAtOnce() throws Exception {
        List<Callable<Grade>> saves = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            GradeRepository node = i % 2 == 0 ? repository : new AoGradeRepository(ao.secondNode());
            Grade same = grade(1, "TEAM-1", i / 20.0);
            Grade distinct = grade(1, "TEAM-" + (100 + i), 0.5);
            saves.add(() -> node.save(same));
            saves.add(() -> node.save(distinct));
        }

        List<Grade> saved = Concurrently.run(saves);

        assertEquals(21, rowCount());
        assertEquals(21, repository.inCycle(1).size());
        assertTrue(saved.contains(repository.find(1, "TEAM-1").orElseThrow()));
    }

    private int rowCount() {
        return ao.activeObjects().count(GradeEntity.class, Query.select());
    }
}
