package dev.northstar.okr.cycle;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.storage.ItemLocks;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Cycles in Active Objects. Entities stay in here; callers get immutable {@link StoredCycle} values. Every change
 * holds the cycle's cluster lock ({@link ItemLocks}) around one transaction.
 */
public class AoCycleRepository implements CycleRepository {
    // Plain upper-case column names: Active Objects quotes them per database (a double-quoted name would be a
    // string literal on MySQL).
    private static final String NEWEST_FIRST = CycleEntity.START_AT + " DESC, ID DESC";
    private static final String OF_PROJECT = CycleEntity.PROJECT_KEY + " IS NULL OR " + CycleEntity.PROJECT_KEY + " = ?";

    private final ActiveObjects activeObjects;
    private final ItemLocks locks;

    /** With Jira's cluster-wide locks: the constructor the app is wired with. */
    public AoCycleRepository(ActiveObjects activeObjects, ClusterLocks clusterLocks) {
        this(activeObjects, new ItemLocks(clusterLocks, "cycle"));
    }

    /** For one node on its own (tests): changes are one at a time within this JVM only. */
    public AoCycleRepository(ActiveObjects activeObjects) {
        this(activeObjects, ItemLocks.inThisJvm("cycle"));
    }

    private AoCycleRepository(ActiveObjects activeObjects, ItemLocks locks) {
        this.activeObjects = activeObjects;
        this.locks = locks;
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
    public StoredCycle change(long id, UnaryOperator<StoredCycle> change) {
        return locks.write(Long.toString(id), () -> activeObjects.executeInTransaction(() -> {
            CycleEntity row = row(id).orElseThrow(() -> unknown(id));
            StoredCycle now = toValue(row);
            StoredCycle changed = change.apply(now);
            if (changed.id() != id) {
                throw new IllegalArgumentException("a change must keep the cycle id " + id);
            }
            if (changed.equals(now)) {
                return now;
            }
            row.setName(changed.cycle().name());
            row.setStartAt(millis(changed.cycle().start()));
            row.setEndAt(millis(changed.cycle().end()));
            row.setProjectKey(changed.projectKey());
            row.setClosedAt(changed.closedAt() == null ? null : millis(changed.closedAt()));
            row.save();
            // what was written, as it reads back (milliseconds): not the entity again, whose values a concurrent
            // read on this node may have replaced with the last committed ones
            return new StoredCycle(id, new Cycle(changed.cycle().name(), Instant.ofEpochMilli(millis(changed.cycle()
                    .start())), Instant.ofEpochMilli(millis(changed.cycle().end()))), changed.projectKey(),
                    changed.closedAt() == null ? null : Instant.ofEpochMilli(millis(changed.closedAt())));
        }));
    }

    @Override
    public void delete(long id, Consumer<StoredCycle> check) {
        locks.write(Long.toString(id), () -> activeObjects.executeInTransaction(() -> {
            CycleEntity row = row(id).orElseThrow(() -> unknown(id));
            check.accept(toValue(row));
            activeObjects.delete(row);
            return id;
        }));
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
