package dev.northstar.okr.objective;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.storage.UniqueRace;
import dev.northstar.okr.domain.Weight;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Objective settings in Active Objects. Entities stay in here; callers get immutable {@link ObjectiveSettings}.
 * Every write holds the objective's cluster lock ({@link ItemLocks}) around one transaction. Reads are kept in the
 * app's cache until the next write ({@link RowCache}): every overview reads every objective of its cycle. As an
 * {@link IssueMoves}, the settings follow an issue that moves to another project.
 */
public class AoObjectiveSettingsRepository implements ObjectiveSettingsRepository, IssueMoves {
    private static final String TABLE = "objective-settings";

    private final ActiveObjects activeObjects;
    private final IssueKeyedRows<ObjectiveSettingsEntity> rows;
    private final ItemLocks locks;

    /** With Jira's cluster-wide locks and the app's shared cache: the constructor the app is wired with. */
    public AoObjectiveSettingsRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks, OkrCache cache) {
        this(activeObjects, new ItemLocks(clusterLocks, "objective"), new RowCache(cache, TABLE));
    }

    /** With cluster-wide locks, reading the database every time. */
    public AoObjectiveSettingsRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks) {
        this(activeObjects, new ItemLocks(clusterLocks, "objective"), RowCache.none(TABLE));
    }

    /** For one node on its own (tests): writes are one at a time within this JVM only. */
    public AoObjectiveSettingsRepository(ActiveObjects activeObjects) {
        this(activeObjects, ItemLocks.inThisJvm("objective"), RowCache.none(TABLE));
    }

    private AoObjectiveSettingsRepository(ActiveObjects activeObjects, ItemLocks locks, RowCache cache) {
        this.activeObjects = activeObjects;
        this.locks = locks;
        this.rows = new IssueKeyedRows<>(activeObjects, ObjectiveSettingsEntity.class,
                ObjectiveSettingsEntity.ISSUE_KEY, ObjectiveSettingsEntity::setIssueKey, cache);
    }

    @Override
    public Optional<ObjectiveSettings> find(String issueKey) {
        return Optional.ofNullable(findAll(List.of(issueKey)).get(issueKey));
    }

    @Override
    public Map<String, ObjectiveSettings> findAll(Collection<String> issueKeys) {
        return rows.values(issueKeys, ObjectiveSettingsEntity::getIssueKey, ObjectiveSettings.class,
                AoObjectiveSettingsRepository::toValue);
    }

    /** In natural key order (TEAM-9 before TEAM-10), so that lists are stable. */
    @Override
    @SuppressWarnings("unchecked")
    public List<ObjectiveSettings> inCycle(long cycleId) {
        return rows.query("cycle:" + cycleId, List.class, () -> {
            List<ObjectiveSettings> objectives = new ArrayList<>();
            for (ObjectiveSettingsEntity row : activeObjects.find(ObjectiveSettingsEntity.class,
                    Query.select().where(ObjectiveSettingsEntity.CYCLE_ID + " = ?", cycleId))) {
                objectives.add(toValue(row));
            }
            objectives.sort(Comparator.comparing(ObjectiveSettings::issueKey, IssueKey.KEY_ORDER));
            return List.copyOf(objectives);
        });
    }

    @Override
    public ObjectiveSettings save(ObjectiveSettings settings) {
        return change(settings.issueKey(), now -> settings);
    }

    @Override
    public ObjectiveSettings change(String issueKey, Function<Optional<ObjectiveSettings>, ObjectiveSettings> change) {
        return rows.writing(() -> write(issueKey, change)); // then every node reads the table again
    }

    private ObjectiveSettings write(String issueKey, Function<Optional<ObjectiveSettings>, ObjectiveSettings> change) {
        return locks.write(issueKey, () -> UniqueRace.retryOnce(() -> activeObjects.executeInTransaction(() -> {
            ObjectiveSettingsEntity[] stored = rows.rows(issueKey);
            ObjectiveSettings settings = change.apply(stored.length > 0 ? Optional.of(toValue(stored[0]))
                    : Optional.empty());
            if (!settings.issueKey().equals(issueKey)) {
                throw new IllegalArgumentException("a change must keep the issue key " + issueKey);
            }
            if (stored.length > 0) {
                ObjectiveSettingsEntity row = stored[0];
                row.setCycleId(settings.cycleId());
                row.setCommitted(settings.committed());
                row.setWeight(settings.weight().value());
                row.setOwner(settings.owner().isEmpty() ? null : settings.owner());
                row.save();
            } else {
                List<DBParam> columns = new ArrayList<>(List.of(
                        new DBParam(ObjectiveSettingsEntity.ISSUE_KEY, settings.issueKey()),
                        new DBParam(ObjectiveSettingsEntity.CYCLE_ID, settings.cycleId()),
                        new DBParam(ObjectiveSettingsEntity.COMMITTED, settings.committed()),
                        new DBParam(ObjectiveSettingsEntity.WEIGHT, settings.weight().value())));
                if (!settings.owner().isEmpty()) {
                    columns.add(new DBParam(ObjectiveSettingsEntity.OWNER, settings.owner()));
                }
                activeObjects.create(ObjectiveSettingsEntity.class, columns.toArray(new DBParam[0]));
            }
            return settings;
        })));
    }

    @Override
    public void delete(String issueKey) {
        rows.delete(issueKey);
    }

    @Override
    public void rename(String oldKey, String newKey) {
        rows.rename(oldKey, newKey);
    }

    private static ObjectiveSettings toValue(ObjectiveSettingsEntity row) {
        return new ObjectiveSettings(row.getIssueKey(), row.getCycleId(), row.getCommitted(),
                Weight.stored(row.getWeight()), row.getOwner());
    }
}
