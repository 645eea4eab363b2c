package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.domain.TimedValue;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The as-of rules of a JQL metric: count, sum and average over the issues found, rebuilt from their history. */
public class JqlAggregateTest {
    private static final String FIELD = "customfield_10002";
    private static final Instant CYCLE = Instant.parse("2015-07-01T00:00:00Z");

    private static Instant day(int july) {
        return Instant.parse(String.format("2015-07-%02dT00:00:00Z", july));
    }

    private static IssueFact issue(String key, Instant created, TimedValue... values) {
        return IssueFact.builder(key).type("Story").statusCategory(StatusCategory.TO_DO).created(created)
                .updated(created)
                .numericFields(values.length == 0 ? Map.of() : Map.of(FIELD, NumericHistory.of(List.of(values))))
                .build();
    }

    private static Optional<Double> at(NumericHistory h, Instant t) {
        return h.at(t).map(TimedValue::value);
    }

    @Test
    public void shouldCountTheIssuesCreatedAtOrBeforeTheInstantFromZeroAtTheCycleStart() {
        NumericHistory count = JqlAggregate.of(JqlAggregate.Kind.COUNT,
                List.of(issue("AC-1", day(5)), issue("AC-2", day(5)), issue("AC-3", day(9))), "", CYCLE);
        assertEquals(Optional.of(0.0), at(count, day(2)));
        assertEquals("two created the same instant", Optional.of(2.0), at(count, day(5)));
        assertEquals(Optional.of(3.0), at(count, day(20)));
        assertEquals("nothing found: 0 all cycle", Optional.of(0.0),
                at(JqlAggregate.of(JqlAggregate.Kind.COUNT, List.of(), "", CYCLE), day(20)));
    }

    @Test
    public void shouldSumEachValueAsItStoodAndAddNothingForAnIssueWithout() {
        NumericHistory sum = JqlAggregate.of(JqlAggregate.Kind.SUM, List.of(
                issue("AC-1", day(2), new TimedValue(day(2), 0.1), new TimedValue(day(10), 0.2)),
                issue("AC-2", day(5), new TimedValue(day(5), 3)),
                issue("AC-3", day(6))), FIELD, CYCLE);
        assertEquals(Optional.of(0.0), at(sum, day(1)));
        assertEquals(Optional.of(0.1), at(sum, day(3)));
        assertEquals(Optional.of(3.1), at(sum, day(7)));
        assertEquals("exact, not 3.3000000000000003", Optional.of(3.2), at(sum, day(10)));
    }

    @Test
    public void shouldAverageOnlyTheIssuesWithAValueAndHaveNoneBeforeTheFirst() {
        NumericHistory average = JqlAggregate.of(JqlAggregate.Kind.AVERAGE, List.of(
                issue("AC-1", day(2)),
                issue("AC-2", day(5), new TimedValue(day(5), 4)),
                issue("AC-3", day(6), new TimedValue(day(8), 2))), FIELD, CYCLE);
        assertTrue(at(average, day(3)).isEmpty());
        assertEquals(Optional.of(4.0), at(average, day(6)));
        assertEquals("AC-3 got its value on the 8th", Optional.of(3.0), at(average, day(8)));
    }
}
