package dev.northstar.okr.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.domain.InProgressSource;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.IssueTableBuilder;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.domain.StatusCredit;
import dev.northstar.okr.domain.Weight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * Status-category partial credit on hand-made issues: an issue earns the in-progress weight at t only when it had
 * left "to do" by t, with the fallbacks (done instant, last update) the data guarantees.
 */
public class StatusCreditRulesTest {
    private static final double EPS = 1e-12;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Cycle CYCLE = new Cycle("Q1", START, START.plus(Duration.ofDays(100)));
    private static final StatusCredit HALF = new StatusCredit(0, 0.5, 1);

    private static Instant day(int d) {
        return START.plus(Duration.ofDays(d));
    }

    private static IssueFact issue(String key, StatusCategory category, Instant updated, Instant resolved,
            Instant firstDone, Instant firstInProgress, Double points) {
        return IssueFact.builder(key).type("Story").statusCategory(category).created(day(1)).resolved(resolved)
                .updated(updated).firstDoneTransition(firstDone).firstInProgress(firstInProgress).epicKey("E-1")
                .storyPoints(points).sprintIds(List.of(7)).build();
    }

    /**
     * E-1 epic with five children:
     * E-2 done, history: started day 10, done day 30 (3 points);
     * E-3 done, no history: resolved day 40 (5 points);
     * E-4 in progress, history: started day 20 (2 points);
     * E-5 in progress, no history: last updated day 25 (unestimated);
     * E-6 to do, updated day 5 (4 points).
     */
    private static IssueTable table() {
        IssueTableBuilder b = IssueTable.builder();
        b.add(IssueFact.simple("E-1", "Epic", StatusCategory.TO_DO, day(0), null, null, null, null));
        b.add(issue("E-2", StatusCategory.DONE, day(30), day(30), day(30), day(10), 3.0));
        b.add(issue("E-3", StatusCategory.DONE, day(40), day(40), null, null, 5.0));
        b.add(issue("E-4", StatusCategory.IN_PROGRESS, day(45), null, null, day(20), 2.0));
        b.add(issue("E-5", StatusCategory.IN_PROGRESS, day(25), null, null, null, null));
        b.add(issue("E-6", StatusCategory.TO_DO, day(5), null, null, null, 4.0));
        return b.build();
    }

    private static KeyResult kr(String key, KeyResultKind kind, StatusCredit credit) {
        return KeyResult.ofIssues(key, kind, List.of("E-1")).withStatusCredit(credit);
    }

    private static OkrPlan plan(KeyResult... krs) {
        return new OkrPlan(CYCLE, List.of(new Objective("O", "o", "team", null, false, Weight.ONE, List.of(krs),
                List.of())), List.of());
    }

    private static KeyResultProgress at(KeyResult kr, Instant t) {
        return new OkrEngine(table(), EngineOptions.defaults()).evaluate(plan(kr), t, true).keyResult(kr.key());
    }

    @Test
    public void shouldTakeTheInProgressInstantFromHistoryElseDoneElseLastUpdate() {
        IssueTable t = table();
        assertEquals(InProgressSource.TRANSITION, t.inProgressSource(t.rowOf("E-2")));
        assertEquals(day(10).toEpochMilli(), t.inProgressAt(t.rowOf("E-2")));
        assertEquals(InProgressSource.DONE, t.inProgressSource(t.rowOf("E-3")));
        assertEquals(day(40).toEpochMilli(), t.inProgressAt(t.rowOf("E-3")));
        assertEquals(InProgressSource.TRANSITION, t.inProgressSource(t.rowOf("E-4")));
        assertEquals(InProgressSource.UPDATED, t.inProgressSource(t.rowOf("E-5")));
        assertEquals(day(25).toEpochMilli(), t.inProgressAt(t.rowOf("E-5")));
        assertEquals(InProgressSource.NONE, t.inProgressSource(t.rowOf("E-6")));
        assertEquals(IssueTable.NEVER, t.inProgressAt(t.rowOf("E-6")));
    }

    @Test
    public void shouldNeverPutTheInProgressInstantAfterTheDoneInstant() {
        IssueFact odd = issue("E-9", StatusCategory.DONE, day(30), day(30), day(30), day(35), null);
        assertEquals(day(30), odd.inProgressAt());
    }

    @Test
    public void shouldGiveTheInProgressWeightOnlyFromTheInstantAnIssueLeftToDo() {
        KeyResult count = kr("C", KeyResultKind.ISSUE_COUNT, HALF);
        // day 9: nothing started; day 10: E-2 started; day 20: E-4 too; day 25: E-5 (its last update) too
        assertEquals(0.0, at(count, day(9)).progress(), EPS);
        assertEquals(0.5 / 5, at(count, day(10)).progress(), EPS);
        assertEquals(1.0 / 5, at(count, day(20)).progress(), EPS);
        assertEquals(1.5 / 5, at(count, day(25)).progress(), EPS);
        // day 30: E-2 done (1) + E-4 and E-5 in progress (0.5 each); E-3 has no history, so no credit before done
        assertEquals(2.0 / 5, at(count, day(30)).progress(), EPS);
        assertEquals(3.0 / 5, at(count, day(40)).progress(), EPS);
    }

    @Test
    public void shouldMatchDoneOnlyExactlyWithDefaultWeights() {
        for (KeyResultKind kind : List.of(KeyResultKind.ISSUE_COUNT, KeyResultKind.STORY_POINTS)) {
            for (int d : new int[] {0, 9, 10, 25, 30, 39, 40, 99}) {
                KeyResultProgress p = at(kr("D", kind, StatusCredit.DONE_ONLY), day(d));
                double expected = kind == KeyResultKind.ISSUE_COUNT
                        ? (p.issues().total() == 0 ? 0.0 : (double) p.issues().done() / p.issues().total())
                        : (p.issues().pointsTotal() == 0 ? 0.0 : p.issues().pointsDone() / p.issues().pointsTotal());
                assertEquals(kind + " day " + d, expected, p.progress(), 0.0);
                assertEquals(p.issues().done(), p.issues().credit(), 0.0);
                assertEquals(p.issues().pointsDone(), p.issues().pointsCredit(), 0.0);
            }
        }
        assertEquals("done issues / issues in scope",
                at(kr("D", KeyResultKind.ISSUE_COUNT, StatusCredit.DONE_ONLY), day(50)).explanation().formula());
    }

    @Test
    public void shouldWeightStoryPointsByEachIssuesCredit() {
        // day 30: E-2 done 3 x 1, E-4 in progress 2 x 0.5, E-5 unestimated, E-3 and E-6 to do: 4 of 14 points
        KeyResultProgress p = at(kr("P", KeyResultKind.STORY_POINTS, HALF), day(30));
        assertEquals(4.0, p.issues().pointsCredit(), EPS);
        assertEquals(14.0, p.issues().pointsTotal(), EPS);
        assertEquals(4.0 / 14, p.progress(), EPS);
        assertEquals(1, p.issues().unestimated());
        assertTrue(p.explanation().formula(), p.explanation().formula().contains("(to do 0, in progress 0.5, done 1)"));
    }

    @Test
    public void shouldCreditIssuesStillToDoWithTheToDoWeight() {
        KeyResultProgress p = at(kr("T", KeyResultKind.ISSUE_COUNT, new StatusCredit(0.1, 0.4, 1)), day(9));
        assertEquals(5 * 0.1 / 5, p.progress(), EPS);
    }

    @Test
    public void shouldShowEachIssuesCreditAndInProgressEvidenceInProvenance() {
        Map<String, IssueEvidence> e = at(kr("C", KeyResultKind.ISSUE_COUNT, HALF), day(30)).explanation().evidence().stream()
                .collect(Collectors.toMap(IssueEvidence::key, Function.identity()));
        assertEquals(1.0, e.get("E-2").asOf().credit(), EPS);
        assertEquals(0.0, e.get("E-3").asOf().credit(), EPS);
        assertEquals(day(40), e.get("E-3").dates().inProgressAt());
        assertEquals(InProgressSource.DONE, e.get("E-3").dates().inProgressSource());
        assertEquals(0.5, e.get("E-4").asOf().credit(), EPS);
        assertEquals(day(20), e.get("E-4").dates().inProgressAt());
        assertEquals(0.5, e.get("E-5").asOf().credit(), EPS);
        assertEquals(InProgressSource.UPDATED, e.get("E-5").dates().inProgressSource());
        assertEquals(0.0, e.get("E-6").asOf().credit(), EPS);
        assertNull(e.get("E-6").dates().inProgressAt());
        double sum = e.values().stream().mapToDouble(x -> x.asOf().credit()).sum();
        assertEquals(at(kr("C", KeyResultKind.ISSUE_COUNT, HALF), day(30)).issues().credit(), sum, EPS);
    }

    @Test
    public void shouldSayHowManyIssuesInProgressCreditRestsOnABoundRatherThanHistory() {
        // day 30: E-3 (done later, no history) and E-5 (in progress, no history); day 40: E-3 is done
        assertTrue(at(kr("C", KeyResultKind.ISSUE_COUNT, HALF), day(30)).explanation().notes().stream()
                .anyMatch(n -> n.startsWith("2 issues not done at") && n.contains("no status change history")));
        assertTrue(at(kr("C", KeyResultKind.ISSUE_COUNT, HALF), day(40)).explanation().notes().stream()
                .anyMatch(n -> n.startsWith("1 issue not done at")));
        assertTrue("done-only credit does not depend on it", at(kr("C", KeyResultKind.ISSUE_COUNT,
                StatusCredit.DONE_ONLY), day(30)).explanation().notes().stream().noneMatch(n -> n.contains("status change history")));
    }

    @Test
    public void shouldAgreeWithTheNaiveRescanWithPartialCredit() {
        IssueTable t = table();
        OkrEngine engine = new OkrEngine(t, EngineOptions.defaults());
        NaiveEvaluator naive = new NaiveEvaluator(t, false);
        for (KeyResultKind kind : List.of(KeyResultKind.ISSUE_COUNT, KeyResultKind.STORY_POINTS)) {
            KeyResult kr = kr("N", kind, HALF);
            for (int d = 0; d <= 50; d += 5) {
                KeyResultProgress p = engine.keyResult(plan(kr), kr, engine.scopeOf(kr), day(d), false);
                double[] n = naive.counts(kr, day(d).toEpochMilli());
                assertEquals(n[5], p.issues().credit(), EPS);
                assertEquals(n[6], p.issues().pointsCredit(), EPS);
            }
        }
    }

    @Test
    public void shouldMoveASprintByTheIssuesStartedInItAndListThem() {
        // sprint 7 from day 15 to day 26: E-4 (day 20) and E-5 (day 25) start in it; nothing is completed
        Sprint sprint = new Sprint(7, "S7", "closed", day(15), day(26), day(26));
        KeyResult kr = kr("C", KeyResultKind.ISSUE_COUNT, HALF);
        SprintReview review = new SprintReviewer(new OkrEngine(table(), EngineOptions.defaults()))
                .review(plan(kr), sprint, day(60));
        SprintReview.KrSprintDelta d = review.keyResults().get(0);
        assertEquals(0.5 / 5, d.progressAtStart(), EPS);
        assertEquals(1.5 / 5, d.progressAtEnd(), EPS);
        assertEquals(List.of("E-4", "E-5"), d.started());
        assertEquals(List.of(), d.completed());

        SprintReview doneOnly = new SprintReviewer(new OkrEngine(table(), EngineOptions.defaults()))
                .review(plan(kr("C", KeyResultKind.ISSUE_COUNT, StatusCredit.DONE_ONLY)), sprint, day(60));
        assertEquals(0.0, doneOnly.keyResults().get(0).delta(), 0.0);
        assertEquals(List.of(), doneOnly.keyResults().get(0).started());
    }

    @Test
    public void shouldKeepTheInProgressInstantThroughTheTablesRowView() {
        IssueTable t = table();
        IssueTableBuilder copy = IssueTable.builder();
        for (int r = 0; r < t.size(); r++) {
            if (t.present(r)) {
                copy.add(t.fact(r));
            }
        }
        IssueTable again = copy.build();
        for (String key : List.of("E-2", "E-3", "E-4", "E-5", "E-6")) {
            assertEquals(key, t.inProgressAt(t.rowOf(key)), again.inProgressAt(again.rowOf(key)));
            assertEquals(key, t.inProgressSource(t.rowOf(key)), again.inProgressSource(again.rowOf(key)));
            assertEquals(key, t.doneAt(t.rowOf(key)), again.doneAt(again.rowOf(key)));
        }
    }

    @Test
    public void shouldRefuseWeightsThatShrinkTowardsDoneOrLeaveDoneWithoutCredit() {
        assertEquals("okr.error.settings.weightsOrder",
                assertThrows(DomainException.class, () -> new StatusCredit(0.5, 0.2, 1)).messageKey());
        assertThrows(DomainException.class, () -> new StatusCredit(0, 0, 0));
        assertThrows(DomainException.class, () -> new StatusCredit(0, 0.5, 1.5));
        assertThrows(DomainException.class, () -> new StatusCredit(0, Double.NaN, 1));
        assertTrue(new StatusCredit(0, 0, 1).doneOnly());
    }
}
