package dev.northstar.okr.jira.upgrade;

import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.schema.SettingsSchemaStore;
import dev.northstar.okr.testing.FakeJiraSchema;
import dev.northstar.okr.testing.LocalClusterLocks;
import dev.northstar.okr.testing.MemorySettingsStorage;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Upgrade task 1: creates the schema, and running it again (SAL retries after a failure) creates nothing. */
public class Upgrade001CreateOkrSchemaTest {
    private final FakeJiraSchema jira = new FakeJiraSchema();
    private final MemorySettingsStorage storage = new MemorySettingsStorage();
    private final SettingsSchemaStore store = new SettingsSchemaStore(storage);
    private final Upgrade001CreateOkrSchema task = new Upgrade001CreateOkrSchema(
            new OkrSetup(jira, store, new SettingsService(storage), new LocalClusterLocks()));

    @Test
    public void shouldCreateTheSchemaAndReportSuccessToSal() throws Exception {
        assertTrue("no messages: SAL reads messages as errors", task.doUpgrade().isEmpty());
        assertTrue(store.current().complete());
        assertEquals(9, jira.created.size());
    }

    @Test
    public void shouldCreateNothingWhenRunAgain() throws Exception {
        task.doUpgrade();
        task.doUpgrade();
        assertEquals(9, jira.created.size());
    }

    @Test
    public void shouldIdentifyItselfToSal() {
        assertEquals(1, task.getBuildNumber());
        assertEquals("the plugin key in atlassian-plugin.xml", "dev.northstar.okr", task.getPluginKey());
        assertTrue(task.getShortDescription().length() < 60);
    }
}
