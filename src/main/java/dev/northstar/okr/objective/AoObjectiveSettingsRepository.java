package dev.northstar.okr.objective;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.common.KeyOrder;
import dev.northstar.okr.common.UniqueRace;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.host.IssueMoves;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Objective settings in Active Objects. Entities stay in here; callers get immutable {@link ObjectiveSettings}. As
 * an {@link IssueMoves}, the settings follow an issue that moves to another project.
 */
public class AoObjectiveSettingsRepository implements ObjectiveSettingsRepository, IssueMoves {
    /** Keys per IN clause: far below every database's limit on bound parameters (Oracle: 1000 per list). */
    static final int CHUNK = 500;
    private static final String KEY = "\"" + ObjectiveSettingsEntity.ISSUE_KEY + "\"";

    private final ActiveObjects activeObjects;

    public AoObjectiveSettingsRepository(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public Optional<ObjectiveSettings> find(String issueKey) {
        ObjectiveSettingsEntity[] rows = rows(issueKey);
        return rows.length == 0 ? Optional.empty() : Optional.of(toValue(rows[0]));
    }

    @Override
    public Map<String, ObjectiveSettings> findAll(Collection<String> issueKeys) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(issueKeys));
        Map<String, ObjectiveSettings> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            String in = KEY + " IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            for (ObjectiveSettingsEntity row : activeObjects.find(ObjectiveSettingsEntity.class,
                    Query.select().where(in, chunk.toArray()))) {
                found.put(row.getIssueKey(), toValue(row));
            }
        }
        return Map.copyOf(found);
    }

    /** In natural key order (TEAM-9 before TEAM-10), so that lists are stable. */
    @Override
    public List<ObjectiveSettings> inCycle(long cycleId) {
        List<ObjectiveSettings> objectives = new ArrayList<>();
        for (ObjectiveSettingsEntity row : activeObjects.find(ObjectiveSettingsEntity.class,
                Query.select().where("\"" + ObjectiveSettingsEntity.CYCLE_ID + "\" = ?", cycleId))) {
            objectives.add(toValue(row));
        }
        objectives.sort(Comparator.comparing(ObjectiveSettings::issueKey, KeyOrder.NATURAL));
        return List.copyOf(objectives);
    }

    @Override
    public ObjectiveSettings save(ObjectiveSettings settings) {
        return UniqueRace.retryOnce(() -> activeObjects.executeInTransaction(() -> {
            ObjectiveSettingsEntity[] stored = rows(settings.issueKey());
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
        }));
    }

    @Override
    public void delete(String issueKey) {
        activeObjects.executeInTransaction(() -> {
            activeObjects.delete(rows(issueKey));
            return null;
        });
    }

    @Override
    public void rename(String oldKey, String newKey) {
        if (oldKey.equals(newKey)) {
            return;
        }
        activeObjects.executeInTransaction(() -> {
            ObjectiveSettingsEntity[] moving = rows(oldKey);
            if (moving.length > 0) {
                // The moved issue's settings win over anything left behind under its new key.
                activeObjects.delete(rows(newKey));
                for (ObjectiveSettingsEntity row : moving) {
                    row.setIssueKey(newKey);
                    row.save();
                }
            }
            return null;
        });
    }

    private ObjectiveSettingsEntity[] rows(String issueKey) {
        return activeObjects.find(ObjectiveSettingsEntity.class, Query.select().where(KEY + " = ?", issueKey));
    }


    private static ObjectiveSettings toValue(ObjectiveSettingsEntity row) {
        return new ObjectiveSettings(row.getIssueKey(), row.getCycleId(), row.getCommitted(),
                Weight.of(row.getWeight()), row.getOwner());
    }
}
