package dev.northstar.okr.objective;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.CycleService;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Weight;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.RestServer;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.northstar.okr.testing.JiraFixture.Role.ANONYMOUS;
import static dev.northstar.okr.testing.JiraFixture.Role.JIRA_ADMIN;
import static dev.northstar.okr.testing.JiraFixture.Role.MEMBER;
import static dev.northstar.okr.testing.JiraFixture.Role.OUTSIDER;
import static dev.northstar.okr.testing.JiraFixture.Role.PROJECT_ADMIN;
import static dev.northstar.okr.testing.JiraFixture.Role.VIEWER;
import static dev.northstar.okr.testing.RestAssert.matrix;
import static dev.northstar.okr.testing.RestAssert.ok;
import static dev.northstar.okr.testing.RestAssert.refused;
import static dev.northstar.okr.testing.RestAssert.statuses;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Objective settings over real HTTP, over the role matrix. Storage is a map here: the AO repository has its own
 * tests on both databases, and this class is about the endpoint's rules.
 */
public class ObjectiveResourceTest {
    private static final String SETTINGS = "/objectives/TEAM-1/settings";
    private static final Instant Q1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant Q2 = Instant.parse("2026-04-01T00:00:00Z");

    private final JiraFixture jira = new JiraFixture();
    private final Map<String, ObjectiveSettings> stored = new HashMap<>();
    private final ObjectiveSettingsRepository settings = new ObjectiveSettingsRepository() {
        @Override
        public Optional<ObjectiveSettings> find(String issueKey) {
            return Optional.ofNullable(stored.get(issueKey));
        }

        @Override
        public Map<String, ObjectiveSettings> findAll(java.util.Collection<String> issueKeys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ObjectiveSettings> inCycle(long cycleId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ObjectiveSettings save(ObjectiveSettings s) {
            stored.put(s.issueKey(), s);
            return s;
        }

        @Override
        public ObjectiveSettings change(String issueKey,
                                        java.util.function.Function<Optional<ObjectiveSettings>, ObjectiveSettings> c) {
            return save(c.apply(find(issueKey)));
        }

        @Override
        public void delete(String issueKey) {
            stored.remove(issueKey);
        }

        @Override
        public void rename(String oldKey, String newKey) {
            throw new UnsupportedOperationException();
        }
    };
    private final CycleRepository cycles = mock(CycleRepository.class);

    @Rule
    public final RestServer server = new RestServer(new ObjectiveResource(settings,
            new CycleService(cycles, jira.access), new Guard(jira.access)),
            new ErrorMapping(jira.texts), new XsrfGuard());

    @Before
    public void declare() {
        jira.issue("TEAM-1");
        jira.secure("TEAM-2");
        when(cycles.get(anyLong())).thenReturn(Optional.empty());
        cycle(3, null);
        cycle(4, "TEAM");
        cycle(5, "GONE"); // a project no one can browse (deleted, or hidden from everyone)
    }

    private void cycle(long id, String project) {
        when(cycles.get(id)).thenReturn(Optional.of(new StoredCycle(id, new Cycle("C" + id, Q1, Q2), project, null)));
    }

    @Test
    public void shouldShowAnUnconfiguredObjectiveToBrowsers() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 200, MEMBER, 200, PROJECT_ADMIN, 200,
                JIRA_ADMIN, 200), () -> server.get(SETTINGS));
        JsonNode none = ok(server.get(SETTINGS), 200);
        assertFalse(none.get("stored").asBoolean());
        assertTrue(none.get("cycleId").isNull());
        assertEquals(1.0, none.get("weight").asDouble(), 0.0);
    }

    @Test
    public void shouldLetOnlyEditorsSetAnObjectivesCycleAndStoreNothingForOthers() {
        String body = "{\"cycleId\": 4, \"committed\": true, \"weight\": 2, \"owner\": \"Payments team\"}";
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403), () -> server.put(SETTINGS, body));
        assertTrue("a refused change stores nothing", stored.isEmpty());
        matrix(jira, statuses(MEMBER, 200, PROJECT_ADMIN, 200, JIRA_ADMIN, 200), () -> server.put(SETTINGS, body));
        assertEquals(new ObjectiveSettings("TEAM-1", 4, true, Weight.of(2), "Payments team"), stored.get("TEAM-1"));

        JsonNode changed = ok(server.put(SETTINGS, "{\"committed\": false}"), 200);
        assertTrue(changed.get("stored").asBoolean());
        assertEquals("kept", 4, changed.get("cycleId").asLong());
        assertEquals("kept", "Payments team", changed.get("owner").asText());
        assertFalse(changed.get("committed").asBoolean());
    }

    @Test
    public void shouldHideSecuredAndDeletedObjectivesLikeMissingOnes() {
        matrix(jira, statuses(VIEWER, 404, MEMBER, 404, PROJECT_ADMIN, 200, JIRA_ADMIN, 200),
                () -> server.get("/objectives/TEAM-2/settings"));
        matrix(jira, statuses(VIEWER, 404, MEMBER, 404),
                () -> server.put("/objectives/TEAM-2/settings", "{\"cycleId\": 3}"));
        jira.delete("TEAM-1");
        jira.as(JIRA_ADMIN);
        refused(server.put(SETTINGS, "{\"cycleId\": 3}"), 404, "issueKey", "okr.error.issueNotFound");
        assertTrue(stored.isEmpty());
    }

    @Test
    public void shouldRefuseEveryBadFieldNamingItAndStoreNothing() {
        jira.as(MEMBER);
        refused(server.put(SETTINGS, "{\"committed\": true}"), 400, "cycleId", "okr.error.required");
        refused(server.put(SETTINGS, "{\"cycleId\": 42}"), 400, "cycleId", "okr.error.cycleNotFound");
        jira.as(JIRA_ADMIN);
        refused(server.put(SETTINGS, "{\"cycleId\": 5}"), 400, "cycleId", "okr.error.cycleNotFound");
        jira.as(MEMBER);
        refused(server.put(SETTINGS, "{\"cycleId\": 5}"), 400, "cycleId", "okr.error.cycleNotFound");
        refused(server.put(SETTINGS, "{\"cycleId\": \"3\"}"), 400, "cycleId", "okr.error.json.type.integer");
        refused(server.put(SETTINGS, "{\"cycleId\": 3.5}"), 400, "cycleId", "okr.error.json.type.integer");
        refused(server.put(SETTINGS, "{\"cycleId\": 1e999}"), 400, "cycleId", "okr.error.json.type.integer");
        refused(server.put(SETTINGS, "{\"cycleId\": 3, \"weight\": -2}"), 400, "weight", "okr.error.negativeWeight");
        refused(server.put(SETTINGS, "{\"cycleId\": 3, \"weight\": 1e999}"), 400, "weight", "okr.error.notFinite");
        refused(server.put(SETTINGS, "{\"cycleId\": 3, \"weight\": NaN}"), 400, null, "okr.error.json.malformed");
        refused(server.put(SETTINGS, "{\"cycleId\": 3, \"weight\": 1.5e6}"), 400, "weight",
                "okr.error.weightTooLarge");
        refused(server.put(SETTINGS, "{\"cycleId\": 3, \"weight\": 1e308}"), 400, "weight",
                "okr.error.valueTooLarge");
        refused(server.put(SETTINGS, "{\"cycleId\": 3, \"committed\": 1}"), 400, "committed",
                "okr.error.json.type.boolean");
        refused(server.put(SETTINGS, "{\"cycleId\": 3, \"owner\": \"" + "x".repeat(256) + "\"}"), 400, "owner",
                "okr.error.textTooLong");
        refused(server.put(SETTINGS, "{\"cycleId\": 3, \"owner\": \"" + "x".repeat(5000) + "\"}"), 400, "owner",
                "okr.error.textTooLong");
        refused(server.put(SETTINGS, "{\"cycleId\": 3,"), 400, null, "okr.error.json.malformed");
        assertTrue(stored.isEmpty());
    }
}
