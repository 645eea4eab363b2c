package dev.northstar.okr.keyresult;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.storage.UniqueRace;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.IssueMoves;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.storage.ItemLocks;
import dev.northstar.okr.storage.IssueKeyedRows;
import dev.northstar.okr.storage.RowCache;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Initiative ratings in Active Objects, one row per KR and initiative. Entities stay in here; callers get
 * immutable {@link Initiative} values. Every write holds the rating's cluster lock ({@link ItemLocks}) around one
 * transaction. Every key result's ratings are kept in the app's cache until the next write ({@link RowCache}). As an
 * {@link IssueMoves}, ratings follow a KR or initiative that moves to another project.
 */
public class AoInitiativeRepository implements InitiativeRepository, IssueMoves {
    private static final String KR = InitiativeRatingEntity.KEY_RESULT_KEY;
    private static final String INITIATIVE = InitiativeRatingEntity.INITIATIVE_KEY;
    private static final String PAIR = InitiativeRatingEntity.RATING_KEY + " = ?";
    private static final String TABLE = "initiative-ratings";
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Initiative>> RATINGS = (Class) Map.class;

    private final ActiveObjects activeObjects;
    /** Lookups by KR key only; ratings are re-keyed by {@link #rename} on both keys. */
    private final IssueKeyedRows<InitiativeRatingEntity> byKeyResult;
    private final ItemLocks locks;
    /** Every key result's ratings, kept between writes: each overview reads those of all its key results. */
    private final RowCache cache;

    /** With Jira's cluster-wide locks and the app's shared cache: the constructor the app is wired with. */
    public AoInitiativeRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks, OkrCache cache) {
        this(activeObjects, new ItemLocks(clusterLocks, "initiative"), new RowCache(cache, TABLE));
    }

    /** With cluster-wide locks, reading the database every time. */
    public AoInitiativeRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks) {
        this(activeObjects, new ItemLocks(clusterLocks, "initiative"), RowCache.none(TABLE));
    }

    /** For one node on its own (tests): writes are one at a time within this JVM only. */
    public AoInitiativeRepository(ActiveObjects activeObjects) {
        this(activeObjects, ItemLocks.inThisJvm("initiative"), RowCache.none(TABLE));
    }

    private AoInitiativeRepository(ActiveObjects activeObjects, ItemLocks locks, RowCache cache) {
        this.activeObjects = activeObjects;
        this.locks = locks;
        this.cache = cache;
        this.byKeyResult = new IssueKeyedRows<>(activeObjects, InitiativeRatingEntity.class,
                InitiativeRatingEntity.KEY_RESULT_KEY, InitiativeRatingEntity::setKeyResultKey);
    }

    @Override
    public Map<String, Initiative> ratings(String keyResultKey) {
        Map<String, Initiative> ratings = new LinkedHashMap<>();
        for (Initiative initiative : list(keyResultKey)) {
            ratings.put(initiative.issueKey(), initiative);
        }
        return Collections.unmodifiableMap(ratings);
    }

    @Override
    public Map<String, Map<String, Initiative>> ratings(Collection<String> keyResultKeys) {
        return cache.byKey(keyResultKeys, RATINGS, keys -> {
            Map<String, Map<String, Initiative>> found = new HashMap<>();
            for (InitiativeRatingEntity row : byKeyResult.rows(keys)) {
                found.computeIfAbsent(row.getKeyResultKey(), k -> new HashMap<>())
                        .put(row.getInitiativeKey(), toValue(row));
            }
            Map<String, Map<String, Initiative>> frozen = new HashMap<>();
            found.forEach((kr, ratings) -> frozen.put(kr, Map.copyOf(ratings)));
            return frozen;
        });
    }

    @Override
    public Initiative save(String keyResultKey, Initiative initiative) {
        return change(keyResultKey, initiative.issueKey(), now -> initiative);
    }

    @Override
    public Initiative change(String keyResultKey, String initiativeKey, UnaryOperator<Initiative> change) {
        return cache.writing(() -> write(keyResultKey, initiativeKey, change)); // then every node reads them again
    }

    private Initiative write(String keyResultKey, String initiativeKey, UnaryOperator<Initiative> change) {
        String pair = pair(keyResultKey, initiativeKey);
        return locks.write(pair, () -> UniqueRace.retryOnce(() -> activeObjects.executeInTransaction(() -> {
            InitiativeRatingEntity[] stored = activeObjects.find(InitiativeRatingEntity.class,
                    Query.select().where(PAIR, pair));
            Initiative initiative = change.apply(stored.length > 0 ? toValue(stored[0]) : Initiative.of(initiativeKey));
            if (!initiative.issueKey().equals(initiativeKey)) {
                throw new IllegalArgumentException("a change must keep the initiative " + initiativeKey);
            }
            if (stored.length > 0) {
                stored[0].setScope(initiative.scope().name());
                stored[0].setImpact(initiative.impact());
                stored[0].setEffort(initiative.effort());
                stored[0].save();
            } else {
                activeObjects.create(InitiativeRatingEntity.class,
                        new DBParam(InitiativeRatingEntity.RATING_KEY, pair),
                        new DBParam(InitiativeRatingEntity.KEY_RESULT_KEY, keyResultKey),
                        new DBParam(InitiativeRatingEntity.INITIATIVE_KEY, initiative.issueKey()),
                        new DBParam(InitiativeRatingEntity.SCOPE, initiative.scope().name()),
                        new DBParam(InitiativeRatingEntity.IMPACT, initiative.impact()),
                        new DBParam(InitiativeRatingEntity.EFFORT, initiative.effort()));
            }
            return initiative;
        })));
    }

    @Override
    public void remove(String keyResultKey, String initiativeKey) {
        cache.writing(() -> activeObjects.executeInTransaction(() -> {
            activeObjects.delete(activeObjects.find(InitiativeRatingEntity.class,
                    Query.select().where(PAIR, pair(keyResultKey, initiativeKey))));
            return null;
        }));
    }

    @Override
    public void rename(String oldKey, String newKey) {
        if (oldKey.equals(newKey)) {
            return;
        }
        cache.writing(() -> activeObjects.executeInTransaction(() -> {
            InitiativeRatingEntity[] moving = activeObjects.find(InitiativeRatingEntity.class,
                    Query.select().where(KR + " = ? OR " + INITIATIVE + " = ?", oldKey, oldKey));
            for (InitiativeRatingEntity row : moving) {
                String kr = row.getKeyResultKey().equals(oldKey) ? newKey : row.getKeyResultKey();
                String initiative = row.getInitiativeKey().equals(oldKey) ? newKey : row.getInitiativeKey();
                String pair = pair(kr, initiative);
                // The moved issue's rating wins over one left behind under the new key.
                activeObjects.delete(activeObjects.find(InitiativeRatingEntity.class, Query.select().where(PAIR, pair)));
                row.setKeyResultKey(kr);
                row.setInitiativeKey(initiative);
                row.setRatingKey(pair);
                row.save();
            }
            return null;
        }));
    }

    @Override
    public List<Initiative> list(String keyResultKey) {
        List<Initiative> initiatives = new ArrayList<>();
        for (InitiativeRatingEntity row : activeObjects.find(InitiativeRatingEntity.class,
                Query.select().where(KR + " = ?", keyResultKey))) {
            initiatives.add(toValue(row));
        }
        initiatives.sort(Comparator.comparing(Initiative::issueKey, IssueKey.KEY_ORDER));
        return List.copyOf(initiatives);
    }

    static String pair(String keyResultKey, String initiativeKey) {
        // Jira issue keys never contain "/", so the pair is unambiguous.
        return keyResultKey + "/" + initiativeKey;
    }

    private static Initiative toValue(InitiativeRatingEntity row) {
        return new Initiative(row.getInitiativeKey(), InitiativeScope.valueOf(row.getScope()), row.getImpact(),
                row.getEffort());
    }
}
