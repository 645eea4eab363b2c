package dev.northstar.okr.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.host.ClusterLocks;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.settings.SettingsService;
import dev.northstar.okr.testing.FakeJiraSchema;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.host.JvmClusterLocks;
import dev.northstar.okr.testing.RestServer;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The setup endpoints over real HTTP, with Jira's permission services mocked and an in-memory Jira schema. */
public class SetupResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraFixture jira = new JiraFixture();
    private final FakeJiraSchema schema = new FakeJiraSchema();
    private final SettingsService settings = new SettingsService(jira.settingsStorage);
    private final SettingsSchemaStore store = new SettingsSchemaStore(jira.settingsStorage);
    /** Switched on by a test to play another node holding the setup lock. */
    private volatile boolean lockTaken;
    private final ClusterLocks locks = new ClusterLocks() {
        private final JvmClusterLocks memory = new JvmClusterLocks();

        @Override
        public <T> Optional<T> withLock(String name, Duration wait, Supplier<T> work) {
            return lockTaken ? Optional.empty() : memory.withLock(name, wait, work);
        }
    };

    @Rule
    public final RestServer server = new RestServer(
            new SetupResource(new OkrSetup(schema, store, settings, locks), new Guard(jira.access)),
            new ErrorMapping(jira.texts), new XsrfGuard());

    @Test
    public void shouldLetOnlyJiraAdministratorsIn() throws Exception {
        jira.anonymous();
        assertEquals("okr.error.loginRequired", error(server.get("/setup"), 401).get("key").asText());
        jira.as(JiraFixture.Role.PROJECT_ADMIN);
        assertEquals("okr.error.adminRequired", error(server.get("/setup"), 403).get("key").asText());
        assertEquals("okr.error.adminRequired", error(server.post("/setup", "{}"), 403).get("key").asText());
        assertEquals("okr.error.adminRequired",
                error(server.post("/setup/projects/TEAM", "{}"), 403).get("key").asText());
        assertTrue("a refused call creates nothing", schema.created.isEmpty());
    }

    @Test
    public void shouldShowWhatIsMissingBeforeSetupAndNothingAfter() throws Exception {
        jira.administrator();
        JsonNode before = ok(server.get("/setup"));
        assertFalse(before.get("complete").asBoolean());
        assertEquals(9, before.get("missing").size());

        JsonNode report = ok(server.post("/setup", "{}"));
        assertTrue(report.get("ran").asBoolean());
        assertEquals("CREATED", report.get("steps").get(0).get("outcome").asText());
        assertEquals("objectiveType", report.get("steps").get(0).get("item").asText());

        JsonNode after = ok(server.get("/setup"));
        assertTrue(after.get("complete").asBoolean());
        assertEquals(0, after.get("missing").size());
        JsonNode objective = after.get("items").get(0);
        assertEquals("Objective", objective.get("name").asText());
        assertEquals("okr.schema.objective", objective.get("i18nKey").asText());
        assertTrue(objective.get("exists").asBoolean());
    }

    @Test
    public void shouldEnableAProjectOnce() throws Exception {
        jira.administrator();
        schema.project("TEAM", schema.allIssueTypes().get(0).id());

        JsonNode status = ok(server.post("/setup/projects/TEAM", "{}"));
        ok(server.post("/setup/projects/TEAM", "{}"));

        assertEquals("TEAM", status.get("projectKey").asText());
        assertTrue(status.get("ready").asBoolean());
        assertEquals(3, schema.projectTypes("TEAM").size());
        assertEquals(java.util.List.of("TEAM"), settings.current().enabledProjects());
        assertTrue(ok(server.get("/setup")).get("projects").get(0).get("ready").asBoolean());
    }

    @Test
    public void shouldAnswerAnUnknownProjectWithATranslatedNotFound() throws Exception {
        jira.administrator();
        JsonNode error = error(server.post("/setup/projects/NOPE", "{}"), 404);
        assertEquals("okr.error.setup.unknownProject", error.get("key").asText());
        assertEquals("projectKey", error.get("field").asText());
        assertEquals("Project NOPE does not exist.", error.get("message").asText());

        jira.speaking(Locale.KOREAN);
        assertEquals("\ud504\ub85c\uc81d\ud2b8 NOPE\uc774(\uac00) \uc5c6\uc2b5\ub2c8\ub2e4.",
                error(server.post("/setup/projects/NOPE", "{}"), 404).get("message").asText());
        assertTrue(schema.created.isEmpty());
    }

    @Test
    public void shouldRefuseAMalformedProjectKey() throws Exception {
        jira.administrator();
        JsonNode error = error(server.post("/setup/projects/team-1", "{}"), 400);
        assertEquals("okr.error.settings.projectKey", error.get("key").asText());
    }

    @Test
    public void shouldAnswerConflictWhileAnotherRunHoldsTheLock() throws Exception {
        jira.administrator();
        schema.project("TEAM");
        lockTaken = true;

        assertEquals("okr.error.setup.busy", error(server.post("/setup", "{}"), 409).get("key").asText());
        assertEquals("okr.error.setup.busy",
                error(server.post("/setup/projects/TEAM", "{}"), 409).get("key").asText());
        assertTrue(schema.created.isEmpty());
    }

    @Test
    public void shouldRefuseCrossSiteSetupRuns() throws Exception {
        jira.administrator();
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri("/setup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertEquals("okr.error.xsrf", error(form, 403).get("key").asText());
        assertTrue(schema.created.isEmpty());
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertFalse("leaks internals: " + response.body(),
                response.body().contains("Exception") || response.body().contains("at dev."));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        return body;
    }
}
