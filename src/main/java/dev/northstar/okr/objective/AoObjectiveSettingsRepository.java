package dev.northstar.okr.objective;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.storage.UniqueRace;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.IssueMoves;
import dev.northstar.okr.storage.ItemLocks;
import dev.northstar.okr.storage.IssueKeyedRows;
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
 * Every write holds the objective's cluster lock ({@link ItemLocks}) around one transaction. As an
 * {@link IssueMoves}, the settings follow an issue that moves to another project.
 */
public class AoObjectiveSettingsRepository implements ObjectiveSettingsRepository, IssueMoves {
    private final ActiveObjects activeObjects;
    private final IssueKeyedRows<ObjectiveSettingsEntity> rows;
    private final ItemLocks locks;

    /** With Jira's cluster-wide locks: the constructor the app is wired with. */
    public AoObjectiveSettingsRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks) {
        this(activeObjects, new ItemLocks(clusterLocks, "objective"));
    }

    /** For one node on its own (tests): writes are one at a time within this JVM only. */
    public AoObjectiveSettingsRepository(ActiveObjects activeObjects) {
        this(activeObjects, ItemLocks.inThisJvm("objective"));
    }

    private AoObjectiveSettingsRepository(ActiveObjects activeObjects, ItemLocks locks) {
        this.activeObjects = activeObjects;
        this.locks = locks;
        this.rows = new IssueKeyedRows<>(activeObjects, ObjectiveSettingsEntity.class,
                ObjectiveSettingsEntity.ISSUE_KEY, ObjectiveSettingsEntity::setIssueKey);
    }

    @Override
    public Optional<ObjectiveSettings> find(String issueKey) {
        return rows.row(issueKey).map(AoObjectiveSettingsRepository::toValue);
    }

    @Override
    public Map<String, ObjectiveSettings> findAll(Collection<String> issueKeys) {
        return rows.values(issueKeys, ObjectiveSettingsEntity::getIssueKey, AoObjectiveSettingsRepository::toValue);
    }

    /** In natural key order (TEAM-9 before TEAM-10), so that lists are stable. */
    @Override
    public List<ObjectiveSettings> inCycle(long cycleId) {
        List<ObjectiveSettings> objectives = new ArrayList<>();
        for (ObjectiveSettingsEntity row : activeObjects.find(ObjectiveSettingsEntity.class,
                Query.select().where(ObjectiveSettingsEntity.CYCLE_ID + " = ?", cycleId))) {
            objectives.add(toValue(row));
        }
        objectives.sort(Comparator.comparing(ObjectiveSettings::issueKey, IssueKey.KEY_ORDER));
        return List.copyOf(objectives);
    }

    @Override
    public ObjectiveSettings save(ObjectiveSettings settings) {
        return change(settings.issueKey(), now -> settings);
    }

    @Override
    public ObjectiveSettings change(String issueKey, Function<Optional<ObjectiveSettings>, ObjectiveSettings> change) {
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
