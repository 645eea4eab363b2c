package dev.northstar.okr.objective;

import dev.northstar.okr.storage.IssueKeyedRows;
import dev.northstar.okr.domain.Weight;
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
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Objective settings on both real databases, through the same Active Objects API Jira provides, read through the
 * app's shared cache as the app is wired (a second node has its own cache, joined to the first's invalidations).
 */
@RunWith(Parameterized.class)
public class AoObjectiveSettingsRepositoryTest {
    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;
    private ObjectiveSettingsRepository repository;
    private final ClusterLocks cluster = new JvmClusterLocks();
    private final MapCache nodeOne = new MapCache();
    private final MapCache nodeTwo = new MapCache().replicatesWith(nodeOne);

    public AoObjectiveSettingsRepositoryTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, ObjectiveSettingsEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new AoObjectiveSettingsRepository(ao.activeObjects(), cluster, nodeOne.okrCache());
    }

    @Test
    public void shouldShowEveryWriteOnANodeThatReadBefore() {
        ObjectiveSettingsRepository other = new AoObjectiveSettingsRepository(ao.secondNode(), cluster,
                nodeTwo.okrCache());
        assertEquals(List.of(), other.inCycle(3));
        assertEquals(Optional.empty(), other.find("TEAM-1"));

        repository.save(objective("TEAM-1", 3));
        assertEquals(List.of(objective("TEAM-1", 3)), other.inCycle(3));
        assertEquals(Optional.of(objective("TEAM-1", 3)), other.find("TEAM-1"));

        repository.change("TEAM-1", now -> objective("TEAM-1", 4));
        assertEquals(List.of(), other.inCycle(3));
        assertEquals(List.of(objective("TEAM-1", 4)), other.inCycle(4));

        repository.rename("TEAM-1", "TEAM-2");
        assertEquals(Map.of("TEAM-2", objective("TEAM-2", 4)), other.findAll(List.of("TEAM-1", "TEAM-2")));

        repository.delete("TEAM-2");
        assertEquals(List.of(), other.inCycle(4));
        assertTrue("the reads between writes came from the cache", nodeTwo.values.size() > 2);
    }

    private static ObjectiveSettings objective(String key, long cycle) {
        return new ObjectiveSettings(key, cycle, true, Weight.of(1.5), "Payments team");
    }

    @Test
    public void shouldReadBackEveryFieldOnAnotherNode() {
        repository.save(objective("TEAM-1", 3));
        repository.save(new ObjectiveSettings("TEAM-2", 3, false, null, null));

        ObjectiveSettingsRepository other = new AoObjectiveSettingsRepository(ao.secondNode());

        assertEquals(Optional.of(objective("TEAM-1", 3)), other.find("TEAM-1"));
        assertEquals("", other.find("TEAM-2").orElseThrow().owner());
        assertEquals(Weight.ONE, other.find("TEAM-2").orElseThrow().weight());
        assertEquals(Optional.empty(), other.find("TEAM-3"));
    }

    @Test
    public void shouldReplaceOnSave() {
        repository.save(objective("TEAM-1", 3));
        ObjectiveSettings moved = new ObjectiveSettings("TEAM-1", 4, false, Weight.of(0), "");

        repository.save(moved);

        assertEquals(Optional.of(moved), new AoObjectiveSettingsRepository(ao.secondNode()).find("TEAM-1"));
        assertEquals(1, rowCount());
    }

    @Test
    public void shouldListTheObjectivesOfACycleInKeyOrder() {
        repository.save(objective("TEAM-10", 3));
        repository.save(objective("TEAM-9", 3));
        repository.save(objective("TEAM-1", 4));

        assertEquals(List.of(objective("TEAM-9", 3), objective("TEAM-10", 3)), repository.inCycle(3));
        assertEquals(List.of(), repository.inCycle(5));
    }

    @Test
    public void shouldFindOnlyKeysWithSettings() {
        repository.save(objective("TEAM-1", 3));
        repository.save(objective("TEAM-2", 3));
        List<String> keys = new ArrayList<>(List.of("TEAM-1", "TEAM-404"));
        for (int i = 0; i < IssueKeyedRows.CHUNK; i++) {
            keys.add("X-" + i);
        }
        keys.add("TEAM-2");

        assertEquals(Map.of("TEAM-1", objective("TEAM-1", 3), "TEAM-2", objective("TEAM-2", 3)),
                repository.findAll(keys));
    }

    @Test
    public void shouldFollowARenamedIssueAndDeleteOnlyTheOneAsked() {
        repository.save(objective("TEAM-1", 3));
        repository.save(objective("TEAM-2", 3));
        repository.save(new ObjectiveSettings("NEW-1", 9, false, null, "leftover"));

        repository.rename("TEAM-1", "NEW-1");
        repository.delete("TEAM-2");

        assertEquals(Optional.empty(), repository.find("TEAM-1"));
        assertEquals(Optional.of(objective("NEW-1", 3)), repository.find("NEW-1"));
        assertEquals(Optional.empty(), repository.find("TEAM-2"));
        assertEquals(1, rowCount());
    }

    @Test
    public void shouldStoreOneRowWhenSeveralNodesSaveTheSameObjectiveAtOnce() throws Exception {
        List<Callable<ObjectiveSettings>> saves = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ObjectiveSettingsRepository node = i % 2 == 0 ? repository
                    : new AoObjectiveSettingsRepository(ao.secondNode());
            ObjectiveSettings settings = objective("TEAM-1", i + 1);
            saves.add(() -> node.save(settings));
            ObjectiveSettings other = objective("TEAM-" + (100 + i), 1);
            saves.add(() -> node.save(other));
        }

        List<ObjectiveSettings> saved = Concurrently.run(saves);

        assertEquals(17, rowCount());
        assertTrue(saved.contains(repository.find("TEAM-1").orElseThrow()));
    }

    private int rowCount() {
        return ao.activeObjects().count(ObjectiveSettingsEntity.class, Query.select());
    }
}
