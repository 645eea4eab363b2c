package dev.northstar.okr.reading;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;
import java.util.Objects;

/**
 * What Jira already knows about a key result since its last check-in (since its cycle began, before the first): the
 * evidence a check-in starts from, so that a member needs seconds, not a search. Immutable and ready to render, like
 * every view of {@link OkrViews}; each part is written into the one JSON object ({@link JsonUnwrapped}) but the
 * issue lists, which are objects of their own. An issue the caller may not browse is counted in a list's
 * {@code hidden}, never named.
 *
 * @param kind       the key result's kind ({@code issue-count}, {@code story-points}, {@code milestone},
 *                   {@code metric}); null when it cannot be measured (its configuration is wrong)
 * @param valueUse   what a value reported with a check-in is for: {@code none} (no metric: none is taken),
 *                   {@code check-in} (the metric reads the values reported with check-ins), {@code field} (written to
 *                   the Key Result issue's current value field), {@code computed} (the metric's JQL makes its value:
 *                   none is taken)
 * @param completed  issues in scope done after {@code since}, up to {@code until}, oldest first; null for a key
 *                   result without an issue scope (a metric) or that cannot be measured
 * @param entered    issues in scope now that were not then, in key order; null as {@code completed}
 * @param left       issues in scope then that are not now, in key order; null when not known ({@code scopeBasis}
 *                   {@code created}) or as {@code completed}
 * @param scopeBasis how {@code entered} and {@code left} are known: {@code recorded} (the scope recorded with the last
 *                   check-in, compared with the scope now), {@code created} (no scope was recorded then: entered are
 *                   the issues in scope created since, and which left is not known), {@code none} (no issue scope)
 */
public record SinceLastCheckIn(String keyResult, String kind, String valueUse, @JsonUnwrapped Window window,
                               @JsonUnwrapped Movement movement, IssueList completed, IssueList entered,
                               IssueList left, String scopeBasis) {
    public SinceLastCheckIn {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(movement, "movement");
    }

    /**
     * The stretch of time the evidence covers.
     *
     * @param since          the last check-in's instant, or the cycle's start before the first check-in
     * @param sinceBasis     {@code last-check-in} or {@code cycle-start}
     * @param until          the instant of the figures now, as the key result's own read has it: now while the cycle
     *                       runs, its end once it ended
     * @param figuresAt      why the figures are as of {@code until}: {@code now} or {@code cycle-end}
     * @param lastConfidence the last check-in's confidence (1 to 10), which a new check-in starts from; null before
     *                       the first
     * @param lastAuthor     the last check-in's author (the Jira user key); null before the first
     */
    public record Window(String since, String sinceBasis, String until, String figuresAt, Integer lastConfidence,
                         String lastAuthor) {
    }

    /**
     * How far the key result moved: its progress (and a metric's value) as the engine measures it at {@code since}
     * and at {@code until}. Progress then is measured today over the scope as it stood then as far as Jira tells it
     * (the issues in scope now that existed then), as every as-of figure of the app is; null when the key result
     * cannot be measured. A value is null for a key result that is no metric, or before its first value.
     */
    public record Movement(Double progressThen, Double progressNow, Double valueThen, Double valueNow, String unit) {
    }

    /** Issues the caller may browse, and how many more they may not. */
    public record IssueList(List<String> keys, int hidden) {
        public IssueList {
            keys = List.copyOf(keys);
        }
    }
}
