package dev.northstar.okr.domain;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class IssueKeyOrderTest {

    @Test
    public void shouldSortByProjectThenNumberAndPutTextsThatAreNoKeysLast() {
        List<String> keys = new ArrayList<>(List.of("TEAM-10", "zzz", "AC-2", "TEAM-9", "TEAM-", "AC-10"));

        keys.sort(IssueKey.KEY_ORDER);

        assertEquals(List.of("AC-2", "AC-10", "TEAM-9", "TEAM-10", "TEAM-", "zzz"), keys);
    }
}
