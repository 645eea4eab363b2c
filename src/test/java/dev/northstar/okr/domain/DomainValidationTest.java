package dev.northstar.okr.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class DomainValidationTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2024-04-01T00:00:00Z");

    @Test
    public void shouldRejectMetricTargetEqualToStartNamingTheField() {
        DomainException e = assertThrows(DomainException.class, () -> MetricSpec.increase(5, 5));
        assertEquals("okr.error.targetEqualsStart", e.messageKey());
        assertEquals("target", e.field());
        assertTrue(e.getMessage().contains("target equals start"));
    }

    @Test
    public void shouldRejectConfidenceOutsideOneToTen() {
        DomainException e = assertThrows(DomainException.class, () -> new CheckIn("KR", 11, "", "", T0));
        assertEquals("confidence", e.field());
        assertThrows(DomainException.class, () -> new CheckIn("KR", 0, "", "", T0));
        assertEquals(10, new CheckIn("KR", 10, null, null, T0).confidence());
    }

    @Test
    public void shouldRejectNegativeAndNonFiniteWeights() {
        assertEquals("okr.error.negativeWeight", assertThrows(DomainException.class, () -> Weight.of(-0.5)).messageKey());
        assertEquals("okr.error.notFinite", assertThrows(DomainException.class, () -> Weight.of(Double.NaN)).messageKey());
        assertThrows(DomainException.class, () -> Weight.of(Double.POSITIVE_INFINITY));
        assertTrue(Weight.of(0).excludes());
    }

    @Test
    public void shouldRejectNaNMetricValues() {
        assertThrows(DomainException.class, () -> MetricSpec.increase(Double.NaN, 3));
        assertThrows(DomainException.class, () -> new TimedValue(T0, Double.NaN));
        assertThrows(DomainException.class, () -> MetricSource.constant(Double.POSITIVE_INFINITY));
    }

    @Test
    public void shouldRejectACycleEndingBeforeItStarts() {
        DomainException e = assertThrows(DomainException.class, () -> new Cycle("Q", T1, T0));
        assertEquals("cycle.end", e.field());
        assertThrows(DomainException.class, () -> new Cycle("Q", T0, T0));
    }

    @Test
    public void shouldRejectDirectionsThatContradictTheirTargetAndInvertedBands() {
        assertThrows(DomainException.class, () -> MetricSpec.increase(10, 5));
        assertThrows(DomainException.class, () -> MetricSpec.decrease(5, 10));
        assertEquals("low", assertThrows(DomainException.class, () -> MetricSpec.maintain(3, 1)).field());
    }

    @Test
    public void shouldRejectImpactAndEffortOutsideOneToFive() {
        assertThrows(DomainException.class, () -> new Initiative("A-1", InitiativeScope.MUST_HAVE, 6, 0));
        assertThrows(DomainException.class, () -> new Initiative("A-1", InitiativeScope.NICE_TO_HAVE, 3, -1));
        assertEquals(5, new Initiative("A-1", InitiativeScope.NICE_TO_HAVE, 5, 1).impact());
    }

    @Test
    public void shouldRankInitiativesByScopeThenImpactPerEffort() {
        Initiative cheap = new Initiative("A-1", InitiativeScope.MUST_HAVE, 4, 1);
        Initiative costly = new Initiative("A-2", InitiativeScope.MUST_HAVE, 5, 5);
        Initiative nice = new Initiative("A-3", InitiativeScope.NICE_TO_HAVE, 5, 1);
        Initiative unscored = Initiative.of("A-4");
        List<Initiative> ranked = new java.util.ArrayList<>(List.of(nice, unscored, costly, cheap));
        ranked.sort(Initiative.BY_PRIORITY);
        assertEquals(List.of(cheap, costly, unscored, nice), ranked);
    }

    @Test
    public void shouldRejectUnknownKindsWithTheExpectedValues() {
        DomainException e = assertThrows(DomainException.class, () -> KeyResultKind.fromId("velocity"));
        assertTrue(e.getMessage().contains("velocity") && e.getMessage().contains("issue-count"));
        assertEquals(KeyResultKind.STORY_POINTS, KeyResultKind.fromId("story-points"));
    }

    @Test
    public void shouldRejectAMetricKeyResultWithoutItsSpecAndAMilestoneWithoutAnIssue() {
        assertThrows(DomainException.class, () -> new KeyResult("K", null, KeyResultKind.METRIC, null, null, null,
                MetricSource.constant(1), null, false));
        assertThrows(DomainException.class, () -> new KeyResult("K", null, KeyResultKind.MILESTONE, null, null, null,
                null, null, false));
    }

    private static Objective objective(String key, String owner, String parent, KeyResult... krs) {
        return new Objective(key, key, owner, parent, false, Weight.ONE, List.of(krs), List.of());
    }

    private static KeyResult focus(String key) {
        return new KeyResult(key, key, KeyResultKind.ISSUE_COUNT, Weight.ONE, List.of(Initiative.of("A-1")), null,
                null, null, true);
    }

    @Test
    public void shouldAllowOneFocusMetricPerOwnerAndCycle() {
        Cycle c = new Cycle("Q", T0, T1);
        new OkrPlan(c, List.of(objective("O1", "team a", null, focus("K1")), objective("O2", "team b", null, focus("K2"))), null);
        DomainException e = assertThrows(DomainException.class, () -> new OkrPlan(c,
                List.of(objective("O1", "team a", null, focus("K1")), objective("O2", "team a", null, focus("K2"))), null));
        assertEquals("okr.error.focusMetric", e.messageKey());
    }

    @Test
    public void shouldRejectUnknownAndCyclicParents() {
        Cycle c = new Cycle("Q", T0, T1);
        assertEquals("okr.error.unknownParent", assertThrows(DomainException.class,
                () -> new OkrPlan(c, List.of(objective("O1", "", "NOPE")), null)).messageKey());
        assertEquals("okr.error.parentCycle", assertThrows(DomainException.class,
                () -> new OkrPlan(c, List.of(objective("O1", "", "O2"), objective("O2", "", "O1")), null)).messageKey());
        assertEquals("okr.error.duplicateKey", assertThrows(DomainException.class,
                () -> new OkrPlan(c, List.of(objective("O1", ""), objective("O1", "")), null)).messageKey());
    }

    private static Objective objective(String key, String owner) {
        return objective(key, owner, null);
    }

    @Test
    public void shouldTakeTheLastValueSetAtOrBeforeAnInstant() {
        NumericHistory h = NumericHistory.of(List.of(new TimedValue(T1, 2), new TimedValue(T0, 1)));
        assertTrue(h.at(T0.minusSeconds(1)).isEmpty());
        assertEquals(1.0, h.at(T0).orElseThrow().value(), 0);
        assertEquals(2.0, h.at(T1).orElseThrow().value(), 0);
    }

    @Test
    public void shouldParseIssueKeysAndRefuseOthers() {
        assertEquals(new IssueKey("TIMOB", 1234), IssueKey.parse("TIMOB-1234"));
        assertEquals(new IssueKey("MY-PROJ", 7), IssueKey.parse("MY-PROJ-7"));
        assertThrows(DomainException.class, () -> IssueKey.parse("TIMOB"));
        assertThrows(DomainException.class, () -> IssueKey.parse("TIMOB-x"));
        assertTrue(IssueKey.KEY_ORDER.compare("TIMOB-9", "TIMOB-10") < 0);
    }
}
