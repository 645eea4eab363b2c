package dev.northstar.okr.domain;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class IssueTableTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static IssueFact issue(String key, String epic, String parent, boolean subtask, StatusCategory c,
            Double points, List<Integer> sprints) {
        return IssueFact.builder(key).type(subtask ? "Sub-task" : "Story").subtask(subtask).statusCategory(c)
                .created(T0).resolved(c == StatusCategory.DONE ? T0.plusSeconds(60) : null).updated(T0.plusSeconds(120))
                .epicKey(epic).parentKey(parent).storyPoints(points).sprintIds(sprints).build();
    }

    private static IssueTable sample() {
        return IssueTable.builder()
                .add(issue("A-1", null, null, false, StatusCategory.TO_DO, null, null))
                .add(issue("A-2", "A-9", null, false, StatusCategory.DONE, 3.0, List.of(5)))
                .add(issue("A-3", "A-1", null, false, StatusCategory.DONE, 2.0, List.of(5, 6)))
                .add(issue("A-4", "A-9", null, false, StatusCategory.IN_PROGRESS, null, List.of(6)))
                .add(issue("A-5", null, "A-3", true, StatusCategory.DONE, 1.0, null))
                .add(issue("B-1", "A-1", "Z-7", false, StatusCategory.TO_DO, 8.0, null))
                .build();
    }

    @Test
    public void shouldCreatePlaceholdersForMissingEpicsAndParents() {
        IssueTable t = sample();
        assertEquals(6, t.presentCount());
        assertEquals(8, t.size());
        int missingEpic = t.rowOf("A-9");
        assertFalse(t.present(missingEpic));
        assertEquals(2, t.childCount(missingEpic));
        assertFalse(t.present(t.rowOf("Z-7")));
        assertFalse(t.existsAt(missingEpic, Long.MAX_VALUE - 1));
    }

    @Test
    public void shouldFindARowByKeyAsIssueKeyReadsItWhateverTheKeyLooksLike() {
        IssueTable t = sample();
        int a1 = t.rowOf("A-1");
        assertEquals("A-1", t.key(a1));
        assertEquals("a leading zero, as Integer.parseInt reads it", a1, t.rowOf("A-01"));
        assertEquals("a plus sign, likewise", a1, t.rowOf("A-+1"));
        assertEquals("a digit of another script, likewise", a1, t.rowOf("A-\u0661"));
        assertEquals("ten digits", a1, t.rowOf("A-0000000001"));
        for (String none : new String[] {"A-2147483648", "A-", "-1", "A1", "", "B-1-", "AB-1", "a-1", "A-1 "}) {
            assertEquals(none, IssueTable.NONE, t.rowOf(none));
        }
        assertEquals(IssueTable.NONE, t.rowOf(null));
    }

    @Test
    public void shouldKeepEveryRelationWhenClusteringRows() {
        IssueTable t = sample();
        int[] kids = t.childrenOf(t.rowOf("A-1"));
        String[] keys = Arrays.stream(kids).mapToObj(t::key).sorted().toArray(String[]::new);
        assertArrayEquals(new String[] {"A-3", "B-1"}, keys);
        // children of one epic sit in consecutive rows
        Arrays.sort(kids);
        assertEquals(kids[0] + 1, kids[1]);
        assertEquals("A-3", t.key(t.parentRow(t.rowOf("A-5"))));
        assertArrayEquals(new int[] {t.rowOf("A-5")}, t.subtasksOf(t.rowOf("A-3")));
        assertEquals(3.0f, t.points(t.rowOf("A-2")), 0f);
        assertTrue(Float.isNaN(t.points(t.rowOf("A-4"))));
    }

    @Test
    public void shouldIndexSprintMembers() {
        IssueTable t = sample();
        String[] in6 = Arrays.stream(t.sprintMembers(6)).mapToObj(t::key).sorted().toArray(String[]::new);
        assertArrayEquals(new String[] {"A-3", "A-4"}, in6);
        assertEquals(0, t.sprintMembers(99).length);
        assertTrue(t.inSprint(t.rowOf("A-3"), 5));
    }

    @Test
    public void shouldHandOutAFactViewOfARow() {
        IssueTable t = sample();
        IssueFact f = t.fact(t.rowOf("A-3"));
        assertEquals("A-1", f.epicKey());
        assertEquals(List.of(5, 6), f.sprintIds());
        assertEquals(DoneSource.RESOLUTION, f.doneSource());
        assertEquals(T0.plusSeconds(60), f.doneAt());
        assertEquals(Map.of(), f.numericFields());
    }

    @Test
    public void shouldRejectDuplicateKeys() {
        IssueTableBuilder b = IssueTable.builder()
                .add(issue("A-1", null, null, false, StatusCategory.TO_DO, null, null))
                .add(issue("A-1", null, null, false, StatusCategory.DONE, null, null));
        assertEquals("okr.error.duplicateIssue", assertThrows(DomainException.class, b::build).messageKey());
    }

    @Test
    public void shouldTakeTheDoneInstantFromTheBestEvidence() {
        IssueFact transition = IssueFact.builder("A-1").type("Story").statusCategory(StatusCategory.DONE).created(T0)
                .resolved(T0.plusSeconds(9)).updated(T0.plusSeconds(10)).firstDoneTransition(T0.plusSeconds(5)).build();
        assertEquals(T0.plusSeconds(5), transition.doneAt());
        IssueFact updatedOnly = IssueFact.builder("A-1").type("Story").statusCategory(StatusCategory.DONE).created(T0)
                .updated(T0.plusSeconds(10)).build();
        assertEquals(DoneSource.UPDATED, updatedOnly.doneSource());
        IssueFact open = IssueFact.builder("A-1").type("Story").statusCategory(StatusCategory.IN_PROGRESS).created(T0)
                .resolved(T0).updated(T0).firstDoneTransition(T0).build();
        assertEquals(null, open.doneAt());
        assertThrows(DomainException.class, () -> IssueFact.builder("A-1").type("Story")
                .statusCategory(StatusCategory.DONE).created(T0).storyPoints(-1.0).build());
    }
}
