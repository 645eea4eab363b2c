package dev.northstar.okr.checkin;

import java.time.Instant;

/**
 * What the latest check-ins of a key result say, for the weekly review: the trend matters more than the value, and
 * a drop is a conversation at the next review.
 *
 * @param latest     latest confidence, null before the first check-in
 * @param change     latest minus the one before, null with fewer than two check-ins
 * @param direction  which way confidence moved, null with fewer than two check-ins
 * @param dropped    confidence fell by {@link CheckInService#DROP} or more since the previous check-in
 * @param lastAt     when the latest check-in was made, null before the first
 * @param quietDays  whole days since the latest check-in, null before the first
 * @param stale      no check-in for more than {@code staleDays}; a KR never checked in is not flagged here, since
 *                   only its cycle says since when it is quiet
 * @param staleDays  the admin setting in force
 */
public record Trend(Integer latest, Integer change, Direction direction, boolean dropped, Instant lastAt,
                    Long quietDays, boolean stale, int staleDays) {

    /** Which way confidence moved between the last two check-ins. */
    public enum Direction {
        UP, DOWN, FLAT
    }
}
