package dev.northstar.okr.keyresult;

import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.JvmClusterLocks;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.MapCache;
import dev.northstar.okr.testing.Concurrently;
import dev.northstar.okr.testing.TestDatabase;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Initiative ratings on both real databases, through the same Active Objects API Jira provides, read through the
 * app's shared cache as the app is wired (a second node has its own cache, joined to the first's invalidations).
 */
@RunWith(Parameterized.class)
public class AoInitiativeRepositoryTest {
    private static final Initiative EPIC_1 = new Initiative("TEAM-10", InitiativeScope.MUST_HAVE, 5, 2);
    private static final Initiative EPIC_2 = new Initiative("TEAM-9", InitiativeScope.NICE_TO_HAVE, 0, 0);

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;
    private InitiativeRepository repository;
    private final ClusterLocks cluster = new JvmClusterLocks();
    private final MapCache nodeOne = new MapCache();
    private final MapCache nodeTwo = new MapCache().replicatesWith(nodeOne);

    public AoInitiativeRepositoryTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, InitiativeRatingEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new AoInitiativeRepository(ao.activeObjects(), cluster, nodeOne.okrCache());
    }

    @Test
    public void shouldShowEveryWriteOnANodeThatReadBefore() {
        InitiativeRepository other = new AoInitiativeRepository(ao.secondNode(), cluster, nodeTwo.okrCache());
        List<String> krs = List.of("KR-1", "KR-2");
        assertEquals(Map.of(), other.ratings(krs));

        repository.save("KR-1", EPIC_1);
        assertEquals(Map.of("KR-1", Map.of("TEAM-10", EPIC_1)), other.ratings(krs));

        Initiative rescored = new Initiative("TEAM-10", InitiativeScope.NICE_TO_HAVE, 1, 1);
        repository.change("KR-1", "TEAM-10", now -> rescored);
        assertEquals(Map.of("KR-1", Map.of("TEAM-10", rescored)), other.ratings(krs));

        repository.rename("KR-1", "KR-2");
        assertEquals(Map.of("KR-2", Map.of("TEAM-10", rescored)), other.ratings(krs));

        repository.remove("KR-2", "TEAM-10");
        assertEquals(Map.of(), other.ratings(krs));
        assertTrue("the reads between writes came from the cache", nodeTwo.values.size() > 2);
    }

    @Test
    public void shouldReadBackRatingsOnAnotherNodeInNaturalKeyOrder() {
        repository.save("KR-1", EPIC_1);
        repository.save("KR-1", EPIC_2);
        repository.save("KR-2", EPIC_1);

        InitiativeRepository other = new AoInitiativeRepository(ao.secondNode());

        assertEquals("TEAM-9 before TEAM-10", List.of(EPIC_2, EPIC_1), other.list("KR-1"));
        assertEquals(Map.of("TEAM-10", EPIC_1, "TEAM-9", EPIC_2), other.ratings("KR-1"));
        assertEquals(List.of("TEAM-9", "TEAM-10"), List.copyOf(other.ratings("KR-1").keySet()));
        assertEquals(List.of(), other.list("KR-3"));
    }

    @Test
    public void shouldReadSeveralKrsAtOnce() {
        repository.save("KR-1", EPIC_1);
        repository.save("KR-2", EPIC_2);
        repository.save("KR-3", EPIC_2);

        Map<String, Map<String, Initiative>> ratings = repository.ratings(List.of("KR-1", "KR-2", "KR-9"));

        assertEquals(Map.of("KR-1", Map.of("TEAM-10", EPIC_1), "KR-2", Map.of("TEAM-9", EPIC_2)), ratings);
    }

    @Test
    public void shouldReplaceARatingOnSave() {
        repository.save("KR-1", EPIC_1);
        Initiative rescoped = new Initiative("TEAM-10", InitiativeScope.NOT_IN_SCOPE, 1, 5);

        repository.save("KR-1", rescoped);

        assertEquals(List.of(rescoped), new AoInitiativeRepository(ao.secondNode()).list("KR-1"));
        assertEquals(1, rowCount());
    }

    @Test
    public void shouldRemoveOneRatingOnly() {
        repository.save("KR-1", EPIC_1);
        repository.save("KR-1", EPIC_2);
        repository.save("KR-2", EPIC_1);

        repository.remove("KR-1", "TEAM-10");
        repository.remove("KR-1", "TEAM-404");

        assertEquals(List.of(EPIC_2), repository.list("KR-1"));
        assertEquals(List.of(EPIC_1), repository.list("KR-2"));
    }

    @Test
    public void shouldFollowARenamedKeyResult() {
        repository.save("KR-1", EPIC_1);
        repository.save("KR-1", EPIC_2);

        repository.rename("KR-1", "OKR-5");

        assertEquals(List.of(), repository.list("KR-1"));
        assertEquals(List.of(EPIC_2, EPIC_1), repository.list("OKR-5"));
    }

    @Test
    public void shouldFollowARenamedInitiativeInEveryKeyResult() {
        repository.save("KR-1", EPIC_1);
        repository.save("KR-2", EPIC_1);
        repository.save("KR-2", EPIC_2);

        repository.rename("TEAM-10", "MOBILE-3");

        Initiative moved = new Initiative("MOBILE-3", InitiativeScope.MUST_HAVE, 5, 2);
        assertEquals(List.of(moved), repository.list("KR-1"));
        assertEquals(List.of(moved, EPIC_2), repository.list("KR-2"));
        Initiative again = new Initiative("MOBILE-3", InitiativeScope.NICE_TO_HAVE, 1, 1);
        repository.save("KR-1", again);
        assertEquals("the moved rating is found under its new pair", List.of(again), repository.list("KR-1"));
        assertEquals(3, rowCount());
    }

    @Test
    public void shouldLetTheMovedRatingReplaceOneLeftUnderTheNewKey() {
        repository.save("KR-1", EPIC_1);
        repository.save("KR-1", new Initiative("MOBILE-3", InitiativeScope.NOT_IN_SCOPE, 0, 0));

        repository.rename("TEAM-10", "MOBILE-3");

        assertEquals(List.of(new Initiative("MOBILE-3", InitiativeScope.MUST_HAVE, 5, 2)), repository.list("KR-1"));
    }

    @Test
    public void shouldLoseNoRatingWhenSeveralPeopleRateOneKrAtOnce() throws Exception {
        List<Callable<Initiative>> saves = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            Initiative initiative = new Initiative("EPIC-" + i, InitiativeScope.MUST_HAVE, 1 + i % 5, 1 + i % 3);
            InitiativeRepository node = i % 2 == 0 ? repository : new AoInitiativeRepository(ao.secondNode());
            saves.add(() -> node.save("KR-1", initiative));
            // and a competing first rating of the same pair, which must end up as one row
            saves.add(() -> node.save("KR-1", new Initiative(initiative.issueKey(), InitiativeScope.NICE_TO_HAVE,
                    0, 0)));
        }

        Concurrently.run(saves);

        assertEquals(40, repository.list("KR-1").size());
        assertEquals("one row per pair", 40, rowCount());
        assertTrue(repository.list("KR-1").stream().allMatch(r -> r.issueKey().startsWith("EPIC-")));
    }

    private int rowCount() {
        return ao.activeObjects().count(InitiativeRatingEntity.class, Query.select());
    }
}
