package dev.northstar.okr.domain;

import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

/** A table copied with a few rows changed holds exactly what a table built from the changed facts holds. */
public class TablePatchTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    public void shouldEqualATableBuiltAfreshAfterEveryChangeOfOwnValues() {
        Random random = new Random(7);
        List<IssueFact> facts = new ArrayList<>();
        facts.add(IssueFact.builder("AC-1").type("Epic").statusCategory(StatusCategory.TO_DO).created(T0).build());
        for (int i = 2; i < 200; i++) {
            facts.add(fact("AC-" + i, random));
        }
        IssueTable table = build(facts);
        for (int round = 0; round < 50; round++) {
            int at = 1 + random.nextInt(facts.size() - 1);
            IssueFact changed = fact(facts.get(at).key(), random);
            facts.set(at, changed);
            IssueTable copied = table.withFacts(List.of(changed));
            assertNotNull("only own values changed", copied);
            assertSameRows(build(facts), copied);
            table = copied;
        }
    }

    @Test
    public void shouldRefuseAChangeOfEpicSprintsOrAnUnknownIssue() {
        IssueTable table = build(List.of(IssueFact.builder("AC-1").type("Epic").statusCategory(StatusCategory.TO_DO).created(T0).build(),
                IssueFact.builder("AC-2").type("Story").statusCategory(StatusCategory.TO_DO).created(T0).epicKey("AC-1").sprintIds(List.of(3)).build()));
        assertNull(table.withFacts(List.of(IssueFact.builder("AC-2").type("Story").statusCategory(StatusCategory.TO_DO).created(T0).sprintIds(List.of(3))
                .build())));
        assertNull(table.withFacts(List.of(IssueFact.builder("AC-2").type("Story").statusCategory(StatusCategory.TO_DO).created(T0).epicKey("AC-1")
                .sprintIds(List.of(4)).build())));
        assertNull(table.withFacts(List.of(IssueFact.builder("AC-9").type("Story").statusCategory(StatusCategory.TO_DO).created(T0).build())));
        assertNull(table.withFacts(List.of(IssueFact.builder("AC-2").type("Bug").statusCategory(StatusCategory.TO_DO).created(T0).epicKey("AC-1")
                .sprintIds(List.of(3)).build())));
    }

    private static IssueFact fact(String key, Random random) {
        StatusCategory category = StatusCategory.values()[random.nextInt(StatusCategory.values().length)];
        IssueFact.Builder b = IssueFact.builder(key).type("Story").epicKey("AC-1").statusCategory(category)
                .created(T0.plusSeconds(random.nextInt(1000)))
                .storyPoints(random.nextBoolean() ? null : (double) random.nextInt(13))
                .sprintIds(List.of(Integer.parseInt(key.substring(3)) % 3));
        if (category != StatusCategory.TO_DO) {
            b.firstInProgress(T0.plusSeconds(2000 + random.nextInt(1000)));
        }
        if (category == StatusCategory.DONE) {
            b.resolved(T0.plusSeconds(5000 + random.nextInt(1000)));
        }
        if (random.nextInt(5) == 0) {
            b.notes(List.of(key + ": a note"));
        }
        return b.build();
    }

    private static IssueTable build(List<IssueFact> facts) {
        IssueTableBuilder b = IssueTable.builder();
        facts.forEach(b::add);
        return b.build();
    }

    private static void assertSameRows(IssueTable expected, IssueTable actual) {
        assertEquals(expected.size(), actual.size());
        for (int r = 0; r < expected.size(); r++) {
            String key = expected.key(r);
            assertEquals(key, expected.fact(r), actual.fact(actual.rowOf(key)));
            assertEquals(key, expected.childCount(r), actual.childCount(actual.rowOf(key)));
        }
    }
}
