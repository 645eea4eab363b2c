package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;

import java.util.List;

/** A page of a key result's check-ins, newest first, with how many there are in all and the trend. */
public record CheckInHistory(String keyResultKey, int total, List<CheckIn> checkIns, Trend trend) {
    public CheckInHistory {
        checkIns = List.copyOf(checkIns);
    }
}
