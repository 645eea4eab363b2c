package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;
import java.util.List;

/**
 * Where check-ins are kept. Append-only: a check-in is a record of what the team believed at a time, so it is
 * never edited or removed, and the trend is read from the history. Only the key it is filed under changes, when
 * the key result's issue moves.
 */
public interface CheckInRepository {
    /** The most check-ins one call returns: callers page through history, never load it whole. */
    int MAX_LIMIT = 500;

    /**
     * Stores a check-in. Concurrent calls, for the same key result too, all succeed and lose nothing.
     *
     * @return the check-in as stored (its time kept to the millisecond)
     */
    CheckIn add(CheckIn checkIn);

    /**
     * The newest check-ins of a key result, newest first (the later one first when two share a millisecond).
     *
     * @param limit how many at most, 1 to {@link #MAX_LIMIT}
     */
    List<CheckIn> latest(String keyResultKey, int limit);

    /** How many check-ins a key result has. */
    int count(String keyResultKey);

    /** The key result's issue moved and got a new key: its check-ins follow it, added to any under the new key. */
    void rename(String oldKey, String newKey);
}
