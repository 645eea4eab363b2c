package dev.northstar.okr.keyresult;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.storage.UniqueRace;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.host.IssueMoves;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.storage.ItemLocks;
import dev.northstar.okr.storage.IssueKeyedRows;
import dev.northstar.okr.storage.RowCache;
import net.java.ao.DBParam;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * KR settings in Active Objects, one row per KR issue. Entities stay in here; callers get immutable
 * {@link KeyResultSettings} values. Every write holds the KR's cluster lock ({@link ItemLocks}) around one
 * transaction. Reads are kept in the app's cache until the next write ({@link RowCache}): every overview reads the
 * settings of every key result of its cycle. As an {@link IssueMoves}, the settings follow an issue that moves to
 * another project.
 */
public class AoKeyResultSettingsRepository implements KeyResultSettingsRepository, IssueMoves {
    private static final String TABLE = "kr-settings";

    private final ActiveObjects activeObjects;
    private final IssueKeyedRows<KeyResultSettingsEntity> rows;
    private final ItemLocks locks;

    /** With Jira's cluster-wide locks and the app's shared cache: the constructor the app is wired with. */
    public AoKeyResultSettingsRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks, OkrCache cache) {
        this(activeObjects, new ItemLocks(clusterLocks, "kr-settings"), new RowCache(cache, TABLE));
    }

    /** With cluster-wide locks, reading the database every time. */
    public AoKeyResultSettingsRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks) {
        this(activeObjects, new ItemLocks(clusterLocks, "kr-settings"), RowCache.none(TABLE));
    }

    /** For one node on its own (tests): writes are one at a time within this JVM only. */
    public AoKeyResultSettingsRepository(ActiveObjects activeObjects) {
        this(activeObjects, ItemLocks.inThisJvm("kr-settings"), RowCache.none(TABLE));
    }

    private AoKeyResultSettingsRepository(ActiveObjects activeObjects, ItemLocks locks, RowCache cache) {
        this.activeObjects = activeObjects;
        this.locks = locks;
        this.rows = new IssueKeyedRows<>(activeObjects, KeyResultSettingsEntity.class,
                KeyResultSettingsEntity.ISSUE_KEY, KeyResultSettingsEntity::setIssueKey, cache);
    }

    @Override
    public Optional<KeyResultSettings> find(String issueKey) {
        return Optional.ofNullable(findAll(List.of(issueKey)).get(issueKey));
    }

    @Override
    public Map<String, KeyResultSettings> findAll(Collection<String> issueKeys) {
        return rows.values(issueKeys, KeyResultSettingsEntity::getIssueKey, KeyResultSettings.class,
                AoKeyResultSettingsRepository::toValue);
    }

    @Override
    public KeyResultSettings save(KeyResultSettings settings) {
        return change(settings.issueKey(), now -> settings);
    }

    @Override
    public KeyResultSettings change(String issueKey, UnaryOperator<KeyResultSettings> change) {
        return rows.writing(() -> write(issueKey, change)); // then every node reads the table again
    }

    private KeyResultSettings write(String issueKey, UnaryOperator<KeyResultSettings> change) {
        // the lock first, then the transaction: no connection is held while waiting for another writer
        return locks.write(issueKey, () -> UniqueRace.retryOnce(() -> activeObjects.executeInTransaction(() -> {
            Optional<KeyResultSettingsEntity> stored = row(issueKey);
            KeyResultSettings settings = change.apply(stored.map(AoKeyResultSettingsRepository::toValue)
                    .orElseGet(() -> KeyResultSettings.defaults(issueKey)));
            if (!settings.issueKey().equals(issueKey)) {
                throw new IllegalArgumentException("a change must keep the issue key " + issueKey);
            }
            if (stored.isPresent()) {
                KeyResultSettingsEntity row = stored.get();
                row.setKind(settings.kind().name());
                row.setDirection(settings.goal().direction().name());
                row.setBandLow(settings.goal().low());
                row.setBandHigh(settings.goal().high());
                row.setWeight(settings.weight().value());
                row.setJql(emptyToNull(settings.source().jql()));
                row.setMetricFrom(settings.source().metricFrom().name());
                row.setAggregateField(emptyToNull(settings.source().aggregateField()));
                row.setWeightToDo(stored(settings).toDo());
                row.setWeightInProgress(stored(settings).inProgress());
                row.setWeightDone(stored(settings).done());
                row.setFocusMetric(settings.focusMetric());
                row.setJqlOwner(emptyToNull(settings.source().jqlOwner()));
                row.save();
            } else {
                activeObjects.create(KeyResultSettingsEntity.class, columns(settings));
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

    private Optional<KeyResultSettingsEntity> row(String issueKey) {
        return rows.row(issueKey);
    }

    private static DBParam[] columns(KeyResultSettings settings) {
        List<DBParam> columns = new ArrayList<>(List.of(
                new DBParam(KeyResultSettingsEntity.ISSUE_KEY, settings.issueKey()),
                new DBParam(KeyResultSettingsEntity.KIND, settings.kind().name()),
                new DBParam(KeyResultSettingsEntity.DIRECTION, settings.goal().direction().name()),
                new DBParam(KeyResultSettingsEntity.WEIGHT, settings.weight().value()),
                new DBParam(KeyResultSettingsEntity.METRIC_FROM, settings.source().metricFrom().name()),
                new DBParam(KeyResultSettingsEntity.WEIGHT_TO_DO, stored(settings).toDo()),
                new DBParam(KeyResultSettingsEntity.WEIGHT_IN_PROGRESS, stored(settings).inProgress()),
                new DBParam(KeyResultSettingsEntity.WEIGHT_DONE, stored(settings).done()),
                new DBParam(KeyResultSettingsEntity.FOCUS_METRIC, settings.focusMetric())));
        // Null values are left out (the column stays NULL): DBParam cannot carry null.
        if (settings.goal().low() != null) {
            columns.add(new DBParam(KeyResultSettingsEntity.BAND_LOW, settings.goal().low()));
        }
        if (settings.goal().high() != null) {
            columns.add(new DBParam(KeyResultSettingsEntity.BAND_HIGH, settings.goal().high()));
        }
        if (!settings.source().jql().isEmpty()) {
            columns.add(new DBParam(KeyResultSettingsEntity.JQL, settings.source().jql()));
        }
        if (!settings.source().aggregateField().isEmpty()) {
            columns.add(new DBParam(KeyResultSettingsEntity.AGGREGATE_FIELD, settings.source().aggregateField()));
        }
        if (!settings.source().jqlOwner().isEmpty()) {
            columns.add(new DBParam(KeyResultSettingsEntity.JQL_OWNER, settings.source().jqlOwner()));
        }
        return columns.toArray(new DBParam[0]);
    }

    private static KeyResultSettings toValue(KeyResultSettingsEntity row) {
        return new KeyResultSettings(row.getIssueKey(), KeyResultKind.valueOf(row.getKind()),
                new KeyResultSettings.MetricGoal(Direction.valueOf(row.getDirection()), row.getBandLow(),
                        row.getBandHigh()),
                Weight.stored(row.getWeight()),
                new KeyResultSettings.Source(row.getJql(), MetricFrom.valueOf(row.getMetricFrom()),
                        row.getAggregateField(), row.getJqlOwner()),
                row.getWeightDone() == 0 ? null
                        : new StatusWeights(row.getWeightToDo(), row.getWeightInProgress(), row.getWeightDone()),
                row.getFocusMetric());
    }

    /** The weights as stored: 0, 0, 0 for a key result without weights of its own (see the entity). */
    private static Stored stored(KeyResultSettings settings) {
        StatusWeights own = settings.statusWeights();
        return own == null ? Stored.NONE : new Stored(own.toDo(), own.inProgress(), own.done());
    }

    private record Stored(double toDo, double inProgress, double done) {
        static final Stored NONE = new Stored(0, 0, 0);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
