package dev.northstar.okr.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.rest.ErrorMapping;
import dev.northstar.okr.rest.Guard;
import dev.northstar.okr.rest.XsrfGuard;
import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.JiraFixture;
import dev.northstar.okr.testing.LazyActiveObjects;
import dev.northstar.okr.testing.RestServer;
import dev.northstar.okr.testing.TestClock;
import dev.northstar.okr.testing.TestDatabase;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/** Cycle endpoints over real HTTP on a real database, with Jira's services mocked over the role matrix. */
public class CycleResourceTest {
    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final String Q1_GLOBAL =
            "{\"name\": \"2026 Q1\", \"start\": \"2026-01-01\", \"end\": \"2026-03-31\", \"project\": null}";
    private static final String Q1_TEAM =
            "{\"name\": \"Team Q1\", \"start\": \"2026-01-01\", \"end\": \"2026-03-31\", \"project\": \"TEAM\"}";

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(TestDatabase.HSQLDB, CycleEntity.class);
    private final JiraFixture jira = new JiraFixture();
    private final TestClock clock = new TestClock(NOW);
    private final CycleRepository repository = new AoCycleRepository(LazyActiveObjects.of(ao::activeObjects));
    private final CycleService service = new CycleService(repository, jira.access, clock);

    @Rule
    public final RestServer server = new RestServer(new CycleResource(service, new Guard(jira.access)),
            new ErrorMapping(jira.texts), new XsrfGuard());

    @Before
    public void declareProjects() {
        jira.project("TEAM");
        jira.project("OTHER");
    }

    private int stored() {
        return ao.activeObjects().count(CycleEntity.class, Query.select());
    }

    private long create(String body) {
        jira.as(JIRA_ADMIN);
        return ok(server.post("/cycles", body), 201).get("id").asLong();
    }

    @Test
    public void shouldLetOnlyJiraAdminsCreateAGlobalCycle() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 403, VIEWER, 403, MEMBER, 403, PROJECT_ADMIN, 403),
                () -> server.post("/cycles", Q1_GLOBAL));
        assertEquals("a refused change stores nothing", 0, stored());

        jira.as(JIRA_ADMIN);
        JsonNode created = ok(server.post("/cycles", Q1_GLOBAL), 201);
        assertEquals("2026 Q1", created.get("name").asText());
        assertEquals("2026-01-01T00:00:00Z", created.get("start").asText());
        assertEquals("the end date is included", "2026-04-01T00:00:00Z", created.get("end").asText());
        assertTrue(created.get("project").isNull());
        assertFalse(created.get("closed").asBoolean());
        assertTrue(created.get("manageable").asBoolean());
        assertEquals(1, stored());
    }

    @Test
    public void shouldLetProjectAdminsCreateTheirProjectsCycles() {
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403, MEMBER, 403),
                () -> server.post("/cycles", Q1_TEAM));
        assertEquals(0, stored());
        matrix(jira, statuses(PROJECT_ADMIN, 201, JIRA_ADMIN, 201), () -> server.post("/cycles", Q1_TEAM));
        assertEquals(2, stored());
    }

    @Test
    public void shouldAnswerAnUnknownProjectLikeAHiddenOne() {
        jira.as(JIRA_ADMIN);
        refused(server.post("/cycles", Q1_TEAM.replace("TEAM", "NOPE")), 404, "project", "okr.error.projectNotFound");
        refused(server.get("/cycles?project=NOPE"), 404, "project", "okr.error.projectNotFound");
        jira.as(OUTSIDER);
        refused(server.get("/cycles?project=TEAM"), 404, "project", "okr.error.projectNotFound");
        assertEquals(0, stored());
    }

    @Test
    public void shouldListGlobalCyclesToAllAndProjectCyclesToTheirBrowsers() {
        long global = create(Q1_GLOBAL);
        long team = create(Q1_TEAM);
        create(Q1_TEAM.replace("TEAM", "OTHER"));
        jira.secure("TEAM-1");

        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 200, VIEWER, 200, MEMBER, 200, PROJECT_ADMIN, 200,
                JIRA_ADMIN, 200), () -> server.get("/cycles"));
        jira.as(VIEWER);
        assertEquals(List.of(team, global), ids(ok(server.get("/cycles?project=TEAM"), 200)));
        jira.as(OUTSIDER);
        assertEquals(List.of(global), ids(ok(server.get("/cycles"), 200)));
        refused(server.get("/cycles/" + team), 404, "id", "okr.error.cycleNotFound");
        jira.as(VIEWER);
        JsonNode seen = ok(server.get("/cycles/" + team), 200);
        assertEquals("TEAM", seen.get("project").asText());
        assertFalse("a viewer may not manage it", seen.get("manageable").asBoolean());
    }

    @Test
    public void shouldChangeACycleKeepingWhatIsLeftOut() {
        long team = create(Q1_TEAM);
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403, MEMBER, 403),
                () -> server.put("/cycles/" + team, "{\"name\": \"Renamed\"}"));
        jira.as(PROJECT_ADMIN);
        JsonNode changed = ok(server.put("/cycles/" + team, "{\"name\": \"Renamed\", \"end\": \"2026-03-30\"}"), 200);
        assertEquals("Renamed", changed.get("name").asText());
        assertEquals("2026-01-01T00:00:00Z", changed.get("start").asText());
        assertEquals("2026-03-31T00:00:00Z", changed.get("end").asText());
        assertEquals("TEAM", changed.get("project").asText());
    }

    @Test
    public void shouldNeedTheRightToManageCyclesInBothPlacesToMoveOne() {
        long team = create(Q1_TEAM);
        jira.as(PROJECT_ADMIN);
        refused(server.put("/cycles/" + team, "{\"project\": null}"), 403, null, "okr.error.adminRequired");
        assertEquals("TEAM", repository.get(team).orElseThrow().projectKey());
        refused(server.put("/cycles/" + team, "{\"project\": \"NOPE\"}"), 404, "project",
                "okr.error.projectNotFound");
        jira.as(JIRA_ADMIN);
        JsonNode moved = ok(server.put("/cycles/" + team, "{\"project\": null}"), 200);
        assertTrue(moved.get("project").isNull());
    }

    @Test
    public void shouldCloseOnceAndAnswer409TheSecondTime() {
        long team = create(Q1_TEAM);
        matrix(jira, statuses(ANONYMOUS, 401, OUTSIDER, 404, VIEWER, 403, MEMBER, 403),
                () -> server.post("/cycles/" + team + "/close", "{}"));
        assertFalse(repository.get(team).orElseThrow().closed());

        jira.as(PROJECT_ADMIN);
        JsonNode closed = ok(server.post("/cycles/" + team + "/close", "{}"), 200);
        assertTrue(closed.get("closed").asBoolean());
        assertEquals(NOW.toString(), closed.get("closedAt").asText());
        assertFalse(closed.get("manageable").asBoolean());

        clock.advance(Duration.ofDays(1));
        jira.as(JIRA_ADMIN);
        refused(server.post("/cycles/" + team + "/close", "{}"), 409, null, "okr.error.cycleClosed");
        refused(server.put("/cycles/" + team, "{\"name\": \"Too late\"}"), 409, null, "okr.error.cycleClosed");
        assertEquals("the first close stays", NOW, repository.get(team).orElseThrow().closedAt());
        assertEquals("Team Q1", repository.get(team).orElseThrow().cycle().name());
    }

    @Test
    public void shouldCloseWithTheXsrfHeaderAndNoBody() {
        long global = create(Q1_GLOBAL);
        HttpResponse<String> closed = server.send(HttpRequest.newBuilder(server.uri("/cycles/" + global + "/close"))
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(closed.body(), 200, closed.statusCode());
        HttpResponse<String> forged = server.send(HttpRequest.newBuilder(server.uri("/cycles/" + create(Q1_GLOBAL)
                + "/close")).POST(HttpRequest.BodyPublishers.noBody()));
        refused(forged, 403, null, "okr.error.xsrf");
    }

    @Test
    public void shouldAnswerUnknownCyclesWith404() {
        jira.as(JIRA_ADMIN);
        for (String id : List.of("42", "abc", "-1", "0", "99999999999999999999")) {
            refused(server.get("/cycles/" + id), 404, "id", "okr.error.cycleNotFound");
            refused(server.put("/cycles/" + id, "{\"name\": \"x\"}"), 404, "id", "okr.error.cycleNotFound");
            refused(server.post("/cycles/" + id + "/close", "{}"), 404, "id", "okr.error.cycleNotFound");
        }
    }

    @Test
    public void shouldRefuseBadDatesNamesAndTypesNamingTheFieldAndStoreNothing() {
        jira.as(JIRA_ADMIN);
        refused(server.post("/cycles", Q1_GLOBAL.replace("2026-03-31", "2025-12-30")), 400, "end",
                "okr.error.endBeforeStart");
        refused(server.post("/cycles", "{\"name\": \"x\", \"start\": \"2026-01-01T00:00:00Z\","
                + " \"end\": \"2026-01-01T00:00:00Z\"}"), 400, "end", "okr.error.emptyCycle");
        refused(server.post("/cycles", Q1_GLOBAL.replace("2026-01-01", "next monday")), 400, "start",
                "okr.error.date");
        refused(server.post("/cycles", Q1_GLOBAL.replace("\"2026-03-31\"", "20260331")), 400, "end",
                "okr.error.json.type.text");
        refused(server.post("/cycles", "{\"start\": \"2026-01-01\", \"end\": \"2026-03-31\"}"), 400, "name",
                "okr.error.required");
        refused(server.post("/cycles", Q1_GLOBAL.replace("2026 Q1", " ")), 400, "name", "okr.error.required");
        refused(server.post("/cycles", Q1_GLOBAL.replace("2026 Q1", "x".repeat(300))), 400, "name",
                "okr.error.textTooLong");
        refused(server.post("/cycles", Q1_GLOBAL.replace("2026 Q1", "x".repeat(5000))), 400, "name",
                "okr.error.textTooLong");
        refused(server.post("/cycles", Q1_GLOBAL.replace("null", "42")), 400, "project", "okr.error.json.type.text");
        refused(server.post("/cycles", Q1_GLOBAL.replace("\"2026 Q1\"", "NaN")), 400, null,
                "okr.error.json.malformed");
        refused(server.post("/cycles", Q1_GLOBAL.replace("\"2026 Q1\"", "1e999")), 400, "name",
                "okr.error.json.type.text");
        refused(server.post("/cycles", "{\"name\": "), 400, null, "okr.error.json.malformed");
        assertEquals(0, stored());
    }

    /** Dates the app cannot store or compute with, and cycles too long to be one, are the client's mistake. */
    @Test
    public void shouldRefuseDatesOutsideTheYearsOneTo9999AndCyclesOverTenYears() {
        jira.as(JIRA_ADMIN);
        for (String start : List.of("-100000000-01-01T00:00:00Z", "+292278994-08-17T07:12:55.808Z",
                "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z")) {
            refused(server.post("/cycles", Q1_GLOBAL.replace("\"2026-01-01\"", "\"" + start + "\"")), 400, "start",
                    "okr.error.instantRange");
        }
        refused(server.post("/cycles", Q1_GLOBAL.replace("2026-03-31", "+100000000-01-01T00:00:00Z")), 400, "end",
                "okr.error.instantRange");
        refused(server.post("/cycles", Q1_GLOBAL.replace("2026-03-31", "2036-01-31")), 400, "end",
                "okr.error.cycleTooLong");
        assertEquals(0, stored());
        long last = create(Q1_GLOBAL.replace("2026-01-01", "9995-01-01").replace("2026-03-31", "9999-12-31"));
        assertEquals("+10000-01-01T00:00:00Z", repository.get(last).orElseThrow().cycle().end().toString());
        long ten = create(Q1_GLOBAL.replace("2026-03-31", "2035-12-31"));
        refused(server.put("/cycles/" + ten, "{\"start\": \"2025-12-01\"}"), 400, "end", "okr.error.cycleTooLong");
        assertEquals(2, stored());

        long global = create(Q1_GLOBAL);
        refused(server.put("/cycles/" + global, "{\"start\": \"2026-05-01\"}"), 400, "end",
                "okr.error.endBeforeStart");
        assertEquals("2026 Q1", repository.get(global).orElseThrow().cycle().name());
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.get("cycles").forEach(cycle -> ids.add(cycle.get("id").asLong()));
        return ids;
    }
}
