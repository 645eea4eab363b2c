package dev.northstar.okr.common;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class KeyOrderTest {

    @Test
    public void shouldSortByProjectThenNumberAndPutTextsThatAreNoKeysLast() {
        List<String> keys = new ArrayList<>(List.of("TEAM-10", "zzz", "AC-2", "TEAM-9", "TEAM-", "AC-10"));

        keys.sort(KeyOrder.NATURAL);

        assertEquals(List.of("AC-2", "AC-10", "TEAM-9", "TEAM-10", "TEAM-", "zzz"), keys);
    }
}
