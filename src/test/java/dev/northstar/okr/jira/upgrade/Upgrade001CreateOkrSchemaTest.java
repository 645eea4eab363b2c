package dev.northstar.okr.jira.upgrade;

import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.JiraSchemaGateway;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.schema.SetupFailure;
import dev.northstar.okr.schema.SettingsSchemaStore;
import dev.northstar.okr.testing.FakeJiraSchema;
import dev.northstar.okr.host.JvmClusterLocks;
import dev.northstar.okr.testing.MemorySettingsStorage;
import org.junit.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Upgrade task 1: creates the schema, and running it again (SAL retries after a failure) creates nothing. */
public class Upgrade001CreateOkrSchemaTest {
    private final FakeJiraSchema jira = new FakeJiraSchema();
    private final MemorySettingsStorage storage = new MemorySettingsStorage();
    private final SettingsSchemaStore store = new SettingsSchemaStore(storage);
    private final Upgrade001CreateOkrSchema task = new Upgrade001CreateOkrSchema(
            new OkrSetup(jira, store, new SettingsService(storage), new JvmClusterLocks()));

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
    public void shouldReportALinkageErrorOnTheAdminPageInsteadOfFailingAtEveryStart() throws Exception {
        // Jira without a method the app was built against: the gateway's first creation throws NoSuchMethodError
        JiraSchemaGateway broken = (JiraSchemaGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{JiraSchemaGateway.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("create")) {
                        throw new NoSuchMethodError("'com.atlassian.jira.issue.issuetype.IssueType com.atlassian"
                                + ".jira.config.IssueTypeManager.createIssueType(java.lang.String)'");
                    }
                    try {
                        return method.invoke(jira, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        OkrSetup setup = new OkrSetup(broken, store, new SettingsService(storage), new JvmClusterLocks());

        assertTrue("no messages, so that SAL does not run it again at every start",
                new Upgrade001CreateOkrSchema(setup).doUpgrade().isEmpty());
        SetupFailure failure = setup.lastFailure().orElseThrow();
        assertEquals("upgrade-1", failure.during());
        assertTrue(failure.error(), failure.error().startsWith("java.lang.NoSuchMethodError: "));
        assertTrue(jira.created.isEmpty());

        // the next start runs setup on a Jira that has the method: created, and the report is gone
        new OkrSetup(jira, store, new SettingsService(storage), new JvmClusterLocks()).run();
        assertTrue(store.current().complete());
        setup.run();
        assertTrue(setup.lastFailure().isEmpty());
    }

    @Test
    public void shouldIdentifyItselfToSal() {
        assertEquals(1, task.getBuildNumber());
        assertEquals("the plugin key in atlassian-plugin.xml", "dev.northstar.okr", task.getPluginKey());
        assertTrue(task.getShortDescription().length() < 60);
    }
}
