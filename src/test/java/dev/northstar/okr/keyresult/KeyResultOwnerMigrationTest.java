package dev.northstar.okr.keyresult;

import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * The KR settings table as releases before the query's owner created it, then migrated to the entity with the
 * owner column, the way Active Objects does when the app is upgraded in Jira: every KR keeps its settings, and a
 * query saved before reads as having no owner (so it waits for an editor to save it again) until someone saves.
 */
@RunWith(Parameterized.class)
public class KeyResultOwnerMigrationTest {
    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    /** A frozen copy of {@link KeyResultSettingsEntity} before the owner column: same table and columns. */
    @Preload
    @Table("KR_SETTINGS")
    public interface KeyResultSettingsBeforeOwner extends Entity {
        @NotNull
        @Unique
        String getIssueKey();

        @NotNull
        String getKind();

        @NotNull
        String getDirection();

        Double getBandLow();

        Double getBandHigh();

        @NotNull
        double getWeight();

        @StringLength(StringLength.UNLIMITED)
        String getJql();

        @NotNull
        String getMetricFrom();

        String getAggregateField();

        @NotNull
        double getWeightToDo();

        @NotNull
        double getWeightInProgress();

        @NotNull
        double getWeightDone();

        @NotNull
        boolean getFocusMetric();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public KeyResultOwnerMigrationTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, KeyResultSettingsBeforeOwner.class);
    }

    private void saveAsEarlierReleasesDid(String key, String jql) {
        ao.activeObjects().create(KeyResultSettingsBeforeOwner.class,
                new DBParam(KeyResultSettingsEntity.ISSUE_KEY, key),
                new DBParam(KeyResultSettingsEntity.KIND, "METRIC"),
                new DBParam(KeyResultSettingsEntity.DIRECTION, "INCREASE"),
                new DBParam(KeyResultSettingsEntity.WEIGHT, 2.0), new DBParam(KeyResultSettingsEntity.JQL, jql),
                new DBParam(KeyResultSettingsEntity.METRIC_FROM, "JQL_COUNT"),
                new DBParam(KeyResultSettingsEntity.WEIGHT_TO_DO, 0.0),
                new DBParam(KeyResultSettingsEntity.WEIGHT_IN_PROGRESS, 0.0),
                new DBParam(KeyResultSettingsEntity.WEIGHT_DONE, 1.0),
                new DBParam(KeyResultSettingsEntity.FOCUS_METRIC, false));
    }

    @Test
    public void shouldKeepEverySettingAndReadAnOldQueryWithoutAnOwnerUntilSavedAgain() {
        saveAsEarlierReleasesDid("TEAM-1", "project = TEAM");
        saveAsEarlierReleasesDid("TEAM-2", "labels = okr");

        ao.activeObjects().migrate(KeyResultSettingsEntity.class);
        KeyResultSettingsRepository upgraded = new AoKeyResultSettingsRepository(ao.secondNode());
        KeyResultSettings old = upgraded.find("TEAM-1").orElseThrow();
        assertEquals("project = TEAM", old.source().jql());
        assertEquals(MetricFrom.JQL_COUNT, old.source().metricFrom());
        assertEquals(2.0, old.weight().value(), 0.0);
        assertEquals("no owner yet", "", old.source().jqlOwner());

        upgraded.change("TEAM-1", now -> new KeyResultSettings(now.issueKey(), now.kind(), now.goal(), now.weight(),
                now.source().ownedBy("JIRAUSER10100"), now.statusWeights(), now.focusMetric()));
        ao.secondNode().migrate(KeyResultSettingsEntity.class);
        KeyResultSettingsRepository again = new AoKeyResultSettingsRepository(ao.secondNode());
        assertEquals("JIRAUSER10100", again.find("TEAM-1").orElseThrow().source().jqlOwner());
        assertEquals("", again.find("TEAM-2").orElseThrow().source().jqlOwner());
        assertEquals("labels = okr", again.find("TEAM-2").orElseThrow().source().jql());
    }
}
