package dev.northstar.okr.reading;

import org.junit.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** The request's key sets behave as every other set: same members, same order as a tree set, same equality. */
public class SortedKeysTest {
    @Test
    public void shouldHoldTheSameKeysInTheSameOrderAsATreeSetAndCompareAsASet() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            Set<String> keys = new HashSet<>();
            for (int i = random.nextInt(50); i > 0; i--) {
                keys.add("AC-" + random.nextInt(100));
            }
            SortedKeys sorted = new SortedKeys(keys);
            TreeSet<String> tree = new TreeSet<>(keys);
            assertEquals(List.copyOf(tree), List.copyOf(sorted));
            assertEquals(tree, sorted);
            assertEquals(sorted, tree);
            assertEquals(tree.hashCode(), sorted.hashCode());
            assertEquals(sorted, new SortedKeys(new TreeSet<>(keys).descendingSet()));
            for (int i = 0; i < 20; i++) {
                String key = "AC-" + random.nextInt(120);
                assertEquals(key, tree.contains(key), sorted.contains(key));
            }
        }
        assertNotEquals(new SortedKeys(List.of("AC-1", "AC-2")), new SortedKeys(List.of("AC-1", "AC-3")));
        assertEquals(2, new SortedKeys(List.of("AC-2", "AC-1", "AC-2")).size());
        assertFalse(new SortedKeys(List.of("AC-1")).contains(1));
        assertTrue(new SortedKeys(List.of()).isEmpty());
    }
}
