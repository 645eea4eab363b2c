package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;
import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.host.IssueMoves;
import dev.northstar.okr.host.OkrCache;
import dev.northstar.okr.storage.IssueKeyedRows;
import dev.northstar.okr.storage.RowCache;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Check-ins in Active Objects, each with the scope recorded when it was made. Entities stay in here; callers get
 * immutable {@link CheckIn} values and key lists. As an {@link IssueMoves}, the history follows a key result whose
 * issue moves to another project.
 */
public class AoCheckInRepository implements CheckInRepository, IssueMoves {
    // Plain upper-case column names: Active Objects quotes them per database (a double-quoted name would be a
    // string literal on MySQL).
    private static final String BY_KEY_RESULT = CheckInEntity.KEY_RESULT_KEY + " = ?";
    private static final String NEWEST_FIRST = CheckInEntity.CHECKED_AT + " DESC, ID DESC";
    private static final String SCOPE_AT = CheckInScopeEntity.KEY_RESULT_KEY + " = ? AND "
            + CheckInScopeEntity.CHECKED_AT + " = ?";

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<List<CheckIn>> CHECK_INS = (Class) List.class;

    private final ActiveObjects activeObjects;
    /** Each key result's latest check-ins, kept between writes: each overview reads those of all its key results. */
    private final RowCache cache;

    /** With the app's shared cache: the constructor the app is wired with. */
    public AoCheckInRepository(ActiveObjects activeObjects, OkrCache cache) {
        this(activeObjects, new RowCache(cache, "check-ins"));
    }

    /** Reading the database every time (tests). */
    public AoCheckInRepository(ActiveObjects activeObjects) {
        this(activeObjects, RowCache.none("check-ins"));
    }

    private AoCheckInRepository(ActiveObjects activeObjects, RowCache cache) {
        this.activeObjects = activeObjects;
        this.cache = cache;
    }

    @Override
    public CheckIn add(CheckIn checkIn, Collection<String> scope) {
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
        List<DBParam> recorded = scope == null || scope.size() > MAX_SCOPE ? null
                : scopeColumns(checkIn.keyResultKey(), time, scope);
        // Inserts need no lock: concurrent check-ins each get their own rows and IDs.
        cache.writing(() -> activeObjects.executeInTransaction(() -> {
            activeObjects.create(CheckInEntity.class, columns.toArray(new DBParam[0]));
            if (recorded != null) {
                activeObjects.create(CheckInScopeEntity.class, recorded.toArray(new DBParam[0]));
            }
            return null;
        }));
        return new CheckIn(checkIn.keyResultKey(), checkIn.confidence(), checkIn.note(), checkIn.author(), time,
                checkIn.value());
    }

    private static List<DBParam> scopeColumns(String keyResultKey, Instant time, Collection<String> scope) {
        TreeSet<String> keys = new TreeSet<>(scope);
        List<DBParam> columns = new ArrayList<>(List.of(
                new DBParam(CheckInScopeEntity.KEY_RESULT_KEY, keyResultKey),
                new DBParam(CheckInScopeEntity.CHECKED_AT, time.toEpochMilli()),
                new DBParam(CheckInScopeEntity.ISSUE_COUNT, keys.size())));
        if (!keys.isEmpty()) {
            columns.add(new DBParam(CheckInScopeEntity.ISSUE_KEYS, String.join(" ", keys)));
        }
        return columns;
    }

    @Override
    public Optional<List<String>> scopeAt(String keyResultKey, Instant time) {
        CheckInScopeEntity[] rows = activeObjects.find(CheckInScopeEntity.class, Query.select()
                .where(SCOPE_AT, keyResultKey, time.truncatedTo(ChronoUnit.MILLIS).toEpochMilli())
                .order("ID DESC").limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        String text = rows[0].getIssueKeys();
        List<String> keys = text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split(" +"));
        // a text cut short by the database would be a different scope: better none than a wrong one
        return keys.size() == rows[0].getIssueCount() ? Optional.of(List.copyOf(keys)) : Optional.empty();
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
    public Map<String, List<CheckIn>> latestOfEach(Collection<String> keyResultKeys, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "okr.error.outOfRange", 1, MAX_LIMIT);
        }
        return cache.byKey("latest-" + limit, keyResultKeys, CHECK_INS, keys -> latestOfEachRead(keys, limit));
    }

    private Map<String, List<CheckIn>> latestOfEachRead(Collection<String> keyResultKeys, int limit) {
        // the rows of all of them in one query per chunk (IssueKeyedRows), then newest first as latest() orders them
        List<CheckInEntity> rows = new ArrayList<>(new IssueKeyedRows<>(activeObjects, CheckInEntity.class,
                CheckInEntity.KEY_RESULT_KEY, CheckInEntity::setKeyResultKey).rows(keyResultKeys));
        rows.sort(Comparator.comparingLong(CheckInEntity::getCheckedAt).thenComparingInt(CheckInEntity::getID)
                .reversed());
        Map<String, List<CheckIn>> newest = new HashMap<>();
        for (CheckInEntity row : rows) {
            List<CheckIn> mine = newest.computeIfAbsent(row.getKeyResultKey(), k -> new ArrayList<>());
            if (mine.size() < limit) {
                mine.add(toValue(row));
            }
        }
        newest.replaceAll((key, checkIns) -> List.copyOf(checkIns));
        return newest;
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
        cache.writing(() -> activeObjects.executeInTransaction(() -> {
            for (CheckInEntity row : activeObjects.find(CheckInEntity.class,
                    Query.select().where(BY_KEY_RESULT, oldKey))) {
                row.setKeyResultKey(newKey);
                row.save();
            }
            for (CheckInScopeEntity row : activeObjects.find(CheckInScopeEntity.class,
                    Query.select().where(CheckInScopeEntity.KEY_RESULT_KEY + " = ?", oldKey))) {
                row.setKeyResultKey(newKey);
                row.save();
            }
            return null;
        }));
    }

    private static CheckIn toValue(CheckInEntity row) {
        return new CheckIn(row.getKeyResultKey(), row.getConfidence(), row.getNote(), row.getAuthorKey(),
                Instant.ofEpochMilli(row.getCheckedAt()), row.getMetricValue());
    }
}
