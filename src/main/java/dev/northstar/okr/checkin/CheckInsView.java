package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;

import java.util.List;
import java.util.Locale;

/**
 * A key result's check-ins as the REST API shows them: a page, newest first, the total, and the trend. Instants
 * are ISO-8601 text; {@code author} is the Jira user key, {@code authorName} the name Jira shows for that user now.
 */
public record CheckInsView(String keyResult, int total, List<Entry> checkIns, TrendView trend) {
    public CheckInsView {
        checkIns = List.copyOf(checkIns);
    }

    /**
     * One check-in; {@code value} is the metric's value reported with it, null when none was; {@code authorName} is
     * the author's display name in Jira, the key itself for a user Jira no longer knows.
     */
    public record Entry(int confidence, String note, String author, String authorName, String time, Double value) {
        /** A check-in without a value, its author shown by key. */
        public Entry(int confidence, String note, String author, String time) {
            this(confidence, note, author, author, time, null);
        }
    }

    /** The trend; {@code direction} is up, down or flat, null like {@code change} with fewer than two check-ins. */
    public record TrendView(Integer latest, Integer change, String direction, boolean dropped, String lastCheckInAt,
                            Long daysSinceLastCheckIn, boolean stale, int staleDays) {
    }

    static CheckInsView of(CheckInHistory history) {
        Trend t = history.trend();
        return new CheckInsView(history.keyResultKey(), history.total(),
                history.checkIns().stream().map(c -> entry(c, history.authorName(c))).toList(),
                new TrendView(t.latest(), t.change(),
                        t.direction() == null ? null : t.direction().name().toLowerCase(Locale.ROOT), t.dropped(),
                        t.lastAt() == null ? null : t.lastAt().toString(), t.quietDays(), t.stale(), t.staleDays()));
    }

    private static Entry entry(CheckIn checkIn, String authorName) {
        return new Entry(checkIn.confidence(), checkIn.note(), checkIn.author(), authorName,
                checkIn.time().toString(), checkIn.value());
    }
}
