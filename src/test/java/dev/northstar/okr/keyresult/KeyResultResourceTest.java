package dev.northstar.okr.keyresult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.reading.FocusMetricRule;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.jira.JiraJqlCheck;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraIssues;
import dev.northstar.okr.testing.LazyActiveObjects;
import dev.northstar.okr.testing.MemoryStores;
import dev.northstar.okr.testing.RestServer;
import dev.northstar.okr.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
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
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** KR settings and initiative ratings over real HTTP on a real database, over the role matrix. */
public class KeyResultResourceTest {
    private static final String SETTINGS = "/keyresults/TEAM-1/settings";
    private static final String EPIC = "/keyresults/TEAM-1/initiatives/TEAM-10";
    private static final String METRIC = "{\"kind\": \"metric\", \"direction\": \"maintain\", \"low\": 2.5,"
            + " \"high\": 3, \"weight\": 2, \"jql\": \"project = TEAM\", \"metricFrom\": \"jql-average\","
            + " \"aggregateField\": \"customfield_10002\", \"weightInProgress\": 0.5, \"focusMetric\": true}";

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(TestDatabase.HSQLDB, KeyResultSettingsEntity.class,
            InitiativeRatingEntity.class);
    private final JiraFixture jira = new JiraFixture();
    private final KeyResultSettingsRepository settings =
            new AoKeyResultSettingsRepository(LazyActiveObjects.of(ao::activeObjects));
    private final InitiativeRepository initiatives =
            new AoInitiativeRepository(LazyActiveObjects.of(ao::activeObjects));

    /** Jira's search (for the JQL check) and issue links (for the focus rule) over the same fixture. */
    private final JiraIssues issues = new JiraIssues(jira);
    private final MemoryStores stores = new MemoryStores();

    @Rule
    public final RestServer server = new RestServer(new KeyResultResource(settings, initiatives,
            new Guard(jira.access), new JiraJqlCheck(issues.pages), new FocusMetricRule(issues.structure,
            stores.objectives, settings, stores.schema)), new ErrorMapping(jira.texts), new XsrfGuard());

    @Before
    public void declareIssues() {
        jira.issue("TEAM-1");
        jira.issue("TEAM-10");
        jira.issue("TEAM-11");
        jira.secure("TEAM-2");
        jira.secure("TEAM-12");
    }

    @Test
    public void shouldShowDefaultsToBrowsersUntilConfigured() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 200, MEMBER, 200, PROJECT_ADMIN, 200,
                JIRA_ADMIN, 200), () -> server.get(SETTINGS));
        JsonNode defaults = ok(server.get(SETTINGS), 200);
        assertFalse(defaults.get("stored").asBoolean());
        assertEquals("issue-count", defaults.get("kind").asText());
        assertEquals("increase", defaults.get("direction").asText());
        assertEquals("field", defaults.get("metricFrom").asText());
        assertTrue("no weights of its own: the admin's default applies", defaults.get("weightDone").isNull());
        assertEquals(0, defaults.get("initiatives").size());
    }

    @Test
    public void shouldKeepOwnStatusWeightsUntilClearedBackToTheAdminsDefault() {
        jira.as(MEMBER);
        JsonNode own = ok(server.put(SETTINGS, "{\"weightInProgress\": 0.25}"), 200);
        assertEquals(0.0, own.get("weightToDo").asDouble(), 0.0);
        assertEquals(0.25, own.get("weightInProgress").asDouble(), 0.0);
        assertEquals(1.0, own.get("weightDone").asDouble(), 0.0);
        JsonNode kept = ok(server.put(SETTINGS, "{\"weight\": 2}"), 200);
        assertEquals("a change that names no weight keeps them", 0.25, kept.get("weightInProgress").asDouble(), 0.0);
        JsonNode cleared = ok(server.put(SETTINGS, "{\"weightToDo\": null}"), 200);
        assertTrue(cleared.get("weightToDo").isNull());
        assertTrue(cleared.get("weightInProgress").isNull());
        assertTrue(cleared.get("weightDone").isNull());
        assertNull(settings.find("TEAM-1").orElseThrow().statusWeights());
        assertEquals(2.0, settings.find("TEAM-1").orElseThrow().weight().value(), 0.0);
        JsonNode doneOnly = ok(server.put(SETTINGS, "{\"weightDone\": 1}"), 200);
        assertEquals("done-only chosen for the key result is its own", 0.0,
                doneOnly.get("weightInProgress").asDouble(), 0.0);
        assertEquals(StatusWeights.DONE_ONLY, settings.find("TEAM-1").orElseThrow().statusWeights());
    }

    @Test
    public void shouldLetOnlyEditorsChangeSettingsAndStoreNothingForOthers() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403), () -> server.put(SETTINGS, METRIC));
        assertEquals("a refused change stores nothing", Optional.empty(), settings.find("TEAM-1"));
        matrix(jira, statuses(MEMBER, 200, PROJECT_ADMIN, 200, JIRA_ADMIN, 200), () -> server.put(SETTINGS, METRIC));
    }

    @Test
    public void shouldStoreEveryFieldAndKeepWhatIsLeftOut() {
        jira.as(MEMBER);
        JsonNode stored = ok(server.put(SETTINGS, METRIC), 200);
        assertTrue(stored.get("stored").asBoolean());
        assertEquals("metric", stored.get("kind").asText());
        assertEquals("maintain", stored.get("direction").asText());
        assertEquals(2.5, stored.get("low").asDouble(), 0.0);
        assertEquals("jql-average", stored.get("metricFrom").asText());
        assertTrue(stored.get("focusMetric").asBoolean());

        JsonNode changed = ok(server.put(SETTINGS, "{\"weight\": 0, \"direction\": \"INCREASE\", \"low\": null}"),
                200);
        assertEquals(0.0, changed.get("weight").asDouble(), 0.0);
        assertEquals("increase", changed.get("direction").asText());
        assertTrue(changed.get("low").isNull());
        assertEquals("kept", 3.0, changed.get("high").asDouble(), 0.0);
        assertEquals("kept", "project = TEAM", changed.get("jql").asText());
        KeyResultSettings read = settings.find("TEAM-1").orElseThrow();
        assertEquals(KeyResultKind.METRIC, read.kind());
        assertEquals(0.5, read.statusWeights().inProgress(), 0.0);
    }

    /** The exact bytes of the body, in both states, and that Jackson reads the body back to the same bytes. */
    @Test
    public void shouldAnswerSettingsInTheDocumentedJsonByteForByte() throws Exception {
        jira.as(MEMBER);
        assertEquals("{\"issueKey\":\"TEAM-1\",\"stored\":false,\"kind\":\"issue-count\",\"direction\":\"increase\","
                + "\"low\":null,\"high\":null,\"weight\":1.0,\"jql\":\"\",\"metricFrom\":\"field\",\"aggregateField\":\"\","
                + "\"weightToDo\":null,\"weightInProgress\":null,\"weightDone\":null,\"focusMetric\":false,"
                + "\"initiatives\":[]}", server.get(SETTINGS).body());
        ok(server.put(SETTINGS, METRIC), 200);
        ok(server.put(EPIC, "{\"scope\": \"nice-to-have\", \"impact\": 4, \"effort\": 2}"), 200);
        String body = server.get(SETTINGS).body();
        assertEquals("{\"issueKey\":\"TEAM-1\",\"stored\":true,\"kind\":\"metric\",\"direction\":\"maintain\","
                + "\"low\":2.5,\"high\":3.0,\"weight\":2.0,\"jql\":\"project = TEAM\",\"metricFrom\":\"jql-average\","
                + "\"aggregateField\":\"customfield_10002\",\"weightToDo\":0.0,\"weightInProgress\":0.5,"
                + "\"weightDone\":1.0,\"focusMetric\":true,"
                + "\"initiatives\":[{\"issueKey\":\"TEAM-10\",\"scope\":\"nice-to-have\",\"impact\":4,\"effort\":2}]}",
                body);
        ObjectMapper mapper = new ObjectMapper();
        KeyResultSettingsView read = mapper.readValue(body, KeyResultSettingsView.class);
        assertEquals("TEAM-1", read.issueKey());
        assertEquals(body, mapper.writeValueAsString(read));
        assertEquals(read, mapper.readValue(mapper.writeValueAsString(read), KeyResultSettingsView.class));
        // a JAX-RS client reads the body with the same Jackson provider as the server writes it
        jakarta.ws.rs.client.Client client = jakarta.ws.rs.client.ClientBuilder.newClient()
                .register(org.glassfish.jersey.jackson.JacksonFeature.class);
        try {
            assertEquals(read, client.target(server.uri(SETTINGS)).request("application/json")
                    .get(KeyResultSettingsView.class));
        } finally {
            client.close();
        }
    }

    @Test
    public void shouldRefuseAQueryJiraCannotRunWithJirasOwnMessagesAndStoreNothing() {
        jira.as(MEMBER);
        JsonNode syntax = refused(server.put(SETTINGS, "{\"jql\": \"summary ~ okr\"}"), 400, "jql",
                "okr.error.jqlInvalid");
        assertTrue(syntax.toString(), syntax.get("message").asText()
                .contains("Error in the JQL Query: cannot read 'summary ~ okr'."));
        JsonNode value = refused(server.put(SETTINGS, "{\"jql\": \"project = TEAM AND project = SECRET\"}"), 400,
                "jql", "okr.error.jqlInvalid");
        assertTrue(value.toString(), value.get("message").asText()
                .contains("The value 'SECRET' does not exist for the field 'project'."));
        assertEquals(Optional.empty(), settings.find("TEAM-1"));
        jira.speaking(java.util.Locale.KOREAN);
        assertTrue("translated around Jira's message", refused(server.put(SETTINGS,
                "{\"jql\": \"summary ~ okr\"}"), 400, "jql", "okr.error.jqlInvalid").get("message").asText()
                .startsWith("Jira가 이 JQL을 실행할 수 없습니다"));
        ok(server.put(SETTINGS, "{\"jql\": \"project = TEAM\"}"), 200);
    }

    /**
     * Whoever saves the settings owns the query from then on (it runs with their permissions), so a kept query is
     * checked by Jira as the caller on every save, not only when sent.
     */
    @Test
    public void shouldMakeTheCallerTheOwnerOfTheQueryAndCheckItAsTheCallerOnEverySave() {
        jira.as(PROJECT_ADMIN);
        ok(server.put(SETTINGS, METRIC), 200);
        assertEquals("project_admin", settings.find("TEAM-1").orElseThrow().source().jqlOwner());
        jira.as(MEMBER);
        ok(server.put(SETTINGS, "{\"weight\": 3}"), 200);
        KeyResultSettings saved = settings.find("TEAM-1").orElseThrow();
        assertEquals("member", saved.source().jqlOwner());
        assertEquals("project = TEAM", saved.source().jql());

        settings.save(new KeyResultSettings("TEAM-1", KeyResultKind.ISSUE_COUNT, null, null,
                new KeyResultSettings.Source("summary ~ okr", MetricFrom.FIELD, "", "project_admin"), null, false));
        refused(server.put(SETTINGS, "{\"weight\": 2}"), 400, "jql", "okr.error.jqlInvalid");
        assertEquals("a refused change stores nothing", "project_admin",
                settings.find("TEAM-1").orElseThrow().source().jqlOwner());
        ok(server.put(SETTINGS, "{\"jql\": \"\", \"weight\": 2}"), 200);
        assertEquals("", settings.find("TEAM-1").orElseThrow().source().jql());
    }

    /** A stored query may name issues a viewer cannot see: only those who may edit the KR read it. */
    @Test
    public void shouldShowTheStoredQueryOnlyToThoseWhoMayEditTheKeyResult() {
        jira.as(PROJECT_ADMIN);
        ok(server.put(SETTINGS, "{\"jql\": \"project = TEAM AND labels = TEAM-2\"}"), 200);
        for (JiraFixture.Role editor : List.of(MEMBER, PROJECT_ADMIN, JIRA_ADMIN)) {
            jira.as(editor);
            assertEquals(editor.name(), "project = TEAM AND labels = TEAM-2",
                    ok(server.get(SETTINGS), 200).get("jql").asText());
        }
        jira.as(VIEWER);
        JsonNode seen = ok(server.get(SETTINGS), 200);
        assertTrue(seen.toString(), seen.get("jql").isNull());
        assertFalse(seen.toString(), seen.toString().contains("TEAM-2") || seen.toString().contains("labels"));
        assertTrue("the rest is shown", seen.get("stored").asBoolean());
    }

    @Test
    public void shouldRefuseEveryBadFieldNamingItAndStoreNothing() {
        jira.as(MEMBER);
        refused(server.put(SETTINGS, "{\"kind\": \"vibes\"}"), 400, "kind", "okr.error.unknownKind");
        refused(server.put(SETTINGS, "{\"direction\": \"sideways\"}"), 400, "direction", "okr.error.unknownDirection");
        refused(server.put(SETTINGS, "{\"metricFrom\": \"guess\"}"), 400, "metricFrom",
                "okr.error.unknownMetricFrom");
        refused(server.put(SETTINGS, "{\"weight\": -1}"), 400, "weight", "okr.error.negativeWeight");
        refused(server.put(SETTINGS, "{\"weight\": 1e999}"), 400, "weight", "okr.error.notFinite");
        refused(server.put(SETTINGS, "{\"weight\": \"heavy\"}"), 400, "weight", "okr.error.json.type.number");
        refused(server.put(SETTINGS, "{\"weight\": NaN}"), 400, null, "okr.error.json.malformed");
        refused(server.put(SETTINGS, "{\"weight\": 1000001}"), 400, "weight", "okr.error.weightTooLarge");
        refused(server.put(SETTINGS, "{\"weight\": 1e308}"), 400, "weight", "okr.error.valueTooLarge");
        refused(server.put(SETTINGS, "{\"kind\": \"metric\", \"direction\": \"maintain\", \"low\": -1e300,"
                + " \"high\": 1}"), 400, "low", "okr.error.valueTooLarge");
        refused(server.put(SETTINGS, "{\"high\": 1.0000001e15}"), 400, "high", "okr.error.valueTooLarge");
        refused(server.put(SETTINGS, "{\"metricFrom\": \"jql-sum\", \"jql\": \"project = TEAM\", \"aggregateField\": \""
                + "x".repeat(256) + "\"}"), 400, "aggregateField", "okr.error.textTooLong");
        refused(server.put(SETTINGS, "{\"kind\": \"metric\", \"direction\": \"maintain\", \"low\": 5, \"high\": 1}"),
                400, "low", "okr.error.bandInverted");
        refused(server.put(SETTINGS, "{\"kind\": \"metric\", \"direction\": \"maintain\"}"), 400, "low",
                "okr.error.required");
        refused(server.put(SETTINGS, "{\"metricFrom\": \"jql-sum\", \"jql\": \"project = TEAM\"}"), 400,
                "aggregateField", "okr.error.required");
        refused(server.put(SETTINGS, "{\"metricFrom\": \"jql-count\"}"), 400, "jql", "okr.error.required");
        refused(server.put(SETTINGS, "{\"jql\": \"" + "x".repeat(2001) + "\"}"), 400, "jql", "okr.error.textTooLong");
        refused(server.put(SETTINGS, "{\"jql\": \"" + "x".repeat(5000) + "\"}"), 400, "jql", "okr.error.textTooLong");
        refused(server.put(SETTINGS, "{\"weightToDo\": 0.8}"), 400, "weightInProgress",
                "okr.error.settings.weightsOrder");
        refused(server.put(SETTINGS, "{\"weightDone\": 2}"), 400, "weightInProgress",
                "okr.error.settings.weightsOrder");
        refused(server.put(SETTINGS, "{\"focusMetric\": \"yes\"}"), 400, "focusMetric",
                "okr.error.json.type.boolean");
        refused(server.put(SETTINGS, "{\"kind\": 3}"), 400, "kind", "okr.error.json.type.text");
        refused(server.put(SETTINGS, "{\"kind\": "), 400, null, "okr.error.json.malformed");
        refused(server.put(SETTINGS, "[]"), 400, null, "okr.error.json.objectExpected");
        assertEquals(Optional.empty(), settings.find("TEAM-1"));
    }

    @Test
    public void shouldHideSecuredAndDeletedKeyResultsLikeMissingOnes() {
        matrix(jira, statuses(VIEWER, 404, MEMBER, 404, PROJECT_ADMIN, 200, JIRA_ADMIN, 200),
                () -> server.get("/keyresults/TEAM-2/settings"));
        matrix(jira, statuses(VIEWER, 404, MEMBER, 404), () -> server.put("/keyresults/TEAM-2/settings", METRIC));
        assertEquals(Optional.empty(), settings.find("TEAM-2"));

        jira.delete("TEAM-1");
        jira.as(JIRA_ADMIN);
        refused(server.get(SETTINGS), 404, "issueKey", "okr.error.issueNotFound");
        refused(server.put(SETTINGS, METRIC), 404, "issueKey", "okr.error.issueNotFound");
        refused(server.get("/keyresults/NOPE-1/settings"), 404, "issueKey", "okr.error.issueNotFound");
        // 121 characters: a pair of such keys would not fit the ratings' 255-character column
        for (String garbled : List.of("TEAM-1%00", "%00", "TEAM-1%0A", "%ED%A0%80", "X".repeat(300),
                "T".repeat(117) + "-1000")) {
            refused(server.get("/keyresults/" + garbled + "/settings"), 404, "issueKey", "okr.error.issueNotFound");
            refused(server.put("/keyresults/TEAM-10/initiatives/" + garbled, "{}"), 404, "initiativeKey",
                    "okr.error.issueNotFound");
        }
        assertEquals(Optional.empty(), settings.find("TEAM-1"));
    }

    @Test
    public void shouldLetOnlyKrEditorsRateAnInitiative() {
        String rating = "{\"scope\": \"nice-to-have\", \"impact\": 4, \"effort\": 2}";
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403), () -> server.put(EPIC, rating));
        assertEquals("a refused change stores nothing", List.of(), initiatives.list("TEAM-1"));

        matrix(jira, statuses(MEMBER, 200, PROJECT_ADMIN, 200, JIRA_ADMIN, 200), () -> server.put(EPIC, rating));
        JsonNode rated = ok(server.put(EPIC, "{\"impact\": 5}"), 200);
        assertEquals("TEAM-10", rated.get("issueKey").asText());
        assertEquals("kept", "nice-to-have", rated.get("scope").asText());
        assertEquals(5, rated.get("impact").asInt());
        assertEquals(2, rated.get("effort").asInt());
        assertEquals(List.of(new Initiative("TEAM-10", InitiativeScope.NICE_TO_HAVE, 5, 2)),
                initiatives.list("TEAM-1"));
    }

    @Test
    public void shouldRefuseAnInitiativeTheCallerCannotSee() {
        jira.as(MEMBER);
        refused(server.put("/keyresults/TEAM-1/initiatives/TEAM-12", "{\"scope\": \"must-have\"}"), 404,
                "initiativeKey", "okr.error.issueNotFound");
        refused(server.put("/keyresults/TEAM-1/initiatives/NOPE-9", "{\"scope\": \"must-have\"}"), 404,
                "initiativeKey", "okr.error.issueNotFound");
        jira.delete("TEAM-11");
        refused(server.put("/keyresults/TEAM-1/initiatives/TEAM-11", "{\"scope\": \"must-have\"}"), 404,
                "initiativeKey", "okr.error.issueNotFound");
        refused(server.put("/keyresults/TEAM-1/initiatives/TEAM-1", "{\"scope\": \"must-have\"}"), 400,
                "initiativeKey", "okr.error.initiativeIsKeyResult");
        assertEquals(List.of(), initiatives.list("TEAM-1"));
    }

    @Test
    public void shouldRefuseBadRatingsNamingTheField() {
        jira.as(MEMBER);
        refused(server.put(EPIC, "{\"scope\": \"maybe\"}"), 400, "scope", "okr.error.unknownScope");
        refused(server.put(EPIC, "{\"scope\": \"Must Have\"}"), 400, "scope", "okr.error.unknownScope");
        refused(server.put(EPIC, "{\"impact\": 6}"), 400, "impact", "okr.error.outOfRange");
        refused(server.put(EPIC, "{\"effort\": -1}"), 400, "effort", "okr.error.outOfRange");
        refused(server.put(EPIC, "{\"effort\": 2.5}"), 400, "effort", "okr.error.json.type.integer");
        refused(server.put(EPIC, "{\"impact\": 1e999}"), 400, "impact", "okr.error.json.type.integer");
        refused(server.put(EPIC, "{\"scope\": \"" + "x".repeat(5000) + "\"}"), 400, "scope",
                "okr.error.textTooLong");
        refused(server.put(EPIC, "{\"impact\": NaN}"), 400, null, "okr.error.json.malformed");
        assertEquals(List.of(), initiatives.list("TEAM-1"));
    }

    @Test
    public void shouldListOnlyTheRatingsOfInitiativesTheCallerMayBrowse() {
        initiatives.save("TEAM-1", new Initiative("TEAM-10", InitiativeScope.MUST_HAVE, 3, 3));
        initiatives.save("TEAM-1", new Initiative("TEAM-12", InitiativeScope.MUST_HAVE, 5, 1));

        jira.as(VIEWER);
        JsonNode seen = ok(server.get(SETTINGS), 200).get("initiatives");
        assertEquals(1, seen.size());
        assertEquals("TEAM-10", seen.get(0).get("issueKey").asText());
        assertEquals("must-have", seen.get(0).get("scope").asText());
        assertFalse("a hidden initiative is not named", ok(server.get(SETTINGS), 200).toString().contains("TEAM-12"));

        jira.as(PROJECT_ADMIN);
        assertEquals(2, ok(server.get(SETTINGS), 200).get("initiatives").size());
    }
}
