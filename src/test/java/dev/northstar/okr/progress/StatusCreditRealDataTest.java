package dev.northstar.okr.progress;

import static org.junit.Assert.assertEquals;

import dev.northstar.okr.domain.InProgressSource;
import dev.northstar.okr.domain.IssueTable;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.StatusCredit;
import dev.northstar.okr.testdata.RealData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Partial credit on the real Appcelerator export, which has no change history: in-progress issues are credited from
 * their last update (the bound the data guarantees), done issues from their done instant. Expected figures were
 * counted by hand over the dump with python3 (see each test).
 */
public class StatusCreditRealDataTest {
    private static final StatusCredit HALF = new StatusCredit(0, 0.5, 1);
    private static final List<Instant> INSTANTS = List.of(RealData.MID, Instant.parse("2017-08-19T00:00:00Z"),
            RealData.AFTER_DUMP);

    private final OkrPlan plan = RealData.plan();
    private final IssueTable table = RealData.export().table();
    private final OkrEngine engine = new OkrEngine(table, EngineOptions.defaults());

    private KeyResultProgress at(KeyResult kr, Instant t) {
        return engine.keyResult(plan, kr, engine.scopeOf(kr), t, true);
    }

    private List<String> epics() {
        List<String> epics = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            if (table.childCount(r) > 0) {
                epics.add(table.key(r));
            }
        }
        return epics;
    }

    @Test
    public void shouldGiveExactlyTheDoneOnlyFiguresOnEveryRealEpicWithDefaultWeights() {
        int checked = 0;
        for (String epic : epics()) {
            for (KeyResultKind kind : List.of(KeyResultKind.ISSUE_COUNT, KeyResultKind.STORY_POINTS)) {
                KeyResult kr = KeyResult.ofIssues("K", kind, List.of(epic));
                KeyResult explicit = kr.withStatusCredit(new StatusCredit(0, 0, 1));
                for (Instant t : INSTANTS) {
                    KeyResultProgress p = at(kr, t);
                    double today = kind == KeyResultKind.ISSUE_COUNT
                            ? (p.issues().total() == 0 ? 0.0 : (double) p.issues().done() / p.issues().total())
                            : (p.issues().pointsTotal() == 0 ? 0.0 : p.issues().pointsDone() / p.issues().pointsTotal());
                    assertEquals(epic + " " + kind + " " + t, today, p.progress(), 0.0);
                    assertEquals(epic, p.progress(), at(explicit, t).progress(), 0.0);
                    assertEquals(epic, p.issues().done(), p.issues().credit(), 0.0);
                    checked++;
                }
            }
        }
        assertEquals(98 * 2 * 3, checked);
    }

    @Test
    public void shouldCreditTheInProgressChildOfTimob24500FromItsLastUpdate() {
        // TIMOB-24500: 24 children, all created by 2017-08-01. After the dump 15 are done, 8 to do and one,
        // TIMOB-24522, in progress (updated 2017-08-18T22:41:24Z, no resolution). On 2017-08-18 8 were done.
        KeyResult kr = KeyResult.ofIssues("K", KeyResultKind.ISSUE_COUNT, List.of("TIMOB-24500")).withStatusCredit(HALF);
        KeyResultProgress before = at(kr, Instant.parse("2017-08-18T22:41:23Z"));
        assertEquals(24, before.issues().total());
        assertEquals(8, before.issues().done());
        assertEquals(8.0 / 24, before.progress(), 1e-12);
        KeyResultProgress after = at(kr, Instant.parse("2017-08-18T22:41:24Z"));
        assertEquals(8.5 / 24, after.progress(), 1e-12);
        IssueEvidence started = after.explanation().evidence().stream().filter(e -> e.key().equals("TIMOB-24522")).findFirst()
                .orElseThrow();
        assertEquals(0.5, started.asOf().credit(), 0.0);
        assertEquals(InProgressSource.UPDATED, started.dates().inProgressSource());
        assertEquals(Instant.parse("2017-08-18T22:41:24Z"), started.dates().inProgressAt());
        KeyResultProgress now = at(kr, RealData.AFTER_DUMP);
        assertEquals(15, now.issues().done());
        assertEquals(15.5 / 24, now.progress(), 1e-12);
        assertEquals(15.0 / 24, at(KeyResult.ofIssues("K", KeyResultKind.ISSUE_COUNT, List.of("TIMOB-24500")),
                RealData.AFTER_DUMP).progress(), 0.0);
    }

    @Test
    public void shouldAgreeWithTheNaiveRescanWithPartialCreditOnEveryRealEpic() {
        NaiveEvaluator naive = new NaiveEvaluator(table, false);
        for (String epic : epics()) {
            KeyResult kr = KeyResult.ofIssues("K", KeyResultKind.STORY_POINTS, List.of(epic)).withStatusCredit(HALF);
            for (Instant t : INSTANTS) {
                KeyResultProgress p = engine.keyResult(plan, kr, engine.scopeOf(kr), t, false);
                double[] n = naive.counts(kr, t.toEpochMilli());
                assertEquals(epic, n[5], p.issues().credit(), 1e-9);
                assertEquals(epic, n[6], p.issues().pointsCredit(), 1e-9);
            }
        }
    }
}
