package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/**
 * The check-in table as the first release created it, then migrated to the entity with the value column, the way
 * Active Objects does when the app is upgraded in Jira: every check-in stays, and the old ones read as having no value.
 */
@RunWith(Parameterized.class)
public class CheckInValueMigrationTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    /** A frozen copy of {@link CheckInEntity} before the value column: same table, same columns, never changed. */
    @Preload
    @Table("CHECKIN")
    public interface CheckInEntityBeforeValue extends Entity {
        @NotNull
        @Indexed
        String getKeyResultKey();

        void setKeyResultKey(String keyResultKey);

        @NotNull
        int getConfidence();

        @StringLength(StringLength.UNLIMITED)
        String getNote();

        @NotNull
        String getAuthorKey();

        @NotNull
        long getCheckedAt();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public CheckInValueMigrationTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, CheckInEntityBeforeValue.class);
    }

    private void addAsTheFirstReleaseDid(String kr, int confidence, String note, Instant at) {
        ao.activeObjects().create(CheckInEntityBeforeValue.class,
                new DBParam(CheckInEntity.KEY_RESULT_KEY, kr), new DBParam(CheckInEntity.CONFIDENCE, confidence),
                new DBParam(CheckInEntity.NOTE, note), new DBParam(CheckInEntity.AUTHOR_KEY, "JIRAUSER10100"),
                new DBParam(CheckInEntity.CHECKED_AT, at.toEpochMilli()));
    }

    @Test
    public void shouldKeepEveryOldCheckInAndReadItWithoutAValueAfterTheColumnIsAdded() {
        addAsTheFirstReleaseDid("KR-1", 7, "on plan", MONDAY);
        addAsTheFirstReleaseDid("KR-1", 5, "two deals slipped", MONDAY.plusSeconds(604_800));
        addAsTheFirstReleaseDid("KR-2", 9, "done early", MONDAY);

        ao.activeObjects().migrate(CheckInEntity.class);
        CheckInRepository upgraded = new AoCheckInRepository(ao.secondNode());
        upgraded.add(new CheckIn("KR-1", 6, "recovering", "JIRAUSER10100", MONDAY.plusSeconds(2 * 604_800), 41.5));

        assertEquals(List.of(
                new CheckIn("KR-1", 6, "recovering", "JIRAUSER10100", MONDAY.plusSeconds(2 * 604_800), 41.5),
                new CheckIn("KR-1", 5, "two deals slipped", "JIRAUSER10100", MONDAY.plusSeconds(604_800)),
                new CheckIn("KR-1", 7, "on plan", "JIRAUSER10100", MONDAY)), upgraded.latest("KR-1", 10));
        assertNull(upgraded.latest("KR-2", 1).get(0).value());
        assertEquals(3, upgraded.count("KR-1"));
        assertEquals(1, upgraded.count("KR-2"));
    }

    @Test
    public void shouldMigrateTwiceWithoutChange() {
        addAsTheFirstReleaseDid("KR-1", 7, "on plan", MONDAY);
        ao.activeObjects().migrate(CheckInEntity.class);
        new AoCheckInRepository(ao.activeObjects()).add(new CheckIn("KR-1", 8, "", "u", MONDAY.plusSeconds(60), 3.0));
        // a second node starting the upgraded app migrates again
        ao.secondNode().migrate(CheckInEntity.class);

        List<CheckIn> read = new AoCheckInRepository(ao.secondNode()).latest("KR-1", 10);
        assertEquals(3.0, read.get(0).value(), 0.0);
        assertNull(read.get(1).value());
        assertEquals("on plan", read.get(1).note());
    }
}
