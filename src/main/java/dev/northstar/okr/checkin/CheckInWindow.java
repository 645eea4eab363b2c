package dev.northstar.okr.checkin;

import java.util.Optional;

/**
 * Whether a key result still takes check-ins: a key result of a closed cycle does not (the cycle is a record for
 * grading and no longer changes). Answered by the read side, which knows a key result's objective and its cycle.
 */
public interface CheckInWindow {
    /** A window that never closes: every key result takes check-ins. */
    CheckInWindow ALWAYS_OPEN = keyResultKey -> Optional.empty();

    /** The name of the closed cycle the key result belongs to; empty while it is open (or in no cycle). */
    Optional<String> closedCycleOf(String keyResultKey);
}
