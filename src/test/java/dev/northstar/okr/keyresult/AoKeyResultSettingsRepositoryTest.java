package dev.northstar.okr.keyresult;

import dev.northstar.okr.storage.IssueKeyedRows;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.JvmClusterLocks;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.MapCache;
import dev.northstar.okr.testing.Concurrently;
import dev.northstar.okr.testing.TestDatabase;
import dev.northstar.okr.keyresult.KeyResultSettings.MetricGoal;
import dev.northstar.okr.keyresult.KeyResultSettings.Source;
import net.java.ao.DBParam;
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
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * KR settings on both real databases, through the same Active Objects API Jira provides, read through the app's
 * shared cache as the app is wired (a second node has its own cache, joined to the first's invalidations).
 */
@RunWith(Parameterized.class)
public class AoKeyResultSettingsRepositoryTest {
    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;
    private KeyResultSettingsRepository repository;
    private final ClusterLocks cluster = new JvmClusterLocks();
    private final MapCache nodeOne = new MapCache();
    private final MapCache nodeTwo = new MapCache().replicatesWith(nodeOne);

    public AoKeyResultSettingsRepositoryTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, KeyResultSettingsEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new AoKeyResultSettingsRepository(ao.activeObjects(), cluster, nodeOne.okrCache());
    }

    @Test
    public void shouldShowEveryWriteOnANodeThatReadBefore() {
        KeyResultSettingsRepository other = new AoKeyResultSettingsRepository(ao.secondNode(), cluster,
                nodeTwo.okrCache());
        assertEquals(Map.of(), other.findAll(List.of("TEAM-1", "TEAM-2")));

        repository.save(maintained("TEAM-1"));
        assertEquals(Map.of("TEAM-1", maintained("TEAM-1")), other.findAll(List.of("TEAM-1", "TEAM-2")));

        repository.change("TEAM-1", now -> unfocused("TEAM-1"));
        assertEquals(Optional.of(unfocused("TEAM-1")), other.find("TEAM-1"));

        repository.rename("TEAM-1", "TEAM-2");
        assertEquals(Map.of("TEAM-2", unfocused("TEAM-2")),
                other.findAll(List.of("TEAM-1", "TEAM-2")));

        repository.delete("TEAM-2");
        assertEquals(Map.of(), other.findAll(List.of("TEAM-1", "TEAM-2")));
        assertTrue("the reads between writes came from the cache", nodeTwo.values.size() > 2);
    }

    @Test
    public void shouldLeaveTheCacheAsItWasWhenAChangeIsRefused() {
        repository.save(maintained("TEAM-1"));
        repository.find("TEAM-1");

        assertThrows(IllegalStateException.class, () -> repository.change("TEAM-1", now -> {
            throw new IllegalStateException("refused");
        }));

        assertEquals(Optional.of(maintained("TEAM-1")), repository.find("TEAM-1"));
    }

    static KeyResultSettings maintained(String key) {
        return new KeyResultSettings(key, KeyResultKind.METRIC, new MetricGoal(Direction.MAINTAIN, 2.5, 3.0),
                Weight.of(2.0), new Source("project = TEAM AND type = Bug " + "AND labels = x ".repeat(100),
                        MetricFrom.JQL_AVERAGE, "customfield_10002"),
                new StatusWeights(0.0, 0.5, 1.0), true);
    }

    private static KeyResultSettings unfocused(String key) {
        KeyResultSettings m = maintained(key);
        return new KeyResultSettings(key, m.kind(), m.goal(), m.weight(), m.source(), m.statusWeights(), false);
    }

    @Test
    public void shouldReadBackEveryFieldOnAnotherNode() {
        KeyResultSettings settings = maintained("TEAM-1");
        repository.save(settings);

        assertEquals(Optional.of(settings), new AoKeyResultSettingsRepository(ao.secondNode()).find("TEAM-1"));
    }

    @Test
    public void shouldKeepEmptyTextsAndMissingBandsEmpty() {
        KeyResultSettings defaults = KeyResultSettings.defaults("TEAM-2");
        repository.save(defaults);

        KeyResultSettings read = repository.find("TEAM-2").orElseThrow();
        assertEquals(defaults, read);
        assertEquals("", read.source().jql());
        assertEquals(null, read.goal().low());
        assertNull("no weights of its own: the admin's default applies", read.statusWeights());
    }

    @Test
    public void shouldTellOwnWeightsFromNoneAndSwitchBetweenThem() {
        KeyResultSettings own = new KeyResultSettings("TEAM-3", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE,
                Weight.ONE, Source.NONE, StatusWeights.DONE_ONLY, false);
        repository.save(own);
        assertEquals("done-only chosen for this key result is its own", StatusWeights.DONE_ONLY,
                new AoKeyResultSettingsRepository(ao.secondNode()).find("TEAM-3").orElseThrow().statusWeights());
        repository.save(new KeyResultSettings("TEAM-3", KeyResultKind.ISSUE_COUNT, MetricGoal.INCREASE, Weight.ONE,
                Source.NONE, null, false));
        assertNull(repository.find("TEAM-3").orElseThrow().statusWeights());
        repository.save(own);
        assertEquals(StatusWeights.DONE_ONLY, repository.find("TEAM-3").orElseThrow().statusWeights());
    }

    @Test
    public void shouldReplaceOnSaveAndClearWhatTheNewSettingsLeaveOut() {
        repository.save(maintained("TEAM-1"));
        KeyResultSettings plain = KeyResultSettings.defaults("TEAM-1");

        repository.save(plain);

        assertEquals(Optional.of(plain), new AoKeyResultSettingsRepository(ao.secondNode()).find("TEAM-1"));
        assertEquals("one row per KR", 1, rowCount());
    }

    @Test
    public void shouldFindOnlyTheKeysThatHaveSettingsAcrossManyChunks() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= IssueKeyedRows.CHUNK + 20; i++) {
            keys.add("TEAM-" + i);
        }
        repository.save(maintained("TEAM-3"));
        repository.save(KeyResultSettings.defaults("TEAM-" + (IssueKeyedRows.CHUNK + 10)));
        repository.save(KeyResultSettings.defaults("OTHER-1"));

        Map<String, KeyResultSettings> found = repository.findAll(keys);

        assertEquals(Map.of("TEAM-3", maintained("TEAM-3"), "TEAM-510",
                KeyResultSettings.defaults("TEAM-510")), found);
        assertEquals(Map.of(), repository.findAll(List.of()));
    }

    @Test
    public void shouldLetSettingsFollowARenamedIssueAndReplaceLeftovers() {
        repository.save(maintained("TEAM-1"));
        repository.save(KeyResultSettings.defaults("NEW-7"));

        repository.rename("TEAM-1", "NEW-7");

        assertEquals(Optional.empty(), repository.find("TEAM-1"));
        KeyResultSettings moved = repository.find("NEW-7").orElseThrow();
        assertEquals("NEW-7", moved.issueKey());
        assertEquals(MetricFrom.JQL_AVERAGE, moved.source().metricFrom());
        assertEquals(1, rowCount());
    }

    @Test
    public void shouldLeaveTheNewKeyAloneWhenTheOldOneHasNothing() {
        repository.save(maintained("NEW-7"));

        repository.rename("TEAM-1", "NEW-7");
        repository.rename("NEW-7", "NEW-7");

        assertEquals(Optional.of(maintained("NEW-7")), repository.find("NEW-7"));
    }

    @Test
    public void shouldDeleteOnlyThatIssuesSettings() {
        repository.save(maintained("TEAM-1"));
        repository.save(maintained("TEAM-2"));

        repository.delete("TEAM-1");
        repository.delete("TEAM-99");

        assertEquals(Optional.empty(), repository.find("TEAM-1"));
        assertTrue(repository.find("TEAM-2").isPresent());
    }

    @Test
    public void shouldRefuseASecondRowForTheSameIssueInTheDatabaseItself() {
        // The unique column is what makes concurrent first saves safe; prove the database enforces it.
        repository.save(KeyResultSettings.defaults("TEAM-1"));
        assertThrows(RuntimeException.class, () -> ao.activeObjects().create(KeyResultSettingsEntity.class,
                new DBParam(KeyResultSettingsEntity.ISSUE_KEY, "TEAM-1"),
                new DBParam(KeyResultSettingsEntity.KIND, "METRIC"),
                new DBParam(KeyResultSettingsEntity.DIRECTION, "INCREASE"),
                new DBParam(KeyResultSettingsEntity.WEIGHT, 1.0),
                new DBParam(KeyResultSettingsEntity.METRIC_FROM, "FIELD"),
                new DBParam(KeyResultSettingsEntity.WEIGHT_TO_DO, 0.0),
                new DBParam(KeyResultSettingsEntity.WEIGHT_IN_PROGRESS, 0.0),
                new DBParam(KeyResultSettingsEntity.WEIGHT_DONE, 1.0),
                new DBParam(KeyResultSettingsEntity.FOCUS_METRIC, false)));
    }

    @Test
    public void shouldReadAWeightStoredBeforeWeightsWereBoundedAsTheLargestWeight() {
        ao.activeObjects().create(KeyResultSettingsEntity.class,
                new DBParam(KeyResultSettingsEntity.ISSUE_KEY, "TEAM-1"),
                new DBParam(KeyResultSettingsEntity.KIND, "ISSUE_COUNT"),
                new DBParam(KeyResultSettingsEntity.DIRECTION, "INCREASE"),
                new DBParam(KeyResultSettingsEntity.WEIGHT, 1e308),
                new DBParam(KeyResultSettingsEntity.METRIC_FROM, "FIELD"),
                new DBParam(KeyResultSettingsEntity.WEIGHT_TO_DO, 0.0),
                new DBParam(KeyResultSettingsEntity.WEIGHT_IN_PROGRESS, 0.0),
                new DBParam(KeyResultSettingsEntity.WEIGHT_DONE, 1.0),
                new DBParam(KeyResultSettingsEntity.FOCUS_METRIC, false));

        assertEquals(Weight.MAX, repository.find("TEAM-1").orElseThrow().weight().value(), 0.0);
    }

    @Test
    public void shouldStoreOneRowWhenManyNodesSaveTheSameNewKrAtOnce() throws Exception {
        List<Callable<KeyResultSettings>> saves = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            KeyResultSettingsRepository node = i % 2 == 0 ? repository
                    : new AoKeyResultSettingsRepository(ao.secondNode());
            KeyResultSettings settings = new KeyResultSettings("TEAM-1", KeyResultKind.ISSUE_COUNT,
                    new MetricGoal(null, null, null), Weight.of(i), new Source("", null, ""), null, false);
            saves.add(() -> node.save(settings));
        }

        List<KeyResultSettings> saved = Concurrently.run(saves);

        assertEquals(1, rowCount());
        KeyResultSettings last = repository.find("TEAM-1").orElseThrow();
        assertTrue("one of the saves won whole", saved.contains(last));
    }

    @Test
    public void shouldLoseNoKrWhenSettingsOfManyAreSavedAtOnce() throws Exception {
        List<Callable<KeyResultSettings>> saves = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> saves.add(() -> repository.save(maintained("TEAM-" + i))));

        Concurrently.run(saves);

        assertEquals(40, rowCount());
        assertEquals(40, repository.findAll(IntStream.range(0, 40).mapToObj(i -> "TEAM-" + i).toList()).size());
    }

    private int rowCount() {
        return ao.activeObjects().count(KeyResultSettingsEntity.class, Query.select());
    }
}
