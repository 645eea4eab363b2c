package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;
import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.host.IssueMoves;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Check-ins in Active Objects. Entities stay in here; callers get immutable {@link CheckIn} values. As an
 * {@link IssueMoves}, the history follows a key result whose issue moves to another project.
 */
public class AoCheckInRepository implements CheckInRepository, IssueMoves {
    // Plain upper-case column names: Active Objects quotes them per database (a double-quoted name would be a
    // string literal on MySQL).
    private static final String BY_KEY_RESULT = CheckInEntity.KEY_RESULT_KEY + " = ?";
    private static final String NEWEST_FIRST = CheckInEntity.CHECKED_AT + " DESC, ID DESC";

    private final ActiveObjects activeObjects;

    public AoCheckInRepository(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public CheckIn add(CheckIn checkIn) {
        Instant time = checkIn.time().truncatedTo(ChronoUnit.MILLIS);
        List<DBParam> columns = new ArrayList<>(List.of(
                new DBParam(CheckInEntity.KEY_RESULT_KEY, checkIn.keyResultKey()),
                new DBParam(CheckInEntity.CONFIDENCE, checkIn.confidence()),
                new DBParam(CheckInEntity.AUTHOR_KEY, checkIn.author()),
                new DBParam(CheckInEntity.CHECKED_AT, time.toEpochMilli())));
        if (!checkIn.note().isEmpty()) {
            columns.add(new DBParam(CheckInEntity.NOTE, checkIn.note()));
        }
        if (checkIn.value() != null) {
            columns.add(new DBParam(CheckInEntity.METRIC_VALUE, checkIn.value()));
        }
        // One insert needs no lock: concurrent check-ins each get their own row and ID.
        activeObjects.executeInTransaction(
                () -> activeObjects.create(CheckInEntity.class, columns.toArray(new DBParam[0])));
        return new CheckIn(checkIn.keyResultKey(), checkIn.confidence(), checkIn.note(), checkIn.author(), time,
                checkIn.value());
    }

    @Override
    public List<CheckIn> latest(String keyResultKey, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "okr.error.outOfRange", 1, MAX_LIMIT);
        }
        CheckInEntity[] rows = activeObjects.find(CheckInEntity.class,
                Query.select().where(BY_KEY_RESULT, keyResultKey).order(NEWEST_FIRST).limit(limit));
        List<CheckIn> checkIns = new ArrayList<>(rows.length);
        for (CheckInEntity row : rows) {
            checkIns.add(toValue(row));
        }
        return List.copyOf(checkIns);
    }

    @Override
    public int count(String keyResultKey) {
        return activeObjects.count(CheckInEntity.class, Query.select().where(BY_KEY_RESULT, keyResultKey));
    }

    @Override
    public void rename(String oldKey, String newKey) {
        if (oldKey.equals(newKey)) {
            return;
        }
        // One transaction: a reader sees the whole history under one key, never split between the two.
        activeObjects.executeInTransaction(() -> {
            for (CheckInEntity row : activeObjects.find(CheckInEntity.class,
                    Query.select().where(BY_KEY_RESULT, oldKey))) {
                row.setKeyResultKey(newKey);
                row.save();
            }
            return null;
        });
    }

    private static CheckIn toValue(CheckInEntity row) {
        return new CheckIn(row.getKeyResultKey(), row.getConfidence(), row.getNote(), row.getAuthorKey(),
                Instant.ofEpochMilli(row.getCheckedAt()), row.getMetricValue());
    }
}
