package dev.northstar.okr.cycle;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.domain.Cycle;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Cycles in Active Objects. Entities stay in here; callers get immutable {@link StoredCycle} values. */
public class AoCycleRepository implements CycleRepository {
    // Plain upper-case column names: Active Objects quotes them per database (a double-quoted name would be a
    // string literal on MySQL).
    private static final String NEWEST_FIRST = CycleEntity.START_AT + " DESC, ID DESC";
    private static final String OF_PROJECT = CycleEntity.PROJECT_KEY + " IS NULL OR " + CycleEntity.PROJECT_KEY + " = ?";

    private final ActiveObjects activeObjects;

    public AoCycleRepository(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public List<StoredCycle> list(String projectKey) {
        Query query = projectKey == null
                ? Query.select().order(NEWEST_FIRST)
                : Query.select().where(OF_PROJECT, projectKey).order(NEWEST_FIRST);
        List<StoredCycle> cycles = new ArrayList<>();
        for (CycleEntity row : activeObjects.find(CycleEntity.class, query)) {
            cycles.add(toValue(row));
        }
        return List.copyOf(cycles);
    }

    @Override
    public Optional<StoredCycle> get(long id) {
        return row(id).map(AoCycleRepository::toValue);
    }

    @Override
    public StoredCycle create(Cycle cycle, String projectKey) {
        List<DBParam> columns = new ArrayList<>(List.of(
                new DBParam(CycleEntity.NAME, cycle.name()),
                new DBParam(CycleEntity.START_AT, millis(cycle.start())),
                new DBParam(CycleEntity.END_AT, millis(cycle.end()))));
        if (projectKey != null) {
            columns.add(new DBParam(CycleEntity.PROJECT_KEY, projectKey));
        }
        CycleEntity row = activeObjects.executeInTransaction(
                () -> activeObjects.create(CycleEntity.class, columns.toArray(new DBParam[0])));
        return toValue(row);
    }

    @Override
    public StoredCycle update(long id, Cycle cycle, String projectKey) {
        return activeObjects.executeInTransaction(() -> {
            CycleEntity row = row(id).orElseThrow(() -> unknown(id));
            row.setName(cycle.name());
            row.setStartAt(millis(cycle.start()));
            row.setEndAt(millis(cycle.end()));
            row.setProjectKey(projectKey);
            row.save();
            return toValue(row);
        });
    }

    @Override
    public StoredCycle close(long id, Instant at) {
        return activeObjects.executeInTransaction(() -> {
            CycleEntity row = row(id).orElseThrow(() -> unknown(id));
            if (row.getClosedAt() == null) {
                row.setClosedAt(millis(at));
                row.save();
            }
            return toValue(row);
        });
    }

    /** Read through find, not get: find fetches the row again, so a change made on another node is seen. */
    private Optional<CycleEntity> row(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        CycleEntity[] rows = activeObjects.find(CycleEntity.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static NoSuchElementException unknown(long id) {
        return new NoSuchElementException("no cycle " + id);
    }

    private static long millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
    }

    private static StoredCycle toValue(CycleEntity row) {
        Long closed = row.getClosedAt();
        return new StoredCycle(row.getID(), new Cycle(row.getName(), Instant.ofEpochMilli(row.getStartAt()),
                Instant.ofEpochMilli(row.getEndAt())), row.getProjectKey(),
                closed == null ? null : Instant.ofEpochMilli(closed));
    }
}
