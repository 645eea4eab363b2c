package dev.northstar.okr.progress;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The grading rules on their own: scores capped to 0.0..1.0, healthy bands, and who gets the sandbagging hint. */
public class GradingRulesTest {

    @Test
    public void shouldCapTheScoreAndJudgeCommittedAndAspirationalApart() {
        Grading.Grade over = Grading.score("K", "O", "Team", false, 1.42);
        assertEquals(1.0, over.grade(), 0);
        assertFalse("aspirational at 1.0 is outside 0.6..0.7", over.healthy());
        assertEquals(0.0, Grading.score("K", "O", "Team", false, -0.2).grade(), 0);
        assertTrue(Grading.score("K", "O", "Team", false, 0.65).healthy());
        assertTrue("committed is healthy once met", Grading.score("K", "O", "Team", true, 1.0).healthy());
        assertFalse(Grading.score("K", "O", "Team", true, 0.9).healthy());
    }

    @Test
    public void shouldHintOnlyAtOwnersWhoseAspirationalKeyResultsAllReachedTheTarget() {
        List<Grading.Grade> scores = List.of(
                Grading.score("A-1", "A", "Shop", false, 1.0),
                Grading.score("A-2", "A", "Shop", false, 1.3),
                Grading.score("B-1", "B", "Search", false, 1.0),
                Grading.score("B-2", "B", "Search", false, 0.6),
                // committed OKRs are expected at 1.0: reaching it says nothing about the targets
                Grading.score("C-1", "C", "Payments", true, 1.0),
                Grading.score("D-1", "D", "Growth", true, 1.0),
                Grading.score("D-2", "D2", "Growth", false, 1.0));
        assertEquals(List.of("Shop", "Growth"), Grading.sandbaggingOwners(scores));
        assertTrue(Grading.sandbaggingOwners(List.of()).isEmpty());
    }
}
