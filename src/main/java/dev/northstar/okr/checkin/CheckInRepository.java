package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where check-ins are kept. Append-only: a check-in is a record of what the team believed at a time, so it is
 * never edited or removed, and the trend is read from the history. Only the key it is filed under changes, when
 * the key result's issue moves.
 */
public interface CheckInRepository {
    /** The most check-ins one call returns: callers page through history, never load it whole. */
    int MAX_LIMIT = 500;
    /**
     * The most issue keys recorded with one check-in (about 200 KB of text): a larger scope is not recorded, and what
     * entered the scope since is then told from the issues' creation dates, as before the first check-in.
     */
    int MAX_SCOPE = 20_000;

    /**
     * Stores a check-in. Concurrent calls, for the same key result too, all succeed and lose nothing.
     *
     * @return the check-in as stored (its time kept to the millisecond)
     */
    default CheckIn add(CheckIn checkIn) {
        return add(checkIn, null);
    }

    /**
     * Stores a check-in with the keys of the issues in its key result's scope at that moment, both or neither.
     *
     * @param scope the issue keys to record with it; null (or more than {@link #MAX_SCOPE}) records none
     * @return the check-in as stored (its time kept to the millisecond)
     */
    CheckIn add(CheckIn checkIn, Collection<String> scope);

    /**
     * The issue keys recorded with the key result's check-in made at {@code time} (as stored, to the millisecond),
     * sorted; empty when none was recorded (a check-in made before scopes were recorded, a metric, a scope too large).
     */
    Optional<List<String>> scopeAt(String keyResultKey, Instant time);

    /**
     * The newest check-ins of a key result, newest first (the later one first when two share a millisecond).
     *
     * @param limit how many at most, 1 to {@link #MAX_LIMIT}
     */
    List<CheckIn> latest(String keyResultKey, int limit);

    /**
     * The newest check-ins of each key result, as {@link #latest} gives them, by key result (none: no entry). A view
     * reads those of hundreds of key results: the database implementation does it in one query per
     * {@value dev.northstar.okr.storage.IssueKeyedRows#CHUNK} key results rather than one per key result.
     */
    default Map<String, List<CheckIn>> latestOfEach(Collection<String> keyResultKeys, int limit) {
        Map<String, List<CheckIn>> newest = new HashMap<>();
        for (String key : new LinkedHashSet<>(keyResultKeys)) {
            List<CheckIn> mine = latest(key, limit);
            if (!mine.isEmpty()) {
                newest.put(key, mine);
            }
        }
        return newest;
    }

    /** How many check-ins a key result has. */
    int count(String keyResultKey);

    /**
     * The key result's issue moved and got a new key: its check-ins and their recorded scopes follow it, added to any
     * under the new key.
     */
    void rename(String oldKey, String newKey);
}
