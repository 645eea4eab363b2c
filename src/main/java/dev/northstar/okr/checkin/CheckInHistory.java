package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;

import java.util.List;
import java.util.Map;

/**
 * A page of a key result's check-ins, newest first, with how many there are in all, the trend, and the name the
 * host shows for each author of the page (by the user key the check-in stores; the key itself for a user the host no
 * longer knows).
 */
public record CheckInHistory(String keyResultKey, int total, List<CheckIn> checkIns, Trend trend,
                             Map<String, String> authorNames) {
    public CheckInHistory {
        checkIns = List.copyOf(checkIns);
        authorNames = Map.copyOf(authorNames);
    }

    /** A page whose authors are shown by their keys. */
    public CheckInHistory(String keyResultKey, int total, List<CheckIn> checkIns, Trend trend) {
        this(keyResultKey, total, checkIns, trend, Map.of());
    }

    /** The name to show for the check-in's author. */
    public String authorName(CheckIn checkIn) {
        return authorNames.getOrDefault(checkIn.author(), checkIn.author());
    }
}
