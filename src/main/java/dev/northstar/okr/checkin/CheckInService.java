package dev.northstar.okr.checkin;

import dev.northstar.okr.checkin.CheckInSubject.Subject;
import dev.northstar.okr.domain.Checks;
import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.host.UserNames;
import dev.northstar.okr.settings.SettingsService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weekly confidence check-ins on key results: adding one for the calling user now, and reading the history with
 * its trend and its authors' names. Who may do either is the REST layer's question (browse the KR to read, edit it
 * to check in). A key result of a closed cycle takes no check-ins ({@link CheckInWindow}). A check-in records the
 * issues in its key result's scope ({@link CheckInSubject}), so that the next one can tell what entered or left it;
 * a metric's value reported with it is for a metric only, and is written to the Key Result issue's field when the
 * metric reads it from there ({@link MetricValueWriter}).
 */
public class CheckInService {
    /** A fall of this many points or more between two check-ins is flagged as a drop. */
    public static final int DROP = 2;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_NOTE = 4000;

    private final CheckInRepository checkIns;
    private final SettingsService settings;
    private final CheckInWindow window;
    private final CheckInSubject subject;
    private final MetricValueWriter values;
    private final UserNames names;
    private final Clock clock;

    /** Check-ins for key results whose cycle is never closed (tests of the check-in rules alone). */
    public CheckInService(CheckInRepository checkIns, SettingsService settings) {
        this(checkIns, settings, CheckInWindow.ALWAYS_OPEN, Clock.systemUTC());
    }

    public CheckInService(CheckInRepository checkIns, SettingsService settings, CheckInWindow window) {
        this(checkIns, settings, window, Clock.systemUTC());
    }

    CheckInService(CheckInRepository checkIns, SettingsService settings, Clock clock) {
        this(checkIns, settings, CheckInWindow.ALWAYS_OPEN, clock);
    }

    CheckInService(CheckInRepository checkIns, SettingsService settings, CheckInWindow window, Clock clock) {
        this(checkIns, settings, window, CheckInSubject.UNKNOWN, new NoMetricValueWriter(), UserNames.KEYS_ONLY,
                clock);
    }

    /**
     * The service as the app wires it: the read side answers the window and the subject, the host the names, and
     * {@code values} writes a metric's reported value to Jira.
     */
    public CheckInService(CheckInRepository checkIns, SettingsService settings, CheckInWindow window,
                          CheckInSubject subject, MetricValueWriter values, UserNames names, Clock clock) {
        this.checkIns = checkIns;
        this.settings = settings;
        this.window = window;
        this.subject = subject;
        this.values = values;
        this.names = names;
        this.clock = clock;
    }

    /** Records {@code authorKey}'s confidence now; the domain refuses confidence outside 1..10. */
    public CheckIn add(String keyResultKey, int confidence, String note, String authorKey) {
        return add(keyResultKey, confidence, note, null, authorKey);
    }

    /**
     * Records {@code authorKey}'s confidence now, with the metric's value as the team reports it (null for none), and
     * the issues in the key result's scope now. The domain refuses confidence outside 1..10 and a value that is not
     * finite; a value is refused for a key result that is no metric ({@code okr.error.checkInValueNotMetric}) or whose
     * value its JQL makes ({@code okr.error.checkInValueComputed}), and written to the Key Result issue first when the
     * metric reads it from there (a refusal there stores nothing). A key result of a closed cycle is refused
     * ({@link ConflictException}, {@code okr.error.checkInCycleClosed}).
     */
    public CheckIn add(String keyResultKey, int confidence, String note, Double value, String authorKey) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "okr.error.textTooLong", MAX_NOTE);
        }
        if (value != null) {
            Checks.bounded(value, "value");
        }
        Optional<String> closed = window.closedCycleOf(keyResultKey);
        if (closed.isPresent()) {
            throw new ConflictException(null, "okr.error.checkInCycleClosed", keyResultKey, closed.get());
        }
        CheckIn checkIn = new CheckIn(keyResultKey, confidence, note == null ? "" : note.strip(), authorKey,
                clock.instant(), value);
        Subject about = subject.about(keyResultKey);
        if (value != null) {
            switch (about.valueUse()) {
                case NONE -> throw new InvalidInputException("value", "okr.error.checkInValueNotMetric",
                        keyResultKey);
                case COMPUTED -> throw new InvalidInputException("value", "okr.error.checkInValueComputed",
                        keyResultKey);
                case FIELD -> values.write(keyResultKey, value);
                case CHECK_IN -> {
                    // the check-in itself holds the metric's value
                }
            }
        }
        return checkIns.add(checkIn, about.scope());
    }

    /** The newest {@code limit} check-ins, newest first, and the trend of the latest two. */
    public CheckInHistory history(String keyResultKey, int limit) {
        if (limit < 1 || limit > CheckInRepository.MAX_LIMIT) {
            throw new InvalidInputException("limit", "okr.error.outOfRange", 1, CheckInRepository.MAX_LIMIT);
        }
        List<CheckIn> newest = checkIns.latest(keyResultKey, Math.max(limit, 2));
        int total = checkIns.count(keyResultKey);
        List<CheckIn> page = newest.subList(0, Math.min(limit, newest.size()));
        return new CheckInHistory(keyResultKey, Math.max(total, newest.size()), page, trend(newest), authors(page));
    }

    /** Each author's name as the host shows it now; the stored key for a user the host no longer knows. */
    private Map<String, String> authors(List<CheckIn> page) {
        Map<String, String> authors = new LinkedHashMap<>();
        for (CheckIn c : page) {
            authors.computeIfAbsent(c.author(), key -> names.displayName(key).orElse(key));
        }
        return authors;
    }

    private Trend trend(List<CheckIn> newestFirst) {
        int staleDays = settings.current().staleDays();
        if (newestFirst.isEmpty()) {
            return new Trend(null, null, null, false, null, null, false, staleDays);
        }
        CheckIn last = newestFirst.get(0);
        Instant now = clock.instant();
        Duration quiet = now.isAfter(last.time()) ? Duration.between(last.time(), now) : Duration.ZERO;
        boolean stale = quiet.compareTo(Duration.ofDays(staleDays)) > 0;
        if (newestFirst.size() < 2) {
            return new Trend(last.confidence(), null, null, false, last.time(), quiet.toDays(), stale, staleDays);
        }
        int change = last.confidence() - newestFirst.get(1).confidence();
        Trend.Direction direction = change > 0 ? Trend.Direction.UP
                : change < 0 ? Trend.Direction.DOWN : Trend.Direction.FLAT;
        return new Trend(last.confidence(), change, direction, change <= -DROP, last.time(), quiet.toDays(), stale,
                staleDays);
    }
}
