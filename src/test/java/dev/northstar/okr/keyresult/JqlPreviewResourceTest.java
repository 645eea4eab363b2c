package dev.northstar.okr.keyresult;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.jira.JiraJqlCheck;
import dev.northstar.okr.reading.FocusMetricRule;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.JiraIssues;
import dev.northstar.okr.testing.LazyActiveObjects;
import dev.northstar.okr.testing.MemoryStores;
import dev.northstar.okr.testing.RestServer;
import dev.northstar.okr.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.util.Locale;
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
import static org.junit.Assert.assertTrue;

/**
 * {@code POST /keyresults/{key}/jql-preview} over real HTTP: Jira's check of a query and how many issues it finds for
 * the caller, counted by Jira's search as the caller (the fake search leaves out what they may not browse).
 */
public class JqlPreviewResourceTest {
    private static final String PREVIEW = "/keyresults/TEAM-1/jql-preview";
    private static final String LABELLED = "{\"jql\": \"project = TEAM AND labels = okr\"}";

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(TestDatabase.HSQLDB, KeyResultSettingsEntity.class,
            InitiativeRatingEntity.class);
    private final JiraFixture jira = new JiraFixture();
    private final KeyResultSettingsRepository settings =
            new AoKeyResultSettingsRepository(LazyActiveObjects.of(ao::activeObjects));
    private final JiraIssues issues = new JiraIssues(jira);
    private final MemoryStores stores = new MemoryStores();

    @Rule
    public final RestServer server = new RestServer(new KeyResultResource(settings,
            new AoInitiativeRepository(LazyActiveObjects.of(ao::activeObjects)), new Guard(jira.access),
            new JiraJqlCheck(issues.pages), new FocusMetricRule(issues.structure, stores.objectives, settings,
            stores.schema)), new ErrorMapping(jira.texts), new XsrfGuard());

    @Before
    public void declareIssues() {
        issues.keyResult("TEAM-1", "TEAM-5");
        issues.objective("TEAM-5");
        issues.issue("TEAM-10").label("okr");
        issues.issue("TEAM-11").label("okr");
        issues.issue("TEAM-12").label("okr");
        issues.issue("TEAM-13");
        jira.secure("TEAM-12");
        jira.secure("TEAM-2");
        issues.keyResult("TEAM-2", "TEAM-5");
    }

    @Test
    public void shouldCountOnlyTheIssuesTheCallerMayBrowse() {
        jira.as(MEMBER);
        JsonNode member = ok(server.post(PREVIEW, LABELLED), 200);
        assertEquals("TEAM-1", member.get("issueKey").asText());
        assertEquals("project = TEAM AND labels = okr", member.get("jql").asText());
        assertEquals("the secured TEAM-12 is not counted for a member", 2, member.get("count").asInt());
        assertEquals("a count, never the issues", java.util.List.of("issueKey", "jql", "count"),
                java.util.stream.StreamSupport.stream(((Iterable<String>) member::fieldNames).spliterator(), false)
                        .toList());

        jira.as(PROJECT_ADMIN);
        assertEquals(3, ok(server.post(PREVIEW, LABELLED), 200).get("count").asInt());
        assertEquals(0, ok(server.post(PREVIEW, "{\"jql\": \"project = TEAM AND labels = none\"}"), 200)
                .get("count").asInt());
        assertTrue("searched with the caller's permissions, never with security overridden",
                issues.search.permissionChecked > 0);
    }

    @Test
    public void shouldLetOnlyTheKeyResultsEditorsPreviewAndStoreNothing() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403, MEMBER, 200, PROJECT_ADMIN, 200,
                JIRA_ADMIN, 200), () -> server.post(PREVIEW, LABELLED));
        jira.as(VIEWER);
        refused(server.post(PREVIEW, LABELLED), 403, "issueKey", "okr.error.editRequired");
        jira.as(MEMBER);
        refused(server.post("/keyresults/TEAM-2/jql-preview", LABELLED), 404, "issueKey",
                "okr.error.issueNotFound");
        refused(server.post("/keyresults/NOPE-1/jql-preview", LABELLED), 404, "issueKey",
                "okr.error.issueNotFound");
        assertEquals("a preview stores nothing", Optional.empty(), settings.find("TEAM-1"));
    }

    @Test
    public void shouldPassJirasOwnMessagesOnForAQueryItCannotRunInTheCallersLanguage() {
        jira.as(MEMBER);
        JsonNode syntax = refused(server.post(PREVIEW, "{\"jql\": \"summary ~ okr\"}"), 400, "jql",
                "okr.error.jqlInvalid");
        assertTrue(syntax.toString(), syntax.get("message").asText()
                .contains("Error in the JQL Query: cannot read 'summary ~ okr'."));
        JsonNode hidden = refused(server.post(PREVIEW, "{\"jql\": \"project = TEAM AND project = SECRET\"}"), 400,
                "jql", "okr.error.jqlInvalid");
        assertTrue(hidden.toString(), hidden.get("message").asText()
                .contains("The value 'SECRET' does not exist for the field 'project'."));
        jira.speaking(Locale.KOREAN);
        assertTrue(refused(server.post(PREVIEW, "{\"jql\": \"summary ~ okr\"}"), 400, "jql", "okr.error.jqlInvalid")
                .get("message").asText().startsWith("Jira가 이 JQL을 실행할 수 없습니다"));
    }

    @Test
    public void shouldRefuseBadInputNamingTheField() {
        jira.as(MEMBER);
        refused(server.post(PREVIEW, "{}"), 400, "jql", "okr.error.required");
        refused(server.post(PREVIEW, "{\"jql\": \"   \"}"), 400, "jql", "okr.error.required");
        refused(server.post(PREVIEW, "{\"jql\": null}"), 400, "jql", "okr.error.required");
        refused(server.post(PREVIEW, "{\"jql\": 3}"), 400, "jql", "okr.error.json.type.text");
        refused(server.post(PREVIEW, "{\"jql\": \"" + "x".repeat(2001) + "\"}"), 400, "jql",
                "okr.error.textTooLong");
        refused(server.post(PREVIEW, "{\"jql\": \"a\\u0000b\"}"), 400, "jql", "okr.error.textInvalid");
        refused(server.post(PREVIEW, "{\"jql\": "), 400, null, "okr.error.json.malformed");
        refused(server.post(PREVIEW, "[]"), 400, null, "okr.error.json.objectExpected");
        assertEquals("white space around the query is not Jira's concern", 2,
                ok(server.post(PREVIEW, "{\"jql\": \"  project = TEAM AND labels = okr \\n\"}"), 200)
                        .get("count").asInt());
    }

    /** A preview changes nothing, but it is a POST: the XSRF rule of every state change applies to it as well. */
    @Test
    public void shouldRefuseACrossSiteOrNonJsonPost() {
        jira.as(MEMBER);
        refused(server.send(HttpRequest.newBuilder(server.uri(PREVIEW)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(LABELLED))), 403, null, "okr.error.xsrf");
        refused(server.send(HttpRequest.newBuilder(server.uri(PREVIEW)).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(LABELLED))), 403,
                null, "okr.error.xsrf");
    }
}
