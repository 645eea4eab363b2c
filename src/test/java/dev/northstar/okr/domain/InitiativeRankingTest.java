package dev.northstar.okr.domain;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** The order the Key Result panel lists initiatives in: scope, then impact per effort, unscored last, then ties. */
public class InitiativeRankingTest {

    private static List<String> ranked(Initiative... initiatives) {
        List<Initiative> list = new ArrayList<>(List.of(initiatives));
        Collections.shuffle(list, new java.util.Random(7));
        list.sort(Initiative.BY_PRIORITY);
        return list.stream().map(Initiative::issueKey).toList();
    }

    @Test
    public void shouldPutTheMostImpactPerEffortFirstWithinAScope() {
        assertEquals(List.of("A-3", "A-1", "A-2"), ranked(
                new Initiative("A-1", InitiativeScope.MUST_HAVE, 3, 3),
                new Initiative("A-2", InitiativeScope.MUST_HAVE, 1, 5),
                new Initiative("A-3", InitiativeScope.MUST_HAVE, 4, 1)));
    }

    @Test
    public void shouldPutInitiativesWithoutBothScoresLastWithinTheirScopeInKeyOrder() {
        assertEquals(List.of("A-5", "A-9", "A-10", "A-2", "A-1"), ranked(
                new Initiative("A-10", InitiativeScope.MUST_HAVE, 5, 0),
                new Initiative("A-9", InitiativeScope.MUST_HAVE, 0, 2),
                new Initiative("A-5", InitiativeScope.MUST_HAVE, 1, 5),
                new Initiative("A-2", InitiativeScope.NICE_TO_HAVE, 5, 1),
                new Initiative("A-1", InitiativeScope.NOT_IN_SCOPE, 5, 1)));
    }

    @Test
    public void shouldBreakTiesByTheHigherImpactThenByIssueKeyOrder() {
        // 4/2 and 2/1 are worth the same per effort: the larger impact first; equal ones by key, TEAM-9 before TEAM-10
        assertEquals(List.of("T-7", "T-9", "T-10", "T-3"), ranked(
                new Initiative("T-3", InitiativeScope.MUST_HAVE, 2, 1),
                new Initiative("T-10", InitiativeScope.MUST_HAVE, 4, 2),
                new Initiative("T-9", InitiativeScope.MUST_HAVE, 4, 2),
                new Initiative("T-7", InitiativeScope.MUST_HAVE, 5, 2)));
    }
}
