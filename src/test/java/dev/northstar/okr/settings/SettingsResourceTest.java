package dev.northstar.okr.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.RestServer;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The settings endpoint over real HTTP, with Jira's services mocked and the app's real adapters. */
public class SettingsResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraFixture jira = new JiraFixture();
    private final SettingsService service = new SettingsService(jira.settingsStorage);

    @Rule
    public final RestServer server = new RestServer(
            new SettingsResource(service, new Guard(jira.access)), new ErrorMapping(jira.texts), new XsrfGuard());

    @Test
    public void shouldAskAnonymousCallersToLogIn() throws Exception {
        jira.anonymous();
        JsonNode error = error(server.get("/settings"), 401);
        assertEquals("okr.error.loginRequired", error.get("key").asText());
        assertEquals("Log in to use Northstar OKR.", error.get("message").asText());
    }

    @Test
    public void shouldRefuseUsersWhoAreNotJiraAdministrators() throws Exception {
        jira.user();
        assertEquals("okr.error.adminRequired", error(server.get("/settings"), 403).get("key").asText());
        assertEquals("okr.error.adminRequired",
                error(server.put("/settings", "{\"staleDays\": 3}"), 403).get("key").asText());
        assertTrue("a refused change stores nothing", jira.pluginSettings.isEmpty());
    }

    @Test
    public void shouldShowDefaultsToAnAdministrator() throws Exception {
        jira.administrator();
        HttpResponse<String> response = server.get("/settings");
        assertEquals(200, response.statusCode());
        JsonNode settings = JSON.readTree(response.body());
        assertEquals(0.95, settings.get("paceOnTrack").asDouble(), 0.0);
        assertEquals(0.75, settings.get("paceAtRisk").asDouble(), 0.0);
        assertEquals(14, settings.get("staleDays").asInt());
        assertEquals(1.0, settings.get("weightDone").asDouble(), 0.0);
    }

    @Test
    public void shouldKeepFieldsLeftOutAndStoreTheRest() throws Exception {
        jira.administrator();
        HttpResponse<String> response = server.put("/settings",
                "{\"staleDays\": 7, \"enabledProjects\": [\"TIMOB\", \"AC\", \"TIMOB\"], \"weightInProgress\": 0.5}");
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode stored = JSON.readTree(server.get("/settings").body());
        assertEquals(7, stored.get("staleDays").asInt());
        assertEquals("[\"AC\",\"TIMOB\"]", stored.get("enabledProjects").toString());
        assertEquals(0.5, stored.get("weightInProgress").asDouble(), 0.0);
        assertEquals("untouched", 0.95, stored.get("paceOnTrack").asDouble(), 0.0);
    }

    @Test
    public void shouldNameTheFieldOfAWrongType() throws Exception {
        jira.administrator();
        JsonNode error = error(server.put("/settings", "{\"staleDays\": \"two weeks\"}"), 400);
        assertEquals("staleDays", error.get("field").asText());
        assertEquals("okr.error.json.type.integer", error.get("key").asText());
        error = error(server.put("/settings", "{\"enabledProjects\": \"AC\"}"), 400);
        assertEquals("enabledProjects", error.get("field").asText());
    }

    @Test
    public void shouldRefuseMalformedJsonNaNAndInfinity() throws Exception {
        jira.administrator();
        assertEquals("okr.error.json.malformed",
                error(server.put("/settings", "{\"staleDays\": 7"), 400).get("key").asText());
        assertEquals("okr.error.json.malformed",
                error(server.put("/settings", "{\"paceOnTrack\": NaN}"), 400).get("key").asText());
        JsonNode infinite = error(server.put("/settings", "{\"paceOnTrack\": 1e999}"), 400);
        assertEquals("paceOnTrack", infinite.get("field").asText());
        assertEquals("okr.error.notFinite", infinite.get("key").asText());
        assertEquals("okr.error.json.objectExpected",
                error(server.put("/settings", "[1, 2]"), 400).get("key").asText());
        assertEquals("okr.error.json.empty", error(server.put("/settings", ""), 400).get("key").asText());
        assertTrue("nothing stored", jira.pluginSettings.isEmpty());
    }

    @Test
    public void shouldRefuseInconsistentThresholdsAndLoseNothing() throws Exception {
        jira.administrator();
        server.put("/settings", "{\"staleDays\": 10}");
        JsonNode error = error(server.put("/settings", "{\"paceAtRisk\": 0.97, \"staleDays\": 3}"), 400);
        assertEquals("paceAtRisk", error.get("field").asText());
        assertEquals("The at-risk threshold must be below the on-track threshold.", error.get("message").asText());
        assertEquals("the earlier value stays", 10,
                JSON.readTree(server.get("/settings").body()).get("staleDays").asInt());
    }

    @Test
    public void shouldChooseHowFiguresTreatIssuesAViewerCannotSee() throws Exception {
        jira.administrator();
        assertEquals("counted by default", "count",
                JSON.readTree(server.get("/settings").body()).get("hiddenIssues").asText());
        assertEquals("leave-out", JSON.readTree(server.put("/settings", "{\"hiddenIssues\": \"leave-out\"}").body())
                .get("hiddenIssues").asText());
        JsonNode error = error(server.put("/settings", "{\"hiddenIssues\": \"hide\"}"), 400);
        assertEquals("hiddenIssues", error.get("field").asText());
        assertEquals("okr.error.settings.hiddenIssues", error.get("key").asText());
        error(server.put("/settings", "{\"hiddenIssues\": true}"), 400);
        server.put("/settings", "{\"staleDays\": 9}");
        assertEquals("kept by changes that leave it out", "leave-out",
                JSON.readTree(server.get("/settings").body()).get("hiddenIssues").asText());
    }

    @Test
    public void shouldKeepAllSettingsAsOneDocumentWrittenAtOnce() throws Exception {
        jira.administrator();
        server.put("/settings", "{\"staleDays\": 7, \"enabledProjects\": [\"AC\"]}");
        assertEquals("one entry holds every setting", java.util.Set.of(SettingsService.DOCUMENT),
                jira.pluginSettings.keySet());
        JsonNode document = JSON.readTree((String) jira.pluginSettings.get(SettingsService.DOCUMENT));
        assertEquals(7, document.get("staleDays").asInt());
        assertEquals("[\"AC\"]", document.get("enabledProjects").toString());
        assertEquals(0.95, document.get("paceOnTrack").asDouble(), 0.0);
    }

    @Test
    public void shouldReadTheSingleEntriesOfEarlierVersionsUntilTheFirstWriteReplacesThem() throws Exception {
        jira.pluginSettings.put(SettingsService.PREFIX + "staleDays", "21");
        jira.pluginSettings.put(SettingsService.PREFIX + "enabledProjects", "AC,TIMOB");
        jira.pluginSettings.put(SettingsService.PREFIX + "paceOnTrack", "0.9");
        jira.administrator();
        JsonNode read = JSON.readTree(server.get("/settings").body());
        assertEquals(21, read.get("staleDays").asInt());
        assertEquals("[\"AC\",\"TIMOB\"]", read.get("enabledProjects").toString());

        server.put("/settings", "{\"justStartedBelow\": 0.2}");
        assertEquals(java.util.Set.of(SettingsService.DOCUMENT), jira.pluginSettings.keySet());
        JsonNode written = JSON.readTree(server.get("/settings").body());
        assertEquals(21, written.get("staleDays").asInt());
        assertEquals(0.9, written.get("paceOnTrack").asDouble(), 0.0);
        assertEquals(0.2, written.get("justStartedBelow").asDouble(), 0.0);
        assertEquals("[\"AC\",\"TIMOB\"]", written.get("enabledProjects").toString());
    }

    /** A stored value that breaks a rule costs that rule's values only, never the enabled projects or fields. */
    @Test
    public void shouldResetOnlyTheValuesOfABrokenRuleWhenReading() throws Exception {
        jira.pluginSettings.put(SettingsService.DOCUMENT, "{\"paceOnTrack\": 0.5, \"paceAtRisk\": 0.9,"
                + " \"staleDays\": \"two weeks\", \"enabledProjects\": [\"AC\"],"
                + " \"sprintField\": \"customfield_10100\","
                + " \"weightToDo\": 0.5, \"weightInProgress\": 0.2, \"weightDone\": 1, \"justStartedBelow\": 0.3}");
        jira.administrator();
        JsonNode read = JSON.readTree(server.get("/settings").body());
        assertEquals("broken rule: its group falls back", 0.95, read.get("paceOnTrack").asDouble(), 0.0);
        assertEquals(0.75, read.get("paceAtRisk").asDouble(), 0.0);
        assertEquals("unreadable: its default", 14, read.get("staleDays").asInt());
        assertEquals(0.0, read.get("weightToDo").asDouble(), 0.0);
        assertEquals(0.0, read.get("weightInProgress").asDouble(), 0.0);
        assertEquals("kept", "[\"AC\"]", read.get("enabledProjects").toString());
        assertEquals("kept", "customfield_10100", read.get("sprintField").asText());
        assertEquals("kept", 0.3, read.get("justStartedBelow").asDouble(), 0.0);

        jira.pluginSettings.put(SettingsService.DOCUMENT, "{not json");
        assertEquals(14, JSON.readTree(server.get("/settings").body()).get("staleDays").asInt());
    }

    @Test
    public void shouldRefuseHugeTextsAndBadProjectKeys() throws Exception {
        jira.administrator();
        String huge = "x".repeat(5000);
        assertEquals("okr.error.textTooLong",
                error(server.put("/settings", "{\"sprintField\": \"" + huge + "\"}"), 400).get("key").asText());
        JsonNode error = error(server.put("/settings", "{\"enabledProjects\": [\"not a key\"]}"), 400);
        assertEquals("\"not a key\" is not a Jira project key.", error.get("message").asText());
        // one document in SAL's plugin settings, which hold 99,000 characters a value: the keys may not take more
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 400; i++) {
            many.append(i == 0 ? "" : ",").append("\"P").append(i).append("X".repeat(250)).append('"');
        }
        JsonNode tooMany = error(server.put("/settings", "{\"enabledProjects\": " + many + "]}"), 400);
        assertEquals("enabledProjects", tooMany.get("field").asText());
        assertEquals("okr.error.settings.projectsTooLong", tooMany.get("key").asText());
    }

    @Test
    public void shouldRefuseCrossSiteChanges() throws Exception {
        jira.administrator();
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri("/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("staleDays=1")));
        assertEquals("okr.error.xsrf", error(form, 403).get("key").asText());
        HttpResponse<String> foreign = server.send(HttpRequest.newBuilder(server.uri("/settings"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"staleDays\": 1}")));
        assertEquals("okr.error.xsrf", error(foreign, 403).get("key").asText());
        assertTrue(jira.pluginSettings.isEmpty());
    }

    @Test
    public void shouldAnswerInTheCallersLanguage() throws Exception {
        jira.user().speaking(Locale.KOREAN);
        assertEquals("Jira \uad00\ub9ac\uc790\ub9cc \ud560 \uc218 \uc788\ub294 \uc791\uc5c5\uc785\ub2c8\ub2e4.",
                error(server.get("/settings"), 403).get("message").asText());
    }

    @Test
    public void shouldAnswerUnknownAddressesWithJson() throws Exception {
        jira.administrator();
        assertEquals("okr.error.http.404", error(server.get("/nothing-here"), 404).get("key").asText());
    }

    /** Asserts the status and the error body's shape, and that no server internals leak. */
    private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertFalse("leaks internals: " + response.body(),
                response.body().contains("Exception") || response.body().contains("at dev."));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("message").asText().isBlank());
        return body;
    }
}
