package dev.northstar.okr.schema;

import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.settings.AppSettings;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.schema.JiraSchemaGateway.FieldInfo;
import dev.northstar.okr.schema.JiraSchemaGateway.LinkTypeInfo;
import dev.northstar.okr.testing.FakeJiraSchema;
import dev.northstar.okr.host.JvmClusterLocks;
import dev.northstar.okr.testing.MemorySettingsStorage;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The setup rules over an in-memory Jira: idempotent, rename-proof, and never touching what admins made. */
public class OkrSetupTest {
    private final FakeJiraSchema jira = new FakeJiraSchema();
    private final MemorySettingsStorage storage = new MemorySettingsStorage();
    private final SettingsSchemaStore store = new SettingsSchemaStore(storage);
    private final SettingsService settings = new SettingsService(storage);
    /** Shared by every run in a test, as the cluster's locks are shared by its nodes. */
    private final JvmClusterLocks locks = new JvmClusterLocks();
    private final OkrSetup setup = new OkrSetup(jira, store, settings, locks);

    @Test
    public void shouldCreateTheWholeSchemaOnAFreshJira() {
        SetupReport report = setup.run();

        assertTrue(report.ran());
        assertEquals(9, report.steps().size());
        assertTrue(report.steps().stream().allMatch(s -> s.outcome() == Outcome.CREATED));
        OkrSchema schema = store.current();
        assertTrue("every id remembered: " + schema, schema.complete());
        assertEquals("Objective", jira.issueType(schema.objectiveTypeId()).orElseThrow().name());
        assertEquals("Key Result", jira.issueType(schema.keyResultTypeId()).orElseThrow().name());
        LinkTypeInfo measures = jira.linkType(schema.measuresLinkTypeId()).orElseThrow();
        assertEquals(List.of("Key Result measures Objective", "measures", "is measured by"),
                List.of(measures.name(), measures.outward(), measures.inward()));
        assertEquals("drives", jira.linkType(schema.drivesLinkTypeId()).orElseThrow().outward());
        assertEquals("aligns to", jira.linkType(schema.alignsLinkTypeId()).orElseThrow().outward());
        for (String field : List.of(schema.startFieldId(), schema.targetFieldId(), schema.currentFieldId())) {
            assertEquals(FieldKind.NUMBER, jira.field(field).orElseThrow().kind());
            assertEquals("on Key Result issues only", schema.keyResultTypeId(), jira.fieldIssueType(field));
        }
        assertEquals(FieldKind.TEXT, jira.field(schema.unitFieldId()).orElseThrow().kind());
    }

    @Test
    public void shouldCreateNothingWhenEnabledAgain() {
        setup.run();
        OkrSchema first = store.current();
        int creations = jira.created.size();

        SetupReport again = setup.run();
        setup.run();

        assertEquals("nothing created a second time", creations, jira.created.size());
        assertTrue(again.steps().stream().allMatch(s -> s.outcome() == Outcome.KEPT));
        assertEquals(first, store.current());
        assertEquals(4, jira.allIssueTypes().size());
        assertEquals(4, jira.allLinkTypes().size());
        assertEquals(4, jira.allFields().size());
    }

    @Test
    public void shouldKeepWhatAnAdministratorRenamed() {
        setup.run();
        OkrSchema schema = store.current();
        jira.renameIssueType(schema.objectiveTypeId(), "Goal");
        jira.renameLinkType(schema.drivesLinkTypeId(), "Supports");
        jira.renameField(schema.unitFieldId(), "Einheit");
        int creations = jira.created.size();

        SetupReport report = setup.run();

        assertEquals("no second Objective, link type or field", creations, jira.created.size());
        assertEquals(schema, store.current());
        Map<String, SetupStep> steps = byItem(report);
        assertEquals(Outcome.KEPT, steps.get("objectiveType").outcome());
        assertEquals("the name the admin chose", "Goal", steps.get("objectiveType").name());
        assertEquals("Supports", steps.get("drivesLinkType").name());
        assertEquals("Einheit", steps.get("unitField").name());
        assertEquals("Goal", jira.issueType(schema.objectiveTypeId()).orElseThrow().name());
    }

    @Test
    public void shouldRecreateOnlyWhatWasDeleted() {
        setup.run();
        OkrSchema before = store.current();
        jira.deleteLinkType(before.alignsLinkTypeId());
        jira.deleteField(before.targetFieldId());

        SetupReport report = setup.run();

        Map<String, SetupStep> steps = byItem(report);
        assertEquals(Outcome.CREATED, steps.get("alignsLinkType").outcome());
        assertEquals(Outcome.CREATED, steps.get("targetField").outcome());
        assertEquals(7, report.steps().stream().filter(s -> s.outcome() == Outcome.KEPT).count());
        OkrSchema after = store.current();
        assertNotEquals(before.alignsLinkTypeId(), after.alignsLinkTypeId());
        assertNotEquals(before.targetFieldId(), after.targetFieldId());
        assertEquals(before.objectiveTypeId(), after.objectiveTypeId());
        assertEquals(before.startFieldId(), after.startFieldId());
        assertTrue(jira.linkType(after.alignsLinkTypeId()).isPresent());
        assertEquals(4, jira.allLinkTypes().size());
        assertEquals(4, jira.allFields().size());
    }

    @Test
    public void shouldLeaveAnAdministratorsLinkTypeOfTheSameNameAlone() {
        long theirs = jira.adminLinkType("Initiative drives Key Result", "funds", "is funded by");

        setup.run();
        setup.run();

        LinkTypeInfo untouched = jira.linkType(theirs).orElseThrow();
        assertEquals(List.of("Initiative drives Key Result", "funds", "is funded by"),
                List.of(untouched.name(), untouched.outward(), untouched.inward()));
        LinkTypeInfo ours = jira.linkType(store.current().drivesLinkTypeId()).orElseThrow();
        assertNotEquals(theirs, ours.id());
        assertEquals("Initiative drives Key Result (OKR)", ours.name());
        assertEquals("drives", ours.outward());
        assertEquals("created once, not on the second run", 1,
                jira.created.stream().filter(c -> c.startsWith("linkType Initiative")).count());
    }

    @Test
    public void shouldAdoptAFittingItemOfTheSameNameWhenNoIdIsRemembered() {
        setup.run();
        OkrSchema schema = store.current();
        int creations = jira.created.size();
        storage.values.clear(); // settings lost (restored from an old backup, or the app's data removed)

        SetupReport report = setup.run();

        assertTrue(report.steps().stream().allMatch(s -> s.outcome() == Outcome.ADOPTED));
        assertEquals(creations, jira.created.size());
        assertEquals(schema, store.current());
    }

    @Test
    public void shouldNotTakeOverASubTaskTypeNamedObjective() {
        String subTask = jira.adminIssueType("Objective", true);

        setup.run();

        String objective = store.current().objectiveTypeId();
        assertNotEquals(subTask, objective);
        assertEquals("Objective (OKR)", jira.issueType(objective).orElseThrow().name());
        assertTrue(jira.issueType(subTask).orElseThrow().subTask());
    }

    @Test
    public void shouldReportAnItemBlockedWhenBothNamesAreTaken() {
        jira.adminField("Key Result unit", FieldKind.NUMBER);
        jira.adminField("Key Result unit (OKR)", null);

        SetupReport report = setup.run();

        SetupStep unit = byItem(report).get("unitField");
        assertEquals(Outcome.BLOCKED, unit.outcome());
        assertNull(store.current().unitFieldId());
        assertFalse(store.current().complete());
        assertEquals(List.of("unitField"), setup.status().missing());
    }

    @Test
    public void shouldAddTheTypesToEveryEnabledProjectOnce() {
        String task = jira.allIssueTypes().get(0).id();
        jira.project("OKR", task);
        settings.update(withProjects("OKR", "GONE"));

        SetupReport first = setup.run();
        setup.run();

        OkrSchema schema = store.current();
        assertEquals(List.of(task, schema.objectiveTypeId(), schema.keyResultTypeId()), jira.projectTypes("OKR"));
        assertEquals(List.of(new ProjectStatus("GONE", false, false, false), new ProjectStatus("OKR", true, true, true)),
                first.projects());
    }

    @Test
    public void shouldEnableAProjectOnceAndRememberIt() {
        String task = jira.allIssueTypes().get(0).id();
        jira.project("TEAM", task);

        Optional<ProjectStatus> enabled = setup.enableProject("TEAM");
        setup.enableProject("TEAM");

        assertTrue(enabled.orElseThrow().ready());
        OkrSchema schema = store.current();
        assertTrue("the schema is set up on the way", schema.complete());
        assertEquals(List.of(task, schema.objectiveTypeId(), schema.keyResultTypeId()), jira.projectTypes("TEAM"));
        assertEquals(List.of("TEAM"), settings.current().enabledProjects());
    }

    @Test
    public void shouldNotEnableAProjectThatDoesNotExist() {
        assertTrue(setup.enableProject("NOPE").isEmpty());
        assertTrue("nothing created for a typo", jira.created.isEmpty());
        assertEquals(List.of(), settings.current().enabledProjects());
    }

    @Test
    public void shouldShowWhatExistsAndWhatIsMissing() {
        assertEquals(9, setup.status().missing().size());
        jira.project("OKR");
        settings.update(withProjects("OKR"));
        setup.run();
        jira.deleteField(store.current().currentFieldId());

        SetupStatus status = setup.status();

        assertFalse(status.complete());
        assertEquals(List.of("currentField"), status.missing());
        ItemStatus objective = status.items().get(0);
        assertEquals("okr.schema.objective", objective.i18nKey());
        assertEquals("Objective", objective.name());
        assertTrue(status.projects().get(0).ready());
    }

    @Test
    public void shouldChangeNothingWhenAnotherRunHoldsTheLock() {
        ClusterLocks taken = new ClusterLocks() {
            @Override
            public <T> Optional<T> withLock(String name, java.time.Duration wait, java.util.function.Supplier<T> work) {
                return Optional.empty();
            }
        };
        jira.project("OKR");
        OkrSetup locked = new OkrSetup(jira, store, settings, taken);

        assertEquals(SetupReport.BUSY, locked.run());
        assertThrows(SetupBusyException.class, () -> locked.enableProject("OKR"));
        assertTrue(jira.created.isEmpty());
        assertEquals(OkrSchema.EMPTY, store.current());
    }

    @Test
    public void shouldLetASecondConcurrentRunWaitAndThenCreateNothing() throws Exception {
        // Two nodes start at once: the first is held inside its first create while the second asks for the lock.
        jira.createStarted = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        jira.createGate = gate;
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<SetupReport> first = nodes.submit(setup::run);
            assertTrue(jira.createStarted.await(10, TimeUnit.SECONDS));
            Future<SetupReport> second = nodes.submit(new OkrSetup(jira, store, settings, locks)::run);
            Thread.sleep(200); // the second run is now waiting for the lock
            assertFalse("the second run waits while the first holds the lock", second.isDone());
            gate.countDown();

            assertTrue(first.get(10, TimeUnit.SECONDS).created());
            SetupReport late = second.get(10, TimeUnit.SECONDS);
            assertTrue(late.ran());
            assertTrue("the second run finds everything by remembered id",
                    late.steps().stream().allMatch(s -> s.outcome() == Outcome.KEPT));
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(9, jira.created.size());
        assertEquals(9, jira.created.stream().distinct().count());
    }

    private static Map<String, SetupStep> byItem(SetupReport report) {
        return report.steps().stream().collect(Collectors.toMap(SetupStep::item, s -> s));
    }

    private static AppSettings withProjects(String... keys) {
        AppSettings d = AppSettings.DEFAULTS;
        return new AppSettings(d.paceOnTrack(), d.paceAtRisk(), d.justStartedBelow(), d.staleDays(), List.of(keys),
                d.storyPointsField(), d.sprintField(), d.weightToDo(), d.weightInProgress(), d.weightDone());
    }
}
